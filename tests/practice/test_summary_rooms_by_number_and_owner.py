"""A room named by its number ("in S12") or by whose it is ("at my desk") is a place a summary
can move something out of (from counterpart-198, measured once unseen first)."""

from __future__ import annotations

from coach.practice.summary_places import moved_place

SAID = [
    "Um. The science crowd have been here forever, they've got their own thing going. "
    "I usually just eat at my desk in S12, to be honest. It's handy for marking."
]


def test_a_summary_that_moves_lunch_to_the_staffroom_is_corrected() -> None:
    claim = "So the science team keep to themselves, and you usually eat lunch in the staffroom."
    assert moved_place(claim, SAID) == ("in S12", "in the staffroom")


def test_a_room_the_summary_makes_yours_is_said_back_as_mine() -> None:
    said = ["Most days I eat my lunch in the canteen with Carol."]
    assert moved_place("So you eat lunch at your desk most days.", said) == (
        "in the canteen",
        "at my desk",
    )


def test_the_same_room_said_back_is_no_move() -> None:
    assert moved_place("So you usually eat at your desk in S12.", SAID) is None


def test_a_time_or_a_quarter_is_no_room() -> None:
    said = ["I usually eat at 12 in Q3, when the audits run."]
    assert moved_place("So you usually eat in the canteen in the audits.", said) is None
