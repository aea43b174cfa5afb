"""Agreement of the critique with an expert's scores (pure).

Each scenario has five transcripts scored 0-100 by an independent mentoring expert: good, poor,
middle, near-miss (excellent but for one named flaw) and stock phrases (warm formulas that never
engage). The critique passes when it orders them as the expert did: rank correlation with the
expert's scores (Spearman), good at least 20 above poor, good > middle > poor, stock phrases at
least 10 below good, and the near-miss's flaw named among the growth areas; every quote must be
the learner's words and every growth area must cite guidance.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coach.critique.models import Critique
from coach.evals.coder_data import EvaluationDataError
from coach.models import Transcript
from coach.resources import shipped_dir
from coach.validation import first_error

Critic = Callable[[Transcript], Critique]
KINDS = ("good", "middle", "poor", "near_miss", "stock")
GOOD_OVER_POOR = 20
GOOD_OVER_STOCK = 10
SPEARMAN_TARGET = 0.85


class ExpertTranscript(BaseModel):
    """One transcript with the expert's score (and, for a near-miss, its one flaw)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario: str
    difficulty: str = "standard"
    kind: str = Field(pattern="^(good|poor|middle|near_miss|stock)$")
    expert_score: int = Field(ge=0, le=100)
    flaw: str | None = None
    flaw_turns: list[int] = Field(default_factory=list)
    rationale: str = ""
    turns: list[dict[str, str]]

    def transcript(self) -> Transcript:
        return Transcript.model_validate(
            {"scenario": self.scenario, "difficulty": self.difficulty, "turns": self.turns}
        )


class Scored(BaseModel):
    """The critique's reading of one expert transcript."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    scenario: str
    kind: str
    expert: int
    overall: int
    flaw: str | None
    named: list[str]
    quotes_verbatim: bool
    cited: bool


class ExpertAgreement(BaseModel):
    """Every figure ``coach eval critique`` reports on an expert set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    transcripts: int
    spearman: float
    scenarios: int
    good_over_poor: int
    ordered: int
    stock_below_good: int
    near_miss_named: int
    quotes_verbatim: float
    growth_cited: float
    scored: list[Scored]


def expert_set_path(name: str) -> Path:
    """A shipped expert set: ``expert`` (held out) or ``expert-dev`` (for tuning)."""
    return shipped_dir("evaluation") / "critique" / name


def load_expert_set(folder: Path) -> dict[str, ExpertTranscript]:
    """Every transcript of a folder, by file name; errors name the file and the field."""
    found: dict[str, ExpertTranscript] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            found[path.name] = ExpertTranscript.model_validate(json.loads(path.read_text()))
        except (json.JSONDecodeError, ValidationError) as exc:
            where = first_error(exc)[0] if isinstance(exc, ValidationError) else "JSON"
            raise EvaluationDataError(f"{path}: {where} is not valid; fix the file.") from None
    if not found:
        raise EvaluationDataError(f"{folder}: holds no transcripts; check the path.")
    return found


def agreement(items: dict[str, ExpertTranscript], critic: Critic) -> ExpertAgreement:
    """Critique every transcript and compare with the expert."""
    scored = [_score(name, item, critic) for name, item in items.items()]
    by_scenario: dict[str, dict[str, Scored]] = {}
    for s in scored:
        by_scenario.setdefault(s.scenario, {})[s.kind] = s
    groups = list(by_scenario.values())
    return ExpertAgreement(
        transcripts=len(scored),
        spearman=round(spearman([s.expert for s in scored], [s.overall for s in scored]), 3),
        scenarios=len(groups),
        good_over_poor=sum(_gap(g, "good", "poor") >= GOOD_OVER_POOR for g in groups),
        ordered=sum(_ordered(g) for g in groups),
        stock_below_good=sum(_gap(g, "good", "stock") >= GOOD_OVER_STOCK for g in groups),
        near_miss_named=sum(_named(g) for g in groups),
        quotes_verbatim=_share([s.quotes_verbatim for s in scored]),
        growth_cited=_share([s.cited for s in scored]),
        scored=scored,
    )


def _score(name: str, item: ExpertTranscript, critic: Critic) -> Scored:
    transcript = item.transcript()
    critique = critic(transcript)
    return Scored(
        file=name,
        scenario=item.scenario,
        kind=item.kind,
        expert=item.expert_score,
        overall=critique.overall,
        flaw=item.flaw,
        named=[a.kind for a in critique.growth_areas],
        quotes_verbatim=_verbatim(critique, transcript),
        cited=all(a.guidance for a in critique.growth_areas),
    )


def _verbatim(critique: Critique, transcript: Transcript) -> bool:
    quotes = [e for r in critique.rubric for e in r.evidence]
    quotes += [e for a in critique.growth_areas for e in a.evidence]
    quotes += [e for s in critique.strengths for e in s.evidence]
    return all(e.quote in transcript.turns[e.turn].text for e in quotes)


def _gap(group: dict[str, Scored], high: str, low: str) -> int:
    if high not in group or low not in group:
        return -100
    return group[high].overall - group[low].overall


def _ordered(group: dict[str, Scored]) -> bool:
    return _gap(group, "good", "middle") > 0 and _gap(group, "middle", "poor") > 0


def _named(group: dict[str, Scored]) -> bool:
    near = group.get("near_miss")
    return near is not None and near.flaw in near.named


def _share(flags: Sequence[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else 0.0


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation (average ranks for ties)."""
    rx, ry = _ranks(xs), _ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sx = sum((a - mx) ** 2 for a in rx) ** 0.5
    sy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (sx * sy) if sx and sy else 0.0


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks
