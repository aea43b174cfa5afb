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
