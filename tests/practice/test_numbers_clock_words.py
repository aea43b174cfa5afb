"""From counterpart-149's miss: a time of day said in words ("Thursday at eight-thirty") is a
time, so a summary that moves it ("the panel meets Thursday at one-thirty") is corrected and
both named; the hyphen alone says it is a time ("Thursday, eight-thirty"), so saying it back
with "at" changes nothing; a number that only begins like one ("one thirty-five people") is
not a time."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.numbers import in_digits
from coach.practice.summary_check import changes_a_fact

PANEL = [
    "There are four votes on that panel and one of them is mine. And for what it's worth, we "
    "sit Thursday at eight-thirty in the small conference room."
]


def test_clock_times_in_words_are_times() -> None:
    assert in_digits("we sit Thursday at eight-thirty") == "we sit Thursday at 8:30"
    assert in_digits("Thursday, eight-thirty, we start") == "Thursday, 8:30, we start"
    assert in_digits("by ten fifteen") == "by 10:15"
    assert "8:30" not in in_digits("eight thirty-somethings")
    assert ":" not in in_digits("at one thirty-five people")


def test_a_moved_time_in_words_is_corrected() -> None:
    moved = "So you're one vote of four, and the panel meets Thursday at one-thirty."
    assert changes_a_fact(moved, PANEL, "")
    assert wrong_detail(moved, PANEL) == ("at eight-thirty", "at one-thirty")
    kept = "So you're one vote of four, and the panel meets Thursday at eight-thirty."
    assert not changes_a_fact(kept, PANEL, "")
