"""From expert-72's misses: blame put on someone absent and pushed back on by the counterpart is
a judgment, quoted in its own words; a checked summary of steps set for this week and a day is
a plan the counterpart can own."""

from __future__ import annotations

from coach.critique.detectors import next_step_agreed
from coach.critique.flaw_quotes import flaw_quote
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
OPENING = "Come on in, shut the door. We've got about thirty minutes. What do you need?"
PUSHED_BACK = "Okay. Pointing at Owen isn't going to help you in that room. What have you done?"


def test_blame_put_on_someone_absent_is_a_judgment_quoted_in_its_words() -> None:
    blamed = [
        OPENING,
        "That's my change. Owen approved it, and honestly he should have caught it.",
        PUSHED_BACK,
    ]
    owned = [OPENING, "That's my change, and I should have caught it in review.", PUSHED_BACK]
    found = kinds(*blamed, role=LearnerRole.MENTEE)
    assert found[K.JUDGMENT] == (1,)
    quote = flaw_quote(K.JUDGMENT, session(*blamed), 1).quote
    assert quote == "Owen approved it, and honestly he should have caught it."
    assert K.JUDGMENT not in kinds(*owned, role=LearnerRole.MENTEE)


def test_a_checked_summary_of_this_weeks_steps_owned_by_them_is_agreed() -> None:
    lines = [
        "I think the residents are right about Alder Street. I ran the model myself. I raised it "
        "in February and was told the budget is fixed.",
        "You've been defending a decision you think is wrong in one place. What would you want "
        "to do with it before the fourteenth?",
        "I think I should ask Margit for ten minutes this week about the Alder Street corner, and "
        "bring the model. And maybe tables and the model instead of forty slides.",
        "What would help with how you speak?",
        "Perhaps three plain sentences, prepared, for when the room gets loud. And I could "
        "practise them with you.",
        "So the plan, as I understand it. This week you ask Margit for ten minutes on the "
        "Alder Street corner and take the model. You rework the fourteenth around tables and the "
        "model, and send me the plan by Monday. You write three plain sentences for when the room "
        "heats up, and we practise them on Tuesday at four. Is that right, and is it yours?",
        "Yes, it is mine. That is fair, and it's all of it.",
    ]
    assert next_step_agreed(session(*lines)) == [5]
