"""Saying the counterpart's words back in the learner's voice, only when they survive the shift."""

from __future__ import annotations

import pytest

from coach.critique.voice import heard, heard_as_mine


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Honestly? I walked that site eleven times.", "you walked that site eleven times"),
        ("I was told to keep it to time.", "you were told to keep it to time"),
        ("Um, I sort of lost my crew and nobody handed me a new one.",
         "you lost your crew and nobody handed you a new one"),
        ("Gareth keeps blocking me on the dates.", "Gareth keeps blocking you on the dates"),
        ("I come with a specific problem, and...", "you come with a specific problem"),
        ("I just wasn't sure of the plan, though.", "you just weren't sure of the plan"),
    ],
)  # fmt: skip
def test_their_clause_in_the_learners_voice(line: str, expected: str) -> None:
    assert heard(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "That's about the size of it.",  # means nothing out of context
        "We haven't finished item three.",  # whose "we"?
        "I'm not sure what you're asking me to do.",  # aimed at the listener
        "Can you help me with the rota?",  # a question
        "Yes.",
        "Sure. Whatever.",
    ],
)
def test_nothing_is_said_back_when_it_would_not_make_sense(line: str) -> None:
    assert heard(line) is None


def test_a_mentee_repeats_the_mentors_suggestion_as_their_own() -> None:
    assert heard_as_mine("You could ask Gareth what he can commit to.") == (
        "I could ask Gareth what he can commit to"
    )
    assert heard_as_mine("I had a similar account once.") is None
