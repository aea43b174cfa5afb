"""From expert-175's flagged good: the learner opening the counterpart's own agenda item with a
question ("Start with the acoustics: where have you got to?") hands them the floor and tells
them nothing to do; "Start with the acoustics." alone, or an instruction, still advises."""

from __future__ import annotations

from coach.critique.advising import advised
from tests.critique.conversation import session

AGENDA = (
    "I've put three items on the agenda I emailed: the acoustic spec, my log and the feedback. "
    "I'd like to take them in that order."
)


def test_their_own_item_opened_with_a_question_is_no_advice() -> None:
    opened = session(AGENDA, "Your order is fine. Start with the acoustics: where have you got to?")
    assert advised(opened) == []
    told = session(AGENDA, "Your order is fine. Start with the ceiling options and cut option C.")
    assert advised(told) == [1]
