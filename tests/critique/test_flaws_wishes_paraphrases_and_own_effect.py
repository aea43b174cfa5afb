"""From expert-142's and -143's misses (each measured once unseen first): what they wanted said
back ("you wanted someone he rates to vouch for you before Thursday week") is no step agreed; a
summary in words of its own, checked and confirmed ("Let me check I've got it. You're planning
till one because you start every lesson from nothing... Is that fair?" "Yeah, that's it.") is
a summary; "A wobble isn't a fall." and "Rome wasn't drained in a day." are sayings; a feeling
word of theirs said straight back ("got stuck" after "I got a bit stuck") names nothing once
they have called the rest facts; "Tell me what you've noticed..." hands them the floor; "That
was a very quick totally fine. I'm wondering if it landed as me pulling away." wonders at the
learner's own effect; "That message was mine, and it was careless." owns one's part."""

from __future__ import annotations

from coach.critique import advice_cues, cues, judgment_cues
from coach.critique.next_step import next_step_agreed
from coach.critique.sayings import PLATITUDE
from coach.critique.summaries import summaries
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

OPENING = "Thanks for making the time. Where do you want to start?"


def test_what_they_wanted_said_back_is_no_step_agreed() -> None:
    wanted = session(
        OPENING,
        "You feel he's made up his mind, and you wanted someone he rates to vouch for you before "
        "Thursday week.",
        "Yeah. Exactly that.",
    )
    assert next_step_agreed(wanted) == []
    put = session(OPENING, "Shall I talk to him before Thursday week?", "Yeah. Please do.")
    assert next_step_agreed(put) == [1]
    near_miss = expert_lines("expert-142", "setting-boundaries-near_miss.json")
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss)


def test_a_checked_summary_in_words_of_its_own_confirmed_is_a_summary() -> None:
    lines = [
        "Each lesson's about three hours' work, because there's nothing in the scheme of work to "
        "start from. So I'm up till one, ish.",
        "Let me check I've got it. You're planning till one because you start every lesson from "
        "nothing, and the evenings have been lonely. Is that fair?",
    ]
    assert summaries(session(*lines, "Yeah, that's it.")) == [1]
    assert summaries(session(*lines, "Not really. You've missed the point.")) == []


def test_one_thing_said_to_be_no_other_is_a_saying() -> None:
    assert not unmatched(PLATITUDE, ["A wobble isn't a fall.", "Rome wasn't drained in a day."])
    for said in ["It isn't a problem.", "The draft isn't a plan.", "A delay isn't a no, Tom."]:
        assert not PLATITUDE.search(said), said
    near_miss = expert_lines("expert-143", "giving-feedback-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_their_feeling_word_said_straight_back_names_nothing_once_facts_are_confirmed() -> None:
    near_miss = expert_lines("expert-143", "mutual-accountability-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)
    # (a plan listed and put to them, "So, to check we've got the same list: ... Anything
    # missing or wrong?", met with "That's correct.", confirms the plan, not facts only)
    good = expert_lines("expert-30", "bridging-differences-good.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS not in kinds(*good)


def test_the_floor_handed_over_an_effect_wondered_at_and_a_message_owned() -> None:
    assert advice_cues.TIME_GIVEN.search("Tell me what you've noticed about how we use the hour.")
    assert not advice_cues.TIME_GIVEN.search("Tell them what you need by Friday.")
    assert judgment_cues.OWN_EFFECT.search("I'm wondering if it landed as me pulling away.")
    assert cues.OWNERSHIP.search("That message was mine, and it was careless.")
    assert not cues.OWNERSHIP.search("That decision was Margit's, not mine.")
    for name, kind in [
        (("expert-142", "receiving-feedback-good.json"), FlawKind.PREMATURE_ADVICE),
        (("expert-142", "setting-boundaries-good.json"), FlawKind.JUDGMENT),
        (("expert-143", "resolving-misunderstanding-good.json"), FlawKind.SELF_FOCUS),
    ]:
        assert kind not in kinds(*expert_lines(*name)), name
