"""From counterpart-105's missed summary check: a day of the month said in words ("Thursday
the fourteenth") is a number, so "Thursday the sixteenth" after it gives another for the same
thing and is corrected; "the first time" counts no day."""

from __future__ import annotations

from coach.practice.numbers import in_digits
from coach.practice.summary_check import changes_a_number

TOLD = ["The next one is in ten days. Thursday the fourteenth, same hall, seven o'clock."]


def test_a_day_of_the_month_in_words_is_a_number() -> None:
    assert in_digits("Thursday the fourteenth, the twenty-first and the 3rd") == (
        "Thursday the 14, the 21 and the 3"
    )
    assert in_digits("the first time, the second draft") == "the first time, the second draft"
    assert changes_a_number("So the next evening is Thursday the sixteenth at seven.", TOLD)
    assert not changes_a_number("So the next evening is Thursday the 14th at seven.", TOLD)
