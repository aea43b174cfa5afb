"""From expert-164's and -165's misses: a turn ending on what it was not ("It wasn't about my
question at all.") met with "No. It wasn't." is agreed with, not heard as a verdict; the steps
summed up and asked when, answered step by step with each time ("Margit tomorrow morning...
The plan to you by Monday."), are a next step agreed, but not "I can't do tomorrow."; a story
held back "but not a story for today" closes a yes/no question down."""

from __future__ import annotations

from coach.critique.detectors import next_step_agreed
from coach.critique.questioning import bare_answer
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds

OPENING = "I was told you wanted to see me about the consultation evenings."
STORY = (
    "Fair question. Years ago a student of mine lost six years to mild winters, and I signed "
    "her withdrawal. So when a plan needs the weather, 'switch' comes out before I've heard it."
)
SAID_BACK = (
    "So you watched someone you cared about lose years to weather, and signed the form. When "
    "you heard my plan, you were trying not to watch it happen again. It wasn't about my "
    "question at all."
)


def test_a_no_that_agrees_with_what_it_was_not_is_no_verdict_heard() -> None:
    agreed = kinds(OPENING, "Why did you tell me to switch?", STORY, SAID_BACK, "No. It wasn't.")
    assert FlawKind.JUDGMENT not in agreed
    stung = kinds(OPENING, "Why did you tell me to switch?", STORY, SAID_BACK, "That's unfair.")
    assert stung[FlawKind.JUDGMENT] == (3,)


def test_steps_summed_up_and_each_given_its_time_are_agreed() -> None:
    lines = expert_lines("expert-165", "giving-feedback-good.json")[:25]
    assert lines[23].startswith("Let me check I have the plan") and lines[24].startswith("Margit")
    assert 23 in next_step_agreed(session(*lines))
    refused = [*lines[:24], "I can't do tomorrow. Maybe Monday, I'll see."]
    assert 23 not in next_step_agreed(session(*refused))


def test_a_story_held_back_for_another_day_closes_the_question_down() -> None:
    assert bare_answer(
        "Once. Promised dates are a sore spot. There's a story, but not a story for today."
    )
    assert not bare_answer(
        "Once, yes. Promised dates are a sore spot, and here's why: I told a client March and "
        "the engine slipped twice, and I lost the account."
    )
    found = kinds(
        "Hi. What's on your mind?",
        "Meridian wants a date on Thursday's call. Should I hold the email to Helen completely?",
        "Yes. Hold it.",
        "Have you ever been in this position yourself, promising a customer a date?",
        "Once. Promised dates are a sore spot. There's a story, but not a story for today.",
        role=LearnerRole.MENTEE,
    )
    assert found[FlawKind.CLOSED_QUESTIONS] == (1, 3)


def test_a_plan_checked_both_ways_and_confirmed_is_agreed() -> None:
    # from expert-166's setting-boundaries good: "Have I got it right, or is anything missing?"
    lines = expert_lines("expert-166", "setting-boundaries-good.json")[:27]
    assert "or is anything missing?" in lines[25] and lines[26].startswith("No, that's it.")
    assert 25 in next_step_agreed(session(*lines))
    asked_back = [
        *lines[:26],
        "Missing? You've left out the bit about Sundays. Why does it matter?",
    ]
    assert 25 not in next_step_agreed(session(*asked_back))
