"""Flaws and evidence from expert-67's misses: sayings taken flatly, a plan summed up as
"here's what I've got", steps already taken, their need asked about, the step they named when
asked, a forecast that they will cope."""

from __future__ import annotations

from coach.critique.advising import advised
from coach.critique.asking import specific_ask, tried_already
from coach.critique.detectors import next_step_agreed
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.judgment_cues import ADDRESSED
from coach.critique.listening import content_only_reflections
from coach.critique.rubric import FLAW_SHARE
from coach.critique.summaries import summaries
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
OPENING = "What's on your mind?"


def test_sayings_the_counterpart_takes_flatly_are_stock_phrases() -> None:
    lines = (
        "Family stuff stays off the table. I learned that the hard way.",
        "The past is the past. Each new chapter gets a fresh page.",
        "Maybe. You don't know this place yet.",
        "Everybody's got their mountain. One base camp at a time.",
        "Sure. Put it on the list.",
    )
    assert kinds(*lines)[K.STOCK_PHRASES] == (1, 3)
    heard = kinds(
        lines[0],
        "The past is the past. Each new chapter gets a fresh page.",
        "Okay. Since you ask, it was 2017 and my dad had a stroke.",
        "Everybody's got their mountain. One base camp at a time.",
        "Okay. The upstairs work is the mountain, if you want to know.",
    )
    assert K.STOCK_PHRASES not in heard  # "Okay." opens what they go on to tell
    mentee = kinds(*lines, role=LearnerRole.MENTEE)
    assert K.STOCK_PHRASES not in mentee


def test_heres_what_ive_got_opens_a_summary_and_applying_is_a_step_taken() -> None:
    talk = session(
        "Okay. Yes, I'll write the reference for you.",
        "Thank you. Do you know anyone there?",
        "Curtis Bell. I'll call Curtis Monday. Send me the posting tonight.",
        "Here's what I've got. You'll write the reference and call Curtis Monday. I send the "
        "posting tonight and catch up my notes by Wednesday. Have I missed anything?",
        "Nothing missed.",
    )
    assert summaries(talk) == [3]
    told = session(OPENING, "I applied last Tuesday and updated my résumé for it.", "Okay.")
    assert tried_already(told) == [1]


def test_asking_what_they_would_need_is_no_advice() -> None:
    asked = session(
        "What I said ended up in a report. So you get the weather and the scrap rate.",
        "What would you need to see from me over the next few meetings to know where you stand?",
        "Time.",
    )
    told = session("So you get the weather.", "You need to see that I'm different.", "Hm.")
    assert advised(asked) == [] and advised(told) == [1]


def test_the_step_they_name_with_its_time_when_asked_then_said_back_is_agreed() -> None:
    talk = session(
        OPENING,
        "It's the reports.",
        "Okay.",
        "So it's your call. What would make the next one worth your forty minutes?",
        "Bring last week's OEE report. Not upstairs. Here, after shift. Two weeks.",
        "Two weeks, here, after your shift. The OEE report, line by line, nothing written down.",
        "Yeah.",
    )
    unasked = session(
        OPENING,
        "It's the reports.",
        "Okay.",
        "So it's been a hard few weeks upstairs, then.",
        "Bring last week's OEE report. Not upstairs. Here, after shift. Two weeks.",
        "Two weeks, here, after your shift. The OEE report, line by line, nothing written down.",
        "Yeah.",
    )
    assert next_step_agreed(talk) == [5] and next_step_agreed(unasked) == []


def test_i_need_you_to_write_me_something_is_a_plea_and_you_will_cope_no_judgment() -> None:
    plea = session(OPENING, "I applied somewhere else and I need you to write me something.", "?")
    assert specific_ask(plea) == []
    coping = kinds(
        "We're two down with Tanya out.",
        "I know, I'm sorry. But you'll find someone, you always do. Honestly, you'll be fine.",
        "We'll manage.",
        role=LearnerRole.MENTEE,
    )
    assert K.JUDGMENT not in coping


def test_content_only_reflections_cost_an_item_that_counts_them_a_full_point() -> None:
    talk = session(
        "Margit told me to keep to time and not reopen drainage.",
        "So Margit said keep to time and leave drainage alone.",
        "Yes. That is what happened. Under pressure I use the technical words. It sounds cold.",
        "So under pressure you use the technical words, and it comes across as cold.",
        "Mm. Yeah. That's the mechanics of it. The bit I'm trying to get at is what it does.",
    )
    flaw = content_only_reflections(talk, LearnerRole.MENTOR)
    assert flaw is not None and FLAW_SHARE * flaw.weight >= 1


def test_cool_confirmations_time_words_and_leave_to_read_as_much_as_they_like() -> None:
    assert FACTS_ONLY.search("Yes. (stiff) That is what I do.")
    assert FACTS_ONLY.search("That's the summary, yes.")
    assert not FACTS_ONLY.search("Yes. And it scared me.")
    assert not ADDRESSED.search("Meridian were promised SMS reminders this quarter.")
    assert ADDRESSED.search("This is careless.")
    leave = session(
        "I've written some notes, so forgive me if I read a bit.",
        "Take as long as it needs. Read from the notes as much as you like.",
        "Okay. Thank you.",
    )
    assert advised(leave) == []


def test_sayings_of_reassurance_are_stock_phrases() -> None:
    found = kinds(
        "I've been on nights since July. Mum had a stroke.",
        "Oh, Deepa. Please don't ever doubt yourself, honestly.",
        "Thank you. Okay. Anyway.",
        "Family first, always. Everything else can wait its turn.",
        "I do love the bedside. I'm just not sure.",
        "Long nights make everything look bigger. You'll feel differently after a proper sleep.",
        "Yes. Probably.",
    )
    assert found[K.STOCK_PHRASES] == (1, 3, 5)
