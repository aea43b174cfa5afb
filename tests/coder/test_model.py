"""The shipped coder model: trained on the shipped corpus, and scoring as its weights say."""

from __future__ import annotations

import hashlib
import json

from coach.coder.model import MODEL_FILE, CoderModel, model_from_json, shipped_model
from coach.evals.coder_training import load_corpus
from coach.models import Act


def test_the_shipped_model_was_trained_on_the_shipped_corpus() -> None:
    examples = load_corpus()
    digest = hashlib.sha256("\n".join(f"{e.text}\t{e.context}" for e in examples).encode())
    trained_on = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["trained_on"]
    assert trained_on == {"examples": len(examples), "sha256": digest.hexdigest()}
    assert MODEL_FILE.stat().st_size < 3_000_000  # small enough to ship


def test_scores_are_the_logistic_of_bias_plus_weights() -> None:
    acts = (Act.OPEN_QUESTION, Act.OTHER)
    model = CoderModel(acts, (0.0, -1.0), (0.5, 0.5), {"w:what": ((0, 2.0), (1, -1.0))})
    with_word = model.probabilities({"w:what": 1.0, "unknown": 1.0})
    assert round(with_word[Act.OPEN_QUESTION], 3) == 0.881  # logistic(2)
    assert round(with_word[Act.OTHER], 3) == 0.119  # logistic(-2)
    assert model.probabilities({})[Act.OPEN_QUESTION] == 0.5


def test_json_round_trip_keeps_the_model() -> None:
    model = shipped_model()
    again = model_from_json(json.loads(json.dumps(model.to_json())))
    features = {"w:what": 1.0, "end:?": 1.0}
    assert again.probabilities(features) == model.probabilities(features)
