"""From counterpart-80's missed summary check: how it was for them ("It is embarrassing.") is a
feeling they told, and impatience is an anger, so "you feel impatient with the residents" is
corrected; a summary that keeps the feeling's kind is not."""

from __future__ import annotations

from coach.practice.summary_feelings import changed_feeling

TOLD = ["Yes. It is embarrassing. In front of an angry room my English gets smaller."]


def test_how_it_was_for_them_is_a_feeling_told() -> None:
    claim = "So when the room turns angry you feel impatient with the residents."
    assert changed_feeling(claim, TOLD) == ("embarrassing", "impatient")
    assert changed_feeling("So you feel embarrassed when your English gets smaller.", TOLD) is None
    assert changed_feeling("So you were humiliated by it.", TOLD) is None


def test_how_it_was_a_bit_is_a_feeling_told() -> None:
    """From counterpart-193 (measured once unseen first): "it's a bit humiliating" tells the
    feeling, and "this week has left you angry" gives another kind."""
    told = ["I'll be honest, and it's a bit humiliating. That evening I told Agnieszka."]
    angry = "You told Agnieszka, went out to celebrate, and this week has left you angry."
    assert changed_feeling(angry, told) == ("humiliating", "angry")
    assert changed_feeling(angry.replace("angry", "embarrassed"), told) is None


def test_unsure_is_a_feeling_of_not_knowing() -> None:
    """From counterpart-196 (measured once unseen first): "I came away a bit unsure... Not
    unhappy. Unsure." summed up as "feeling frustrated" is corrected; "unsure" kept is not."""
    told = ["I just... I came away a bit unsure, both times. Not unhappy. Unsure."]
    frustrated = "So you came away from both feeling frustrated, not knowing if there was a plan."
    assert changed_feeling(frustrated, told) == ("unsure", "frustrated")
    assert changed_feeling(frustrated.replace("frustrated", "uncertain"), told) is None
