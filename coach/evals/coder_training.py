"""Train the coder's model from the labelled data: ``coach eval coder --retrain``.

One logistic regression per act (scikit-learn, class weights balanced) over the features of
coach/coder/features.py. Each act's threshold is the one that maximises its F1 on writers held
out in turn (every writer's items predicted by a model trained on the others), so it is chosen
on text the model did not see. Small weights are dropped and the rest rounded, to keep the
shipped file small; training is deterministic, so the same corpus gives the same file.

scikit-learn is needed only here (``pip install -e ".[train]"``); coding needs no library.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.coder.features import Features, turn_features
from coach.coder.model import MODEL_FILE, CoderModel, TrainedOn
from coach.errors import CoachError
from coach.models import Act
from coach.resources import shipped_dir

# The corpus, and each blind set once it had been measured (their writers are new voices).
TRAINING = (
    "coder/corpus/utterances.jsonl",
    "coder/blind/utterances.jsonl",
    "coder/blind-2/utterances.jsonl",
    "coder/blind-3/utterances.jsonl",
    "coder/blind-4/utterances.jsonl",
    "coder/blind-5/utterances.jsonl",
)
REGULARISATION = 1.0  # logistic regression's C
KEEP_WEIGHT = 0.05  # weights smaller than this are dropped
MIN_EXAMPLES = 2  # features seen in fewer training examples are not used
DIGITS = 4
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(3, 18))  # 0.15 .. 0.85
TIE_F1 = 0.005


@dataclass(frozen=True)
class Example:
    """One labelled learner turn in context, and which writer wrote it."""

    text: str
    context: str
    acts: frozenset[Act]
    writer: str


def load_corpus(path: Path | None = None) -> list[Example]:
    """The training data (JSON lines of id, context, text, acts): ``TRAINING``, or ``path``."""
    paths = [path] if path else [shipped_dir("evaluation") / name for name in TRAINING]
    examples = []
    for source in paths:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                acts = frozenset(Act(a) for a in row["acts"])
                writer = row["id"].split("-")[0]
                examples.append(Example(row["text"], row["context"], acts, writer))
    return examples


def train(examples: Sequence[Example], progress: Callable[[str], None] = print) -> CoderModel:
    """A model trained on every example, with thresholds chosen on held-out writers."""
    features = [turn_features(e.text, e.context) for e in examples]
    progress(f"features of {len(examples)} examples ready; choosing thresholds")
    thresholds = _held_out_thresholds(examples, features, progress)
    progress("training on every writer")
    bias, weights = _fit(examples, features)
    return CoderModel(tuple(Act), bias, thresholds, weights)


def write_model(model: CoderModel, examples: Sequence[Example], path: Path = MODEL_FILE) -> Path:
    """Write the model with what it was trained on (the corpus's size and checksum)."""
    model.save(path, trained_on(examples))
    return path


def trained_on(examples: Sequence[Example]) -> TrainedOn:
    """The size and checksum of the examples a model is trained on."""
    digest = hashlib.sha256("\n".join(f"{e.text}\t{e.context}" for e in examples).encode())
    return TrainedOn(len(examples), digest.hexdigest())


def sklearn_classes() -> Any:
    """scikit-learn's DictVectorizer and LogisticRegression, or one CoachError saying how."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise CoachError(
            'Retraining needs scikit-learn; install it with pip install -e ".[train]".'
        ) from None
    return DictVectorizer, LogisticRegression


def _fit(
    examples: Sequence[Example], features: Sequence[Features]
) -> tuple[tuple[float, ...], dict[str, tuple[tuple[int, float], ...]]]:
    """Biases and pruned weights of one classifier per act, trained on every example."""
    vectorizer_type, regression = sklearn_classes()
    vectorizer = vectorizer_type()
    matrix = vectorizer.fit_transform(_common(features))
    names = vectorizer.get_feature_names_out()
    bias: list[float] = []
    weights: dict[str, list[tuple[int, float]]] = {}
    for index, act in enumerate(Act):
        labels = [act in e.acts for e in examples]
        fitted = regression(C=REGULARISATION, max_iter=5000, class_weight="balanced")
        fitted.fit(matrix, labels)
        bias.append(round(float(fitted.intercept_[0]), DIGITS))
        for name, weight in zip(names, fitted.coef_[0], strict=True):
            if abs(weight) >= KEEP_WEIGHT:
                weights.setdefault(str(name), []).append((index, round(float(weight), DIGITS)))
    return tuple(bias), {k: tuple(v) for k, v in weights.items()}


def _common(features: Sequence[Features]) -> list[Features]:
    """The features without those seen in fewer than MIN_EXAMPLES examples."""
    seen: dict[str, int] = {}
    for found in features:
        for name in found:
            seen[name] = seen.get(name, 0) + 1
    return [{k: v for k, v in f.items() if seen[k] >= MIN_EXAMPLES} for f in features]


def _held_out_thresholds(
    examples: Sequence[Example], features: Sequence[Features], progress: Callable[[str], None]
) -> tuple[float, ...]:
    """Per act, the threshold with the best F1 on predictions for held-out writers."""
    predicted = held_out_probabilities(examples, features, progress)
    return tuple(
        _best_threshold([act in e.acts for e in examples], [p[act] for p in predicted])
        for act in Act
    )


def held_out_probabilities(
    examples: Sequence[Example],
    features: Sequence[Features],
    progress: Callable[[str], None] = print,
) -> list[dict[Act, float]]:
    """Each example's probabilities from a model trained on the other writers only."""
    predicted: list[dict[Act, float]] = [{} for _ in examples]
    for writer in sorted({e.writer for e in examples}):
        progress(f"  holding out writer {writer}")
        train_ids = [i for i, e in enumerate(examples) if e.writer != writer]
        test_ids = [i for i, e in enumerate(examples) if e.writer == writer]
        bias, weights = _fit([examples[i] for i in train_ids], [features[i] for i in train_ids])
        model = CoderModel(tuple(Act), bias, (0.5,) * len(Act), weights)
        for i in test_ids:
            predicted[i] = model.probabilities(features[i])
    return predicted


def _best_threshold(gold: Sequence[bool], probabilities: Sequence[float]) -> float:
    def f1(threshold: float) -> float:
        hits = sum(g and p >= threshold for g, p in zip(gold, probabilities, strict=True))
        said = sum(p >= threshold for p in probabilities)
        return 2 * hits / (said + sum(gold)) if said + sum(gold) else 0.0

    # F1 within half a point of the best is noise on held-out writers: prefer the neutral 0.5.
    scores = {t: f1(t) for t in THRESHOLDS}
    best = max(scores.values())
    return min((t for t, s in scores.items() if s >= best - TIE_F1), key=lambda t: abs(t - 0.5))
