"""From counterpart-252's to -255's misses (each set measured once unseen first): a refusal
that names no step of its own ("So I'm not going to.") rules out the step of the persona's
line before it, so a summary that says the step was decided is corrected."""

from __future__ import annotations

from coach.practice.summary_decided import settles_what_was_open

FLOATED = [
    "Honestly, I've been turning it over all week.",
    "I did think about asking Priya to move the audit to March. Only the audit, nothing else."
    " But she'd ask what's behind it.",
    "Mm. So I'm not going to. Not yet.",
]


def test_a_step_refused_in_a_bare_line_is_not_said_back_as_decided() -> None:
    claim = "and you've decided to ask Priya to move the audit to March"
    assert settles_what_was_open(claim, FLOATED)
    assert settles_what_was_open("So you're going to ask Priya to move the audit.", FLOATED)


def test_the_step_said_back_as_refused_or_another_step_is_left_alone() -> None:
    assert not settles_what_was_open("So you're holding off asking Priya for now.", FLOATED)
    assert not settles_what_was_open("and you've decided to sleep on it", FLOATED)


def test_a_bare_refusal_opening_the_conversation_rules_out_nothing_before_it() -> None:
    assert not settles_what_was_open(
        "So you've decided to ask Priya to move the audit.", ["I won't."]
    )
