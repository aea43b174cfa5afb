"""From counterpart-78's misses: wariness is a kind of worry and offence a kind of anger, so a
summary that calls a wary persona angry, or a worried one offended, is corrected; and "four of
us" and "five of you" count the same group, so a summary that changes the count is corrected."""

from __future__ import annotations

from coach.practice.summary_check import changes_a_number
from coach.practice.summary_feelings import changed_feeling

WARY = ["For the record, I'm not angry about the late file. Files go late. I'm wary, that's all."]
WORRIED = ["I'm not offended you went your own way. I'm worried, and I'll tell you why."]
PANEL = ["Four of us sit on that panel, and I'm one vote. Linda signs the report."]


def test_wary_is_a_worry_and_offended_an_anger() -> None:
    assert changed_feeling("So you're still angry about the late file.", WARY) == (
        "wary",
        "angry",
    )
    assert changed_feeling("So you're uneasy about it.", WARY) is None
    assert changed_feeling("So you're offended that I went my own way.", WORRIED) == (
        "worried",
        "offended",
    )
    assert changed_feeling("So you're anxious about where it leads.", WORRIED) is None


def test_a_count_of_us_is_the_count_of_you_in_a_summary() -> None:
    assert changes_a_number("There are five of you on the panel and you're one vote.", PANEL)
    assert not changes_a_number("There are four of you on the panel and you're one vote.", PANEL)
