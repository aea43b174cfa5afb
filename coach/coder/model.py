"""The trained coder: one logistic regression per act over the features of a turn (pure).

The weights live in ``coder_model.npz`` beside this module (numpy arrays, a few MB in memory),
written by ``coach eval coder --retrain`` (coach/evals/coder_training.py) from the labelled
corpus and the measured blind sets under evaluation/coder/. Scoring needs only numpy: the
weights of the features present are summed per act; a logistic function turns each act's sum
into a probability, and each act has its own threshold, chosen on held-out writers when the
model was trained.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import InitVar, dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from coach.coder.features import Features
from coach.errors import CoachError
from coach.models import Act

MODEL_FILE = Path(__file__).with_name("coder_model.npz")


Weights = Mapping[str, Iterable[Sequence[float]]]  # feature -> (act index, weight) pairs


@dataclass(frozen=True)
class CoderModel:
    """Per-act biases, thresholds and sparse weights, kept as one dense matrix.

    Only the matrix is kept (tens of thousands of features by fourteen acts, a few MB): the
    weights as Python pairs would take ten times that in every process that codes a turn.
    """

    acts: tuple[Act, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    sparse: InitVar[Weights]
    _rows: dict[str, int] = field(init=False, repr=False, compare=False)
    _matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self, sparse: Weights) -> None:
        rows = {name: i for i, name in enumerate(sparse)}
        matrix = np.zeros((len(rows), len(self.acts)), dtype=np.float64)
        for name, pairs in sparse.items():
            for index, weight in pairs:
                matrix[rows[name], int(index)] = weight
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    @classmethod
    def from_matrix(
        cls,
        acts: tuple[Act, ...],
        bias: tuple[float, ...],
        thresholds: tuple[float, ...],
        names: Sequence[str],
        matrix: np.ndarray,
    ) -> CoderModel:
        """A model from its features' names and their rows of weights (as ``save_model`` keeps)."""
        model = cls(acts, bias, thresholds, {})
        object.__setattr__(model, "_rows", {str(name): i for i, name in enumerate(names)})
        object.__setattr__(model, "_matrix", np.asarray(matrix, dtype=np.float64))
        return model

    @property
    def weights(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """Each feature's non-zero (act index, weight) pairs, as trained (built when asked)."""
        matrix = self._matrix
        return {
            name: tuple((int(i), float(matrix[row, i])) for i in np.flatnonzero(matrix[row]))
            for name, row in self._rows.items()
        }

    def probabilities(self, features: Features) -> dict[Act, float]:
        """The probability of each act for a turn with these features."""
        sums = weighted_sums(features, self._rows, self._matrix, self.bias)
        return {act: _logistic(float(s)) for act, s in zip(self.acts, sums, strict=True)}

    def passes(self, act: Act, probability: float) -> bool:
        """Whether ``probability`` is over the act's threshold."""
        return probability >= self.thresholds[self.acts.index(act)]

    def save(self, path: Path, trained_on: TrainedOn) -> None:
        """Write the model, with what it was trained on, as compressed numpy arrays."""
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                acts=np.array([a.value for a in self.acts]),
                bias=np.array(self.bias),
                thresholds=np.array(self.thresholds),
                names=np.array(list(self._rows)),
                matrix=self._matrix,
                trained_examples=np.array(trained_on.examples),
                trained_sha256=np.array(trained_on.sha256),
            )


@dataclass(frozen=True)
class TrainedOn:
    """The training data a model was fitted to: how many examples, and their checksum."""

    examples: int
    sha256: str


def load_model(path: Path) -> tuple[CoderModel, TrainedOn]:
    """A model written by ``CoderModel.save``, and what it was trained on."""
    with np.load(path, allow_pickle=False) as arrays:
        model = CoderModel.from_matrix(
            tuple(Act(str(a)) for a in arrays["acts"]),
            tuple(float(b) for b in arrays["bias"]),
            tuple(float(t) for t in arrays["thresholds"]),
            arrays["names"].tolist(),
            arrays["matrix"],
        )
        trained = TrainedOn(int(arrays["trained_examples"]), str(arrays["trained_sha256"]))
    return model, trained


@cache
def shipped_model() -> CoderModel:
    """The model shipped with the package, read once."""
    try:
        return load_model(MODEL_FILE)[0]
    except (OSError, ValueError, KeyError) as exc:
        raise CoachError(
            f"The coder's model {MODEL_FILE.name} is missing or damaged ({type(exc).__name__}); "
            "reinstall the package or run `coach eval coder --retrain`."
        ) from None


def weighted_sums(
    features: Mapping[str, float],
    rows: Mapping[str, int],
    matrix: np.ndarray,
    bias: Sequence[float],
) -> np.ndarray:
    """Each column's bias plus the weights of the features present (``rows`` gives each
    feature's row of ``matrix``), times the features' values: a linear model's scores."""
    found = [(rows[n], v) for n, v in features.items() if n in rows]
    sums = np.asarray(bias, dtype=np.float64)
    if found:
        chosen, values = zip(*found, strict=True)
        sums = sums + np.asarray(values) @ matrix[list(chosen)]
    return sums


def _logistic(total: float) -> float:
    if total >= 0:
        return 1.0 / (1.0 + math.exp(-total))
    exp = math.exp(total)
    return exp / (1.0 + exp)
