"""Qualify the configured language model before learners meet it (``coach eval qualify``).

Plays the scripted learners of the evaluation sets and the fitting cases against the model
as the counterpart, and has it critique the expert-scored transcripts; code judges every
reply and critique (qualify_checks, qualify_report). ``short`` is the few-minute version the
Settings page runs: three scenarios at standard difficulty, twenty cases, five critiques.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from coach.errors import CoachError
from coach.evals.counterpart import Case, Scripts, load_cases, load_scripts
from coach.evals.critique_expert import ExpertTranscript, expert_set_path, load_expert_set
from coach.evals.qualify_counterpart import ReplyRecord, answer_cases, play_scripts
from coach.evals.qualify_critique import CritiqueQualification, qualify_critique, total_usage
from coach.evals.qualify_report import (
    Prices,
    Qualification,
    counterpart_checks,
    critique_checks,
    overall,
)
from coach.models import Difficulty, Mode
from coach.ports import Counterpart
from coach.resources import shipped_dir
from coach.scenarios.models import Scenario
from coach.services import CoachServices

SCRIPT_SETS = ("counterpart-2", "counterpart-mentee", "counterpart-leaving")
CASE_SET = "counterpart-2"
EXPERT_SET = "expert-3"
SHORT_SCENARIOS = ("giving-feedback", "asking-for-help", "setting-boundaries")
SHORT_CASES = 20
SHORT_CRITIQUES = 5
Progress = Callable[[str], None]


@dataclass(frozen=True)
class QualifyPlan:
    short: bool = False
    counterpart: bool = True
    critique: bool = True


def qualify(
    services: CoachServices,
    plan: QualifyPlan,
    prices: Prices,
    progress: Progress = lambda _: None,
) -> Qualification:
    """Run the plan against the configured model and judge it."""
    settings = services.settings
    if not settings.use_llm:
        raise CoachError(
            "No language model is configured: set OPENAI_API_KEY or OPENAI_BASE_URL (and "
            "COACH_MODEL) to the model to qualify."
        )
    material = Material.of(plan)
    steps = StepCounter(material.steps(plan), progress)
    replies = _counterpart(services, plan, material, steps) if plan.counterpart else []
    critiques = _critiques(services, material, steps) if plan.critique else None
    checks = counterpart_checks(replies) + critique_checks(critiques)
    spent = [r.usage for r in replies] + [r.usage for r in (critiques.records if critiques else [])]
    usage = total_usage(spent)
    return Qualification(
        model=settings.model,
        server=urlparse(settings.openai_base_url or "https://api.openai.com").netloc,
        date=datetime.now(UTC).isoformat(timespec="seconds"),
        short=plan.short,
        status=overall(checks),
        checks=checks,
        replies=len(replies),
        critiques=len(critiques.records) if critiques else 0,
        usage=usage,
        cost=prices.cost(usage),
    )


@dataclass(frozen=True)
class Material:
    """What the plan plays and critiques, read once from the evaluation sets."""

    scripts: list[Scripts]
    cases: list[Case]
    transcripts: dict[str, ExpertTranscript]

    @classmethod
    def of(cls, plan: QualifyPlan) -> Material:
        return cls(
            scripts=_scripts(plan.short) if plan.counterpart else [],
            cases=_cases(plan.short) if plan.counterpart else [],
            transcripts=_expert_items(plan.short) if plan.critique else {},
        )

    def steps(self, plan: QualifyPlan) -> int:
        """Progress steps: one per conversation, per ten cases and per critique."""
        difficulties = 1 if plan.short else len(Difficulty)
        batches = -(-len(self.cases) // 10)
        return len(self.scripts) * difficulties * 3 + batches + len(self.transcripts)


class StepCounter:
    """Numbers each progress message "[k/n]", so a caller can draw a progress bar."""

    def __init__(self, total: int, progress: Progress) -> None:
        self.total, self.done, self._progress = total, 0, progress

    def __call__(self, message: str) -> None:
        self.done += 1
        self._progress(f"[{self.done}/{self.total}] {message}")


def _counterpart(
    services: CoachServices, plan: QualifyPlan, material: Material, progress: Progress
) -> list[ReplyRecord]:
    def player(scenario: Scenario, difficulty: Difficulty) -> Counterpart:
        return services.counterpart(scenario, difficulty, Mode.LLM, None)

    difficulties = (Difficulty.STANDARD,) if plan.short else tuple(Difficulty)
    get = services.scenarios.get
    return play_scripts(material.scripts, get, player, difficulties, progress) + answer_cases(
        material.cases, get, player, progress
    )


def _critiques(
    services: CoachServices, material: Material, progress: Progress
) -> CritiqueQualification:
    model = services.critique_model(offline=False)
    assert model is not None  # use_llm was checked
    store, _ = services.citations()
    return qualify_critique(
        material.transcripts, services.scenarios.get, model, store, services.prompts, progress
    )


def _expert_items(short: bool) -> dict[str, ExpertTranscript]:
    items = load_expert_set(expert_set_path(EXPERT_SET))
    if short:  # one scenario's good, middle, poor, near-miss and stock transcripts
        first = next(iter(items.values())).scenario
        items = {name: item for name, item in items.items() if item.scenario == first}
    return dict(list(items.items())[:SHORT_CRITIQUES]) if short else items


def _scripts(short: bool) -> list[Scripts]:
    found = [s for name in SCRIPT_SETS for s in load_scripts(_set(name))]
    return [s for s in found if s.scenario in SHORT_SCENARIOS] if short else found


def _cases(short: bool) -> list[Case]:
    cases = load_cases(_set(CASE_SET))
    if not short:
        return cases
    step = max(1, len(cases) // SHORT_CASES)
    return cases[::step][:SHORT_CASES]  # spread over every scenario and move


def _set(name: str) -> Path:
    return shipped_dir("evaluation") / name
