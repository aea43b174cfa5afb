"""Agreement between the skill coder and gold labels: per-act and question metrics (pure).

Every function takes parallel sequences of act sets, gold first, one set per utterance.
Macro averages are taken over the classes that occur in the gold labels or the predictions;
a class that occurs in neither has no defined F1 and is left out rather than counted as 0.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from coach.models import Act

ActSets = Sequence[frozenset[Act] | set[Act]]
_REFLECTIVE = frozenset({Act.REFLECTION, Act.SUMMARY})


class QuestionKind(StrEnum):
    """What kind of question a whole turn asks, if any."""

    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


class Scores(BaseModel):
    """Precision, recall and F1 of one class, with gold support and predicted count."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


class CoderEvaluation(BaseModel):
    """Every number the coder evaluation reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    utterances: int
    exact_match: float
    macro_f1: float
    acts: dict[Act, Scores]
    question_confusion: dict[QuestionKind, dict[QuestionKind, int]]
    question_macro_f1: float
    reflection: Scores


def scores_from_counts(hits: int, predicted: int, support: int) -> Scores:
    """Scores of one class from its true positives, predictions and gold support."""
    precision = hits / predicted if predicted else 0.0
    recall = hits / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision=precision, recall=recall, f1=f1, support=support, predicted=predicted)


def act_scores(gold: ActSets, predicted: ActSets) -> dict[Act, Scores]:
    """Per-act scores, each act judged as present or absent in every utterance."""
    _check_parallel(gold, predicted)
    hits = Counter(a for g, p in zip(gold, predicted, strict=True) for a in set(g) & set(p))
    support = Counter(a for g in gold for a in g)
    guessed = Counter(a for p in predicted for a in p)
    return {act: scores_from_counts(hits[act], guessed[act], support[act]) for act in Act}


def macro_f1(scores: Iterable[Scores]) -> float:
    """Mean F1 over the classes that occur in the gold labels or the predictions."""
    present = [s.f1 for s in scores if s.support or s.predicted]
    return sum(present) / len(present) if present else 0.0


def exact_match_rate(gold: ActSets, predicted: ActSets) -> float:
    """Share of utterances whose predicted act set equals the gold set exactly."""
    _check_parallel(gold, predicted)
    if not gold:
        return 0.0
    return sum(set(g) == set(p) for g, p in zip(gold, predicted, strict=True)) / len(gold)


def question_kind(acts: Iterable[Act]) -> QuestionKind:
    """Open if the turn has an open question, else closed if it has a closed one, else none."""
    found = set(acts)
    if Act.OPEN_QUESTION in found:
        return QuestionKind.OPEN
    if Act.CLOSED_QUESTION in found:
        return QuestionKind.CLOSED
    return QuestionKind.NONE


def question_confusion(
    gold: ActSets, predicted: ActSets
) -> dict[QuestionKind, dict[QuestionKind, int]]:
    """Counts of gold question kind (rows) against predicted kind (columns)."""
    _check_parallel(gold, predicted)
    table = {row: dict.fromkeys(QuestionKind, 0) for row in QuestionKind}
    for g, p in zip(gold, predicted, strict=True):
        table[question_kind(g)][question_kind(p)] += 1
    return table


def question_scores(
    confusion: dict[QuestionKind, dict[QuestionKind, int]],
) -> dict[QuestionKind, Scores]:
    """Per-kind scores from a question confusion table."""
    return {
        kind: scores_from_counts(
            hits=confusion[kind][kind],
            predicted=sum(row[kind] for row in confusion.values()),
            support=sum(confusion[kind].values()),
        )
        for kind in QuestionKind
    }


def reflection_scores(gold: ActSets, predicted: ActSets) -> Scores:
    """Scores for reflecting at all: a reflection or a summary counts as a reflection."""
    _check_parallel(gold, predicted)
    pairs = [
        (bool(_REFLECTIVE & set(g)), bool(_REFLECTIVE & set(p)))
        for g, p in zip(gold, predicted, strict=True)
    ]
    return scores_from_counts(
        hits=sum(g and p for g, p in pairs),
        predicted=sum(p for _, p in pairs),
        support=sum(g for g, _ in pairs),
    )


def evaluate(gold: ActSets, predicted: ActSets) -> CoderEvaluation:
    """All the coder evaluation numbers for parallel gold and predicted act sets."""
    per_act = act_scores(gold, predicted)
    confusion = question_confusion(gold, predicted)
    return CoderEvaluation(
        utterances=len(gold),
        exact_match=exact_match_rate(gold, predicted),
        macro_f1=macro_f1(per_act.values()),
        acts=per_act,
        question_confusion=confusion,
        question_macro_f1=macro_f1(question_scores(confusion).values()),
        reflection=reflection_scores(gold, predicted),
    )


def _check_parallel(gold: ActSets, predicted: ActSets) -> None:
    """Gold and predicted must describe the same utterances, one set each."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold act sets but {len(predicted)} predicted")


class Interval(BaseModel):
    """A figure with its 95% bootstrap interval."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: float
    low: float
    high: float


def bootstrap_intervals(
    gold: ActSets, predicted: ActSets, resamples: int = 1000, seed: int = 20261130
) -> dict[str, Interval]:
    """95% intervals (percentile bootstrap over utterances) of the headline figures:
    question macro-F1, reflection F1, macro-F1 and each act's F1."""
    figures = _headline(evaluate(gold, predicted))
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {name: [] for name in figures}
    indices = range(len(gold))
    for _ in range(resamples):
        sample = rng.choices(indices, k=len(gold))
        found = _headline(evaluate([gold[i] for i in sample], [predicted[i] for i in sample]))
        for name in draws:
            draws[name].append(found.get(name, 0.0))
    return {name: _interval(value, draws[name]) for name, value in figures.items()}


def _headline(result: CoderEvaluation) -> dict[str, float]:
    figures = {
        "question_macro_f1": result.question_macro_f1,
        "reflection_or_summary_f1": result.reflection.f1,
        "macro_f1": result.macro_f1,
    }
    return figures | {f"{act.value}_f1": scores.f1 for act, scores in result.acts.items()}


def _interval(value: float, draws: list[float]) -> Interval:
    ordered = sorted(draws) or [value]
    low = ordered[int(0.025 * (len(ordered) - 1))]
    high = ordered[int(0.975 * (len(ordered) - 1))]
    return Interval(value=round(value, 3), low=round(low, 3), high=round(high, 3))
