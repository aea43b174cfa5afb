"""Training the coder: deterministic, thresholds from held-out writers, pruned weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.coder.model import shipped_model
from coach.coder.skills import code_turn
from coach.evals.coder_training import KEEP_WEIGHT, load_corpus, train, write_model
from coach.models import Act


@pytest.fixture(scope="module")
def small() -> list:
    """Every tenth example of each writer: enough to train on, quick to train."""
    return load_corpus()[::10]


def test_training_twice_gives_the_same_file(small: list, tmp_path: Path) -> None:
    first = write_model(train(small, progress=lambda _: None), small, tmp_path / "one.json")
    second = write_model(train(small, progress=lambda _: None), small, tmp_path / "two.json")
    assert first.read_bytes() == second.read_bytes()


def test_a_trained_model_keeps_only_weights_that_matter(small: list) -> None:
    model = train(small, progress=lambda _: None)
    assert all(abs(w) >= KEEP_WEIGHT for pairs in model.weights.values() for _, w in pairs)
    assert all(0.15 <= t <= 0.85 for t in model.thresholds)
    assert model.acts == tuple(Act)


def test_the_shipped_model_codes_with_context() -> None:
    model = shipped_model()
    coded = code_turn(
        "Six weeks. On your own.", "I've been on my own in the library for six weeks."
    )
    assert Act.REFLECTION in coded.acts and model.passes(
        Act.REFLECTION, coded.confidence[Act.REFLECTION]
    )


def test_a_threshold_barely_better_on_held_out_writers_loses_to_the_neutral_one() -> None:
    from coach.evals.coder_training import _best_threshold

    gold = [True] * 200 + [False] * 200
    # Below 0.5 one more true positive: F1 1.000 against 0.997, a tie within half a point.
    barely = [0.47] + [0.9] * 199 + [0.1] * 200
    # Below 0.5 a quarter of the positives: far better, so the lower threshold wins.
    clearly = [0.3] * 50 + [0.9] * 150 + [0.1] * 200
    assert _best_threshold(gold, barely) == 0.5
    assert _best_threshold(gold, clearly) == 0.3
