"""From expert-170's to -175's misses: a silence shared ("I never said that out loud, and you
never said yours") and a first-year tiredness granted and turned back to them ("Lots of people
are tired..., and yet you seem...") are no argument; asking them to put a summary right ("...and
you tell me what I've got wrong") is no verdict; "Those both sound right, and they're yours."
takes up their steps, "I'll note what was said" is one, and "Could I pick them up Thursday?"
met with "Thursday works." agrees one, while "Great, thank you. Let's touch base when things
settle." takes nothing on; an account granted ("That's a clear start.") needs no more context,
and "Tell me what's actually been done, not what's going to happen." asks for it; "help me
with Thursday, generally" is no specific ask; "Here's what I need. ... So: no replies after
eight" states one's own terms, it sums nothing up; "Take whatever time you need." as they
falter, with no formula beside it, is none when they go on; "Can I ask what's realistic for
you?" asks about the learner."""

from __future__ import annotations

from coach.critique import judgment_cues
from coach.critique.defending_cues import defends
from coach.critique.detectors import next_step_agreed, specific_ask
from coach.critique.summaries import summaries
from coach.critique.turns import asked_about_me
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds


def test_a_silence_shared_and_a_tiredness_turned_back_argue_nothing() -> None:
    assert not defends("I never said that out loud, and you never said yours.")
    assert not defends(
        "Lots of people are tired in their first year, and yet you seem to blame you."
    )
    assert defends("Lots of people manage a full timetable in their first year.")
    assert defends("You never said anything about it.")


def test_asking_them_to_put_a_summary_right_is_no_verdict() -> None:
    asked = "Let me pull everything together, and you tell me what I've got wrong."
    assert judgment_cues.NOT_A_JUDGMENT.search(asked)


STEPS = [
    "Thanks for making the time. I've brought the quarter's figures.",
    "Before the figures, how has the quarter really been?",
    "Heavy. The client's general counsel has been ringing my juniors late at night.",
    "That sounds like a lot to carry on your own. What do you want to happen about the calls?",
    "I want them raised properly. And I'll put the training time down as non-chargeable.",
]


def test_their_steps_taken_up_and_noted_are_a_step_agreed() -> None:
    lines = [
        *STEPS,
        "Those both sound right, and they're yours. What would you need before you decide?",
        "Time to write it down. I'll note what was said on the last two calls and bring it to "
        "you next week.",
    ]
    assert 5 in next_step_agreed(session(*lines))


def test_a_step_put_with_its_day_and_met_with_the_day_is_agreed() -> None:
    lines = [
        "There's a box of stage loggers in my cabinet. Put one in each pond.",
        "Yes, please. A dry year still gives me a chapter that way. Could I pick them up Thursday?",
        "Thursday works.",
    ]
    opening = ["I gather you want to talk about the funding.", "I do. And the stop date."]
    assert 3 in next_step_agreed(session(*opening, *lines))


def test_a_step_of_theirs_thanked_and_left_to_settle_is_not_taken_on() -> None:
    lines = [
        "Come in. I've got twenty minutes before the pharmacy call.",
        "I need a reference for the coordinator post by Wednesday.",
        "Early next week is Monday. Do you want the call to Curtis or not?",
        "If you think it'd help. I'll leave that up to you.",
        "Let me know what you decide. I'll write something.",
        "Great, thank you so much. Let's touch base when things settle.",
        "Mm. All right.",
    ]
    assert 5 not in next_step_agreed(session(*lines))
    settled = [*lines[:5], "Great, thank you. I'll send the posting tonight.", "All right."]
    assert 5 in next_step_agreed(session(*settled))


ACCOUNT = (
    "Thanks for the time. Tuesday night's release carried my migration, a new index on "
    "load_events. In production it locked the table from 5:41 to 7:46 and thirty-eight terminals "
    "couldn't scan. That's my change. Jasmine wants the sequence of events on Friday at ten. "
    "Could you read my draft tonight and do one dry run with me before Friday?"
)


def test_an_account_granted_needs_no_more_context() -> None:
    opening = "Hey. Come on in. We've got about thirty minutes. What do you need?"
    granted = "Okay. That's a clear start. Before I say yes, I want your version of the morning."
    found = kinds(opening, ACCOUNT, granted, role=LearnerRole.MENTEE)
    assert FlawKind.NO_CONTEXT not in found


def test_a_case_asked_for_as_done_not_to_come_was_missing() -> None:
    found = kinds(
        "I gather you want to talk about my advice.",
        "I do. Last summer only three of the ten structures went in, because the district's "
        "truck came in late June. My committee meets in six weeks.",
        "Okay.",
        "Specifically, I'd like your help with getting the structures in early this year.",
        "Tell me what's actually been done, not what's going to happen.",
        role=LearnerRole.MENTEE,
    )
    assert found[FlawKind.NO_CONTEXT] == (3,)


def test_help_with_a_day_generally_is_no_specific_ask() -> None:
    lines = [
        "Hi. What's on your mind?",
        "Meridian wants a date for the booking engine, and the call is on Thursday. Gareth "
        "hasn't given me one.",
        "Okay. And?",
        "I suppose I was hoping you could help me with Thursday, generally.",
        "What, specifically?",
    ]
    assert 3 not in specific_ask(session(*lines))


def test_ones_own_terms_announced_sum_nothing_up() -> None:
    lines = expert_lines("expert-171", "setting-boundaries-near_miss.json")[:19]
    assert lines[17].startswith("Right. Here's what I need.")
    assert 17 not in summaries(session(*lines))


def test_time_given_when_they_falter_is_no_formula_when_they_go_on() -> None:
    lines = expert_lines("expert-174", "receiving-feedback-good.json")
    assert lines[11].startswith("Take whatever time")
    assert FlawKind.STOCK_PHRASES not in kinds(*lines)
    unheard = [*lines[:12], "Maybe.", *lines[13:18], "Mm. Right.", *lines[19:]]
    assert kinds(*unheard)[FlawKind.STOCK_PHRASES] == (11, 17)
    near = expert_lines("expert-174", "receiving-feedback-near_miss.json")
    assert near[7].startswith("Take your time. And honestly, every good crit")
    assert kinds(*near)[FlawKind.STOCK_PHRASES] == (7, 15)


def test_asked_what_is_realistic_for_them_they_may_speak_of_themselves() -> None:
    assert asked_about_me("Thank you. Can I ask what's realistic for you? An honest figure helps.")
    assert not asked_about_me("Thank you. What's realistic for the team, do you think?")
