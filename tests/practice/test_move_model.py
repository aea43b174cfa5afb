"""The trained move reader: its features, its arithmetic, and the shipped weights at work."""

from __future__ import annotations

import math

import pytest

from coach.models import LearnerRole, Move
from coach.practice.move_model import (
    UNLABELLED,
    MoveModel,
    move_features,
    read_move,
    shipped_model,
)

MENTOR = LearnerRole.MENTOR


def test_features_are_unit_length_and_carry_stage_role_and_the_rules_answer() -> None:
    found = move_features("Was Margit there? Did she agree?", MENTOR, 7, Move.YES_NO_QUESTION)
    assert math.isclose(math.sqrt(sum(v * v for v in found.values())), 1.0)
    assert {"stage:late", "role:mentor", "rule:yes_no_question"} <= set(found)
    assert "l:did_she" in found and "s:was_margit" in found and "w:?" in found
    assert found["rule:yes_no_question"] == pytest.approx(3 * found["stage:late"])


def test_the_highest_sum_wins_and_the_json_round_trips() -> None:
    model = MoveModel(
        moves=(Move.OFFER, Move.REQUEST),
        intercepts=(0.0, 0.1),
        weights={"w:help": ((0, 2.0),), "w:please": ((1, 2.0),)},
    )
    assert model.read({"w:help": 1.0}) is Move.OFFER
    assert model.read({"w:please": 1.0}) is Move.REQUEST
    assert model.read({}) is Move.REQUEST  # the intercepts alone
    assert MoveModel.from_json(model.to_json()) == model


@pytest.mark.parametrize("rule", UNLABELLED)
def test_moves_the_cases_never_teach_stay_with_the_rules(rule: Move) -> None:
    assert read_move("I finished the report yesterday.", MENTOR, 3, rule) is rule


def test_the_shipped_model_reads_what_the_rules_missed() -> None:
    assert shipped_model() is not None
    # The rules read a yes/no question; it asks them to do something (a training case).
    text = "Could you write down, for next time, how you'd want feedback from me? Like a format."
    assert read_move(text, MENTOR, 5, Move.YES_NO_QUESTION) is Move.REQUEST
    assert read_move("Was Margit there?", MENTOR, 3, Move.YES_NO_QUESTION) is Move.YES_NO_QUESTION
