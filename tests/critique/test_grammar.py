"""The grammar check that guards generated rewrites: it catches the slips person shifts make."""

from __future__ import annotations

import pytest

from coach.critique.grammar import problems


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("It sounds like the notes has been hard to get right.", "plural subject"),
        ("So you raised it in February and was told to wait.", "after 'and'"),
        ("So you was there on Tuesday.", "'you' with a singular verb"),
        ("So you just wasn't sure what the shape was.", "'you' with a singular verb"),
        ("So the first thing is. Tell me more.", "stops mid-way"),
        ("So you're not sure what you're asking you to do.", "'you' doing something"),
        ("So you suppose you expected that.", "hedge"),
        ("So you, um, sent that email.", "filler"),
        ("What's your view on whether about how it sounds?", "'whether'"),
        ("So i was late.", "lower-case 'I'"),
        ("So $heard. Tell me more.", "placeholder"),
        ("so you were late.", "starts in lower case"),
        ("So you were late", "full stop"),
        ("So you were were late.", "doubled word"),
    ],
)
def test_each_slip_is_named(text: str, slip: str) -> None:
    found = problems(text)
    assert any(slip in p for p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "So you walked it eleven times. How did it look from your side?",
        "Let me check I've got this: you need a decision; you'd like to know more; and you "
        "haven't been on site yet. Have I got that right?",
        "So the class is full, and the bus was late.",
        "What would you like to get out of these sessions?",
        "So Denise says work on the system, not in it. Tell me more about that.",
    ],
)
def test_well_formed_sentences_pass(text: str) -> None:
    assert problems(text) == []
