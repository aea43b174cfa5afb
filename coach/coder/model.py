"""The trained coder: one logistic regression per act over the features of a turn (pure).

The weights live in ``coder_model.json`` beside this module, written by
``coach eval coder --retrain`` (coach/evals/coder_training.py) from the labelled corpus in
evaluation/coder/corpus/. Scoring needs only numpy: the weights of the features present are
summed per act; a logistic function turns each act's sum into a probability, and each act has its
own threshold, chosen on held-out writers when the model was trained.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from coach.coder.features import Features
from coach.errors import CoachError
from coach.models import Act

MODEL_FILE = Path(__file__).with_name("coder_model.json")


@dataclass(frozen=True)
class CoderModel:
    """Per-act biases, thresholds and sparse weights (kept as a dense matrix for speed)."""

    acts: tuple[Act, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    _rows: dict[str, int] = field(init=False, repr=False, compare=False)
    _matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = {name: i for i, name in enumerate(self.weights)}
        matrix = np.zeros((len(rows), len(self.acts)), dtype=np.float64)
        for name, pairs in self.weights.items():
            for index, weight in pairs:
                matrix[rows[name], index] = weight
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    def probabilities(self, features: Features) -> dict[Act, float]:
        """The probability of each act for a turn with these features."""
        found = [(self._rows[n], v) for n, v in features.items() if n in self._rows]
        sums = np.asarray(self.bias, dtype=np.float64)
        if found:
            rows, values = zip(*found, strict=True)
            sums = sums + np.asarray(values) @ self._matrix[list(rows)]
        return {act: _logistic(float(s)) for act, s in zip(self.acts, sums, strict=True)}

    def passes(self, act: Act, probability: float) -> bool:
        """Whether ``probability`` is over the act's threshold."""
        return probability >= self.thresholds[self.acts.index(act)]

    def to_json(self) -> dict[str, object]:
        return {
            "acts": [a.value for a in self.acts],
            "bias": list(self.bias),
            "thresholds": list(self.thresholds),
            "weights": {k: [list(pair) for pair in v] for k, v in sorted(self.weights.items())},
        }


def model_from_json(data: dict[str, object]) -> CoderModel:
    """A model from its JSON form (``to_json``)."""
    acts = tuple(Act(a) for a in data["acts"])  # type: ignore[attr-defined]
    weights = {
        name: tuple((int(i), float(w)) for i, w in pairs)
        for name, pairs in data["weights"].items()  # type: ignore[attr-defined]
    }
    bias = tuple(float(b) for b in data["bias"])  # type: ignore[attr-defined]
    thresholds = tuple(float(t) for t in data["thresholds"])  # type: ignore[attr-defined]
    return CoderModel(acts, bias, thresholds, weights)


@cache
def shipped_model() -> CoderModel:
    """The model shipped with the package, read once."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CoachError(
            f"The coder's model {MODEL_FILE.name} is missing or damaged ({type(exc).__name__}); "
            "reinstall the package or run `coach eval coder --retrain`."
        ) from None
    return model_from_json(data["model"])


def _logistic(total: float) -> float:
    if total >= 0:
        return 1.0 / (1.0 + math.exp(-total))
    exp = math.exp(total)
    return exp / (1.0 + exp)
