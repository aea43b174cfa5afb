"""From the misses of expert-190 and -191 (each measured once unseen first): house sayings
("nobody ever made partner in a quiet year", "it's always darkest before the completion call",
"Good lawyers bend; great ones bounce."); a mentor pressed for the job again and again ("Coordinator
of what, though?", "...when I still don't know what this job even is") was given no context;
"I'll sit with the date" puts the step off; a thank-you beside an open question, or in the
goodbye, is courtesy; "You know that as well as anyone." credits them; and what to say left to
the mentor ("Just say whatever.") is a vague ask, whatever day it is wanted by."""

from __future__ import annotations

from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_house_sayings_are_formulas() -> None:
    sayings = (
        "Well, nobody ever made partner in a quiet year.",
        "It's always darkest before the completion call.",
        "Good lawyers bend; great ones bounce.",
        "All that teaching is an investment; it comes back to you.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert SAYING_GIVEN.search("But you know what we say in this building: keep going.")
    for plain in (
        "I'll come back to you on the dates.",
        "Nobody ever told me in a quiet way.",
        "Good lawyers bend the rules sometimes, and I worry about that.",
    ):
        assert not PLATITUDE.search(plain), plain
    near_miss = expert_lines("expert-190", "addressing-power-imbalance-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_the_job_asked_for_again_and_again_is_no_context() -> None:
    near_miss = expert_lines("expert-191", "asking-for-a-reference-near_miss.json")
    assert near_miss[4].startswith("Coordinator of what, though?")
    assert kinds(*near_miss, role=MENTEE).keys() == {K.NO_CONTEXT}
    good = expert_lines("expert-191", "asking-for-a-reference-good.json")
    assert kinds(*good, role=MENTEE) == {}


def test_sitting_with_the_date_agrees_no_step() -> None:
    near_miss = expert_lines("expert-191", "disagreeing-with-advice-near_miss.json")
    assert near_miss[15].startswith("I'll sit with the date")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)


def test_thanks_beside_an_open_question_or_in_the_goodbye_is_courtesy() -> None:
    good = expert_lines("expert-191", "resolving-misunderstanding-good.json")
    assert good[17].startswith("Thank you for telling me.") and good[23].startswith("Go, don't")
    assert kinds(*good) == {}
    stock = expert_lines("expert-191", "resolving-misunderstanding-stock.json")
    assert K.STOCK_PHRASES in kinds(*stock)


def test_what_to_say_left_to_the_mentor_is_a_vague_ask() -> None:
    poor = expert_lines("expert-153", "asking-for-a-reference-poor.json")
    assert poor[3].endswith("Just say whatever. You know me.")
    assert poor[9].endswith("Can you have it done by Monday?")
    assert K.VAGUE_ASK in kinds(*poor, role=MENTEE)
