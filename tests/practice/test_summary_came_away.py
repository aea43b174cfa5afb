"""From counterpart-102's missed summary: how they came away ("you came out of that car angry
with me") gives them a feeling, and one of another kind than the one they told ("I wasn't
angry with you in the car. I was confused.") is corrected."""

from __future__ import annotations

from coach.practice.summary_feelings import changed_feeling

TOLD = ["For the record, I wasn't angry with you in the car. I was confused."]


def test_how_they_came_away_is_a_feeling_given_them() -> None:
    claim = "So you came out of that car angry with me, and 'be warmer' gave you nothing."
    assert changed_feeling(claim, TOLD) == ("confused", "angry")
    assert changed_feeling("So you came out of that car confused, not angry.", TOLD) is None
    assert changed_feeling("So you went to the meeting with the angry head.", TOLD) is None
