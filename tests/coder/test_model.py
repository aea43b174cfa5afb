"""The shipped coder model: trained on the shipped corpus, and scoring as its weights say."""

from __future__ import annotations

from pathlib import Path

from coach.coder.model import MODEL_FILE, CoderModel, TrainedOn, load_model, shipped_model
from coach.evals.coder_training import load_corpus, trained_on
from coach.models import Act


def test_the_shipped_model_was_trained_on_the_shipped_corpus() -> None:
    _, trained = load_model(MODEL_FILE)
    assert trained == trained_on(load_corpus())
    assert MODEL_FILE.stat().st_size < 3_000_000  # small enough to ship


def test_scores_are_the_logistic_of_bias_plus_weights() -> None:
    acts = (Act.OPEN_QUESTION, Act.OTHER)
    model = CoderModel(acts, (0.0, -1.0), (0.5, 0.5), {"w:what": ((0, 2.0), (1, -1.0))})
    with_word = model.probabilities({"w:what": 1.0, "unknown": 1.0})
    assert round(with_word[Act.OPEN_QUESTION], 3) == 0.881  # logistic(2)
    assert round(with_word[Act.OTHER], 3) == 0.119  # logistic(-2)
    assert model.probabilities({})[Act.OPEN_QUESTION] == 0.5


def test_a_saved_model_reads_back_the_same(tmp_path: Path) -> None:
    model = shipped_model()
    model.save(tmp_path / "model.npz", TrainedOn(3, "abc"))
    again, trained = load_model(tmp_path / "model.npz")
    features = {"w:what": 1.0, "end:?": 1.0, "about:you:negative": 1.0}
    assert again.probabilities(features) == model.probabilities(features)
    assert again.thresholds == model.thresholds and trained == TrainedOn(3, "abc")
