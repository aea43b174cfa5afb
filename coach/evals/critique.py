"""Validity of the critique: good above poor, single flaws named, same answer twice (pure).

The critique itself comes in as a function (``Critic``), so this module never opens a
store or a model; the CLI passes the offline critique wired to a temporary store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from pydantic import BaseModel, ConfigDict

from coach.critique.models import Critique, GrowthArea
from coach.critique.wording import CritiqueWording
from coach.evals.critique_cases import CaseSet, ExpectedFlaw, NearMiss, TranscriptPair
from coach.models import Transcript

Critic = Callable[[Transcript], Critique]
RUNS = 2


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PairResult(_Result):
    """The overall scores of one good/poor pair."""

    id: str
    scenario: str
    good: int
    poor: int
    gap: int
    correct: bool


class NamedArea(_Result):
    """A growth area the critique named: its kind (the flaw it names, or the one its title
    comes from), skill and title."""

    kind: str | None
    skill: str
    title: str


class NearMissResult(_Result):
    """Whether the critique of a near-miss named the flaw it was written with."""

    id: str
    scenario: str
    expected: ExpectedFlaw
    overall: int
    named: list[NamedArea]
    by_kind: bool
    by_skill: bool
    detected: bool
    base_overall: int | None = None
    base_by_kind: bool | None = None


class Repeatability(_Result):
    """How many transcripts gave byte-identical critique JSON on every run."""

    transcripts: int
    runs: int
    identical: int
    rate: float
    differing: list[str]


class CritiqueEvaluation(_Result):
    """Every number ``coach eval critique`` reports."""

    pairs: int
    pairwise_accuracy: float
    mean_gap: float
    min_gap: int
    pair_results: list[PairResult]
    near_misses: int
    detection_rate: float
    detection_rate_by_kind: float
    named_on_base: int
    near_miss_results: list[NearMissResult]
    repeatability: Repeatability


def pair_result(pair: TranscriptPair, good: int, poor: int) -> PairResult:
    """A pair is scored correctly only when the good transcript scores strictly higher."""
    return PairResult(
        id=pair.id,
        scenario=pair.scenario,
        good=good,
        poor=poor,
        gap=good - poor,
        correct=good > poor,
    )


def pairwise_accuracy(results: Sequence[PairResult]) -> float:
    """Share of pairs whose good transcript scored above the poor one."""
    return sum(r.correct for r in results) / len(results) if results else 0.0


def mean_gap(results: Sequence[PairResult]) -> float:
    """Mean of good minus poor over the pairs."""
    return sum(r.gap for r in results) / len(results) if results else 0.0


def min_gap(results: Sequence[PairResult]) -> int:
    """The smallest good-minus-poor gap (negative when a poor one won)."""
    return min((r.gap for r in results), default=0)


def growth_kind(title: str, wording: CritiqueWording) -> str | None:
    """The growth-area id whose title template produced ``title``, or None."""
    return next(
        (
            kind
            for kind, text in wording.growth_areas.items()
            if _title_pattern(text.title).match(title)
        ),
        None,
    )


def named_areas(critique: Critique, wording: CritiqueWording) -> list[NamedArea]:
    """The growth areas of a critique, each with the kind its title comes from."""
    return [_named(area, wording) for area in critique.growth_areas]


def flaw_found(expected: ExpectedFlaw, named: Sequence[NamedArea]) -> tuple[bool, bool]:
    """Whether the expected flaw is named by its kind, and whether by its skill slug."""
    by_kind = any(area.kind == expected.kind for area in named)
    by_skill = any(area.skill == expected.skill for area in named)
    return by_kind, by_skill


def near_miss_result(
    near: NearMiss, critique: Critique, wording: CritiqueWording, base: Critique | None = None
) -> NearMissResult:
    """Detected when the critique names the flaw's kind or skill; ``base`` is the unflawed one.

    The base critique shows whether the flaw really moved the critique: a kind that the
    unflawed conversation draws as well was not found because of the flaw.
    """
    named = named_areas(critique, wording)
    by_kind, by_skill = flaw_found(near.flaw, named)
    return NearMissResult(
        id=near.id,
        scenario=near.scenario,
        expected=near.flaw,
        overall=critique.overall,
        named=named,
        by_kind=by_kind,
        by_skill=by_skill,
        detected=by_kind or by_skill,
        base_overall=base.overall if base else None,
        base_by_kind=flaw_found(near.flaw, named_areas(base, wording))[0] if base else None,
    )


def detection_rate(results: Sequence[NearMissResult], *, by_kind_only: bool = False) -> float:
    """Share of near-misses whose flaw was named (by kind or skill, or by kind only)."""
    if not results:
        return 0.0
    return sum(r.by_kind if by_kind_only else r.detected for r in results) / len(results)


def repeatability(runs: Mapping[str, Sequence[str]]) -> Repeatability:
    """Compare the critique JSON of each transcript across its runs."""
    differing = [ref for ref, texts in runs.items() if len(set(texts)) > 1]
    count = len(runs)
    return Repeatability(
        transcripts=count,
        runs=min((len(t) for t in runs.values()), default=0),
        identical=count - len(differing),
        rate=(count - len(differing)) / count if count else 0.0,
        differing=differing,
    )


def evaluate_critique(
    case_set: CaseSet, critic: Critic, wording: CritiqueWording, runs: int = RUNS
) -> CritiqueEvaluation:
    """Critique every transcript ``runs`` times and compute all the validity numbers."""
    outputs = {
        ref: [critic(transcript) for _ in range(max(runs, 1))]
        for ref, transcript in case_set.transcripts.items()
    }
    first = {ref: critiques[0] for ref, critiques in outputs.items()}
    cases = case_set.cases
    pairs = [pair_result(p, first[p.good].overall, first[p.poor].overall) for p in cases.pairs]
    near = [
        near_miss_result(n, first[n.transcript], wording, first.get(n.based_on or ""))
        for n in cases.near_misses
    ]
    return CritiqueEvaluation(
        pairs=len(pairs),
        pairwise_accuracy=pairwise_accuracy(pairs),
        mean_gap=mean_gap(pairs),
        min_gap=min_gap(pairs),
        pair_results=pairs,
        near_misses=len(near),
        detection_rate=detection_rate(near),
        detection_rate_by_kind=detection_rate(near, by_kind_only=True),
        named_on_base=sum(bool(r.base_by_kind) for r in near),
        near_miss_results=near,
        repeatability=repeatability(
            {ref: [c.model_dump_json() for c in critiques] for ref, critiques in outputs.items()}
        ),
    )


def _named(area: GrowthArea, wording: CritiqueWording) -> NamedArea:
    kind = area.kind or growth_kind(area.title, wording)
    return NamedArea(kind=kind, skill=area.skill, title=area.title)


@cache
def _title_pattern(template: str) -> re.Pattern[str]:
    """A title template as a regex: each $placeholder stands for any text."""
    parts = re.split(r"\$\{?[A-Za-z_]\w*\}?", template)
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$")
