"""From expert-74's misses: an absent person run down and stood up for ("He's under pressure
too", "I don't really blame them"), "a habit worth breaking", a summary given after asking to
play the plan back, and no content-only flaw for a mentee checking what the mentor offered."""

from __future__ import annotations

from coach.critique.listening import content_only_reflections
from coach.critique.summaries import summaries
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind


def test_absent_people_run_down_and_a_habit_worth_breaking_are_judgments() -> None:
    lines = [
        "My PM wanted to drop a usability test to make a release date.",
        "And honestly, cutting a usability test to hit a date is just reckless product management.",
        "Um. Yes, I suppose. He's under pressure too.",
        "Though nodding along to a fix you don't buy is a habit worth breaking.",
        "Right. Sorry. Maybe.",
        "And frankly it was poor form of your colleagues to carry it straight back to him.",
        "Maybe. I don't really blame them.",
    ]
    assert kinds(*lines)[K.JUDGMENT] == (1, 3, 5)


def test_the_turn_after_asking_to_play_the_plan_back_is_a_summary() -> None:
    lines = [
        "I can sit in on the first fifteen minutes on Thursday. I can't give them a date.",
        "So you'll be there at the start, but there's no date. How would you handle a push?",
        "I'd bring numbers, not a date. Helen adores a good number. I'll drop her a note.",
        "It also explains why you're steering me towards Gareth and Helen. Can I play the plan "
        "back to check I've got it?",
        "Go on.",
        "You join the first fifteen minutes on Thursday, and you message Helen tonight. I don't "
        "offer a date, and I bring the numbers.",
        "Yes, that's it.",
    ]
    assert 5 in summaries(session(*lines))
    assert content_only_reflections(session(*lines), LearnerRole.MENTEE) is None
