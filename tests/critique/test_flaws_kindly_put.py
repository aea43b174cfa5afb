"""Flaws put kindly or in passing: a trait named as something to work on, a verdict on someone
absent, advice slipped into a sentence that opens some other way, an ask the mentor wants
convincing of; and what is not a flaw: a grade denied, a summary laid "side by side". (Reflections
answered as facts only are in test_flaws.py, FACTS_SAID_BACK.)"""

from __future__ import annotations

from coach.critique.summaries import summaries
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

MENTEE = LearnerRole.MENTEE
K = FlawKind


def test_a_trait_named_as_something_to_work_on_is_a_judgment() -> None:
    lines = [
        "I come with something specific, and we end up on your stories.",
        "That's a really clear picture, thank you. And I think part of it is that you're such a "
        "considerate person, you're almost too polite to cut across me. Which is a lovely "
        "quality, but it's maybe something to work on.",
        "Maybe. I'm not really here for a fix, though.",
    ]
    assert kinds(*lines)[K.JUDGMENT] == (1,)
    lines[1] = "That's a really clear picture, thank you. What's it like sitting on the note?"
    assert K.JUDGMENT not in kinds(*lines)


def test_a_verdict_on_someone_absent_they_will_not_discuss_is_a_judgment() -> None:
    lines = [
        "It got back to my PM within a week, and he's been careful with me ever since.",
        "I'm so sorry. And frankly, if your PM is tiptoeing round you because of one anecdote, "
        "he sounds rather thin-skinned. That says more about him than about you.",
        "Maybe. I don't really want to talk about him, though. It's the trust that matters.",
    ]
    assert kinds(*lines)[K.JUDGMENT] == (1,)
    lines[1] = "I'm so sorry. So he's been careful with you since, because of what I said."
    assert K.JUDGMENT not in kinds(*lines)


def test_advice_inside_a_sentence_that_opens_otherwise_is_advice() -> None:
    opened = "Since January it's a different job: letters at eight weeks instead of phone calls."
    said_straight_off = kinds(
        opened,
        "Look, one thing I'd say straight off: before you decide anything, take it to Graham.",
        "Maybe. He'd wonder why.",
    )
    on_the_money = kinds(
        opened,
        "On the money, what I'd do is sit down with the actual figures and see what it comes to.",
        "Mm. Probably.",
    )
    welcomed = kinds(opened, "Sit down, get your breath. What's that been like?", "Grim.")
    assert said_straight_off[K.PREMATURE_ADVICE] == (1,)
    assert on_the_money[K.PREMATURE_ADVICE] == (1,)
    assert K.PREMATURE_ADVICE not in welcomed


def test_a_grade_the_learner_denies_is_no_judgment() -> None:
    lines = [
        "They told the residents it had already been settled.",
        "People left feeling nobody was talking to them. I don't think that's who you are.",
        "No.",
    ]
    assert K.JUDGMENT not in kinds(*lines)
    lines[1] = "People left feeling nobody was talking to them. That's just who you are, though."
    assert kinds(*lines)[K.JUDGMENT] == (1,)


def test_a_summary_laid_side_by_side_is_a_summary() -> None:
    lines = [
        "When you said take the lead, I heard: it's yours now, client and dates.",
        "So you heard a handover. What happened with Ines?",
        "She chased, so I gave her a date three weeks out, because the runs were no good.",
        "What went wrong with the runs?",
        "The column was failing and I didn't catch it until the second week.",
        "Let me lay them side by side, and you correct me. I meant the calls; you heard the "
        "client and the dates, and when Ines chased you gave a date three weeks out because the "
        "column was failing.",
        "Yes.",
    ]
    recap = "So: you heard the client and the dates, Ines chased, and the column was failing."
    assert summaries(session(*lines)) == [5]
    assert summaries(session(*lines[:5], recap, "Yes.")) == [5]
    lines[5] = "I meant the calls. Is that a fair account?"
    assert summaries(session(*lines)) == []


def test_an_ask_the_mentor_wants_convincing_of_lacked_context() -> None:
    lines = [
        "Come in. 'Can we talk about my thesis plan' usually means you've made up your mind.",
        "I've made up my mind: I'm sticking with my plan. What I'm hoping is that you could "
        "help me with the Forest Service side of things.",
        "Hold on. Before I help you do it, convince me it can be done.",
        "Fair. The permit application went to the district in January, their hydrologist has "
        "walked the site twice, and my committee signed off the design in March. What's "
        "stuck is the district ranger, who hasn't answered since February.",
        "Okay. That's more like it.",
    ]
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1,)
    lines[2] = "Okay. I can try. Who have you spoken to there?"
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_mulling_their_idea_over_agrees_no_step() -> None:
    lines = [
        "It's the stories. I leave with the sticky note still on my monitor.",
        *["So the hour goes on my stories. What's that like?", "Frustrating, honestly."] * 3,
        "What would help?",
        "Maybe if I sent the topic the day before and the first half was mine?",
        "That's a thought. Let's both mull it over and see how next month feels.",
        "Sure.",
    ]
    assert K.NO_NEXT_STEP in kinds(*lines)
    lines[-2] = "Yes, let's do that: send it the day before and the first half is yours."
    assert K.NO_NEXT_STEP not in kinds(*lines)


def test_an_ask_the_mentor_answers_with_what_is_it_lacked_context() -> None:
    lines = [
        "Hi, come in. Twenty-five minutes, yes? What's on your mind?",
        "Could you join the Meridian call on Thursday for the first part? I've asked Gareth "
        "for a date twice and got nothing firm.",
        "Mm-hm. Hang on. What's Thursday? Who asked for this call?",
        "Their ops director. Reminders slipped twice since March and their renewal is in "
        "September, so Thursday is where they decide whether to escalate.",
        "Okay. Now I follow.",
    ]
    assert kinds(*lines, role=MENTEE)[K.NO_CONTEXT] == (1,)
    lines[2] = "Okay. Yes, I can do the first part. What time?"
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_one_short_story_after_saying_back_theirs_is_not_self_focus() -> None:
    story = (
        "Back when I took over the depot, I had the same thing with my old crew for months, "
        "and nobody had warned me about that part either."
    )
    lines = [
        "Luis and I came up together. Now the talking stops when I walk into the break room.",
        f"Eleven years next to Luis, and now the room goes quiet on you. {story}",
        "Yeah. Well.",
    ]
    assert K.SELF_FOCUS not in kinds(*lines)
    lines[1] = f"Right. {story} Took me a year to stop minding."
    assert kinds(*lines)[K.SELF_FOCUS] == (1,)


def test_a_plan_for_them_before_asking_is_advice_too_early() -> None:
    lines = [
        "I sent that email about how we use these sessions. I wasn't sure what the shape is.",
        "Good on you for asking. Look, here's how I think it works best: monthly, you pick a "
        "topic, and I share what I've learned.",
        "Mm. Monthly. I suppose I'd imagined something more regular.",
    ]
    assert kinds(*lines)[K.PREMATURE_ADVICE] == (1,)
    lines[1] = "Good on you for asking. What shape had you pictured?"
    assert K.PREMATURE_ADVICE not in kinds(*lines)


def test_a_mentor_of_ones_own_told_after_you_know_is_self_focus() -> None:
    lines = [
        "We end up on your stories, and the sticky note is still on my monitor afterwards.",
        "Oh, the sticky note. You know, I had a mentor at my first agency, Colin, who did "
        "exactly this. Every session became the Colin show, and I used to cycle home fuming. "
        "I swore I'd never be that person.",
        "Mm. Yeah. Okay.",
    ]
    assert kinds(*lines)[K.SELF_FOCUS] == (1,)
    lines[1] = "Oh, the sticky note. You know I'm on the committee, so say what you need to."
    assert K.SELF_FOCUS not in kinds(*lines)
