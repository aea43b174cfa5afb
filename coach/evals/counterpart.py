"""How well the offline counterpart answers what was said, and how it treats whole learners.

Two measures over the held-out responsiveness set (evaluation/counterpart/):
- **cases:** a conversation so far, the learner's next turn, the move it makes and what any
  fitting reply must do. The persona's state is rebuilt by replaying the learner's earlier
  turns; the engine replies to the new turn; code checks the reply (counterpart_checks).
- **scripts:** per scenario, a good, a stock-phrase and a poor learner played at every
  difficulty: good must earn every disclosure and an agreed plan, stock phrases must end at
  least 25 trust points below good with at most one disclosure, poor below its start.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coach.coder.skills import code_turn
from coach.evals.coder_data import EvaluationDataError
from coach.evals.counterpart_checks import failed_checks, gives_away
from coach.models import Difficulty, PersonaState, PersonaUpdate, Speaker
from coach.practice import persona
from coach.practice.offline import OfflineCounterpart
from coach.resources import shipped_dir
from coach.scenarios.models import Scenario
from coach.validation import first_error

FITTING_TARGET = 0.90
PER_MOVE_TARGET = 0.80
STOCK_BELOW_GOOD = 25
STOCK_MAX_DISCLOSURES = 1
SEED = 7

ScenarioSource = Callable[[str], Scenario]


class Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Speaker
    text: str


class Case(BaseModel):
    """One moment of conversation and what a fitting reply to the learner's turn must do."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    scenario: str
    difficulty: Difficulty = Difficulty.STANDARD
    history: list[Line] = Field(min_length=1)
    learner: str = Field(min_length=1)
    move: str
    expect: dict[str, object] = Field(min_length=1)
    must: str = ""


class CaseResult(BaseModel):
    id: str
    move: str
    reply: str
    failed: list[str]

    @property
    def fits(self) -> bool:
        return not self.failed


class Scripts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario: str
    good: list[str] = Field(min_length=1)
    stock: list[str] = Field(min_length=1)
    poor: list[str] = Field(min_length=1)


class Played(BaseModel):
    """Where a scripted learner left the persona."""

    scenario: str
    difficulty: Difficulty
    learner: str
    start: int
    trust: int
    disclosures: int
    of: int
    planned: bool
    repeated_lines: int


class ScriptVerdict(BaseModel):
    scenario: str
    difficulty: Difficulty
    good_all_and_plan: bool
    stock_below_good: bool
    stock_few_disclosures: bool
    poor_below_start: bool

    @property
    def holds(self) -> bool:
        return all(
            (
                self.good_all_and_plan,
                self.stock_below_good,
                self.stock_few_disclosures,
                self.poor_below_start,
            )
        )


class CounterpartEvaluation(BaseModel):
    cases: list[CaseResult]
    fitting: float
    by_move: dict[str, float]
    played: list[Played]
    verdicts: list[ScriptVerdict]
    repeated_lines: int


def default_set() -> Path:
    return shipped_dir("evaluation") / "counterpart"


def load_cases(folder: Path) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(folder.glob("cases-*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                cases.append(Case.model_validate_json(line))
            except ValidationError as exc:
                raise EvaluationDataError(f"{path.name}:{number}: {first_error(exc)}") from exc
    if not cases and not (folder / "scripts").is_dir():
        raise EvaluationDataError(f"No cases-*.jsonl files or scripts/ folder in {folder}.")
    return cases


def load_scripts(folder: Path) -> list[Scripts]:
    scripts: list[Scripts] = []
    for path in sorted((folder / "scripts").glob("scripts-*.json")):
        try:
            scripts.append(Scripts.model_validate(json.loads(path.read_text(encoding="utf-8"))))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise EvaluationDataError(f"{path.name}: {exc}") from exc
    return scripts


def evaluate_counterpart(
    cases: Sequence[Case], scripts: Sequence[Scripts], scenarios: ScenarioSource
) -> CounterpartEvaluation:
    results = [answer_case(case, scenarios(case.scenario)) for case in cases]
    moves: dict[str, list[bool]] = defaultdict(list)
    for result in results:
        moves[result.move].append(result.fits)
    played = [
        play(scenarios(s.scenario), difficulty, name, getattr(s, name))
        for s in scripts
        for difficulty in Difficulty
        for name in ("good", "stock", "poor")
    ]
    return CounterpartEvaluation(
        cases=results,
        fitting=_share([r.fits for r in results]),
        by_move={move: _share(fits) for move, fits in sorted(moves.items())},
        played=played,
        verdicts=_verdicts(played),
        repeated_lines=sum(p.repeated_lines for p in played),
    )


def answer_case(case: Case, scenario: Scenario) -> CaseResult:
    """The engine's reply to the case's learner turn, after replaying the history."""
    update, said = replay(case, scenario)
    heard = [line.text for line in case.history if line.speaker is Speaker.LEARNER]
    reply = OfflineCounterpart(scenario, seed=SEED).reply(update, case.learner, said, heard)
    return CaseResult(
        id=case.id, move=case.move, reply=reply, failed=case_misses(case, scenario, reply, said)
    )


def replay(case: Case, scenario: Scenario) -> tuple[PersonaUpdate, list[str]]:
    """What the case's learner turn does to the persona once its history has been replayed,
    and the counterpart's lines in that history."""
    state = persona.initial_state(scenario, case.difficulty)
    said: list[str] = []
    context: str | None = None
    for line in case.history:
        if line.speaker is Speaker.COUNTERPART:
            said.append(line.text)
            context = line.text
        else:
            coded = code_turn(line.text, context)
            state = persona.step(scenario, case.difficulty, state, coded, line.text, said).state
    update = persona.step(
        scenario, case.difficulty, state, code_turn(case.learner, context), case.learner, said
    )
    return update, said


def case_misses(case: Case, scenario: Scenario, reply: str, said: Sequence[str]) -> list[str]:
    """What a reply to the case fails to do; disclosures already given away in the history
    (``said``) are no longer private."""
    history_text = " ".join(said)
    private = [d.text for d in scenario.disclosures if not gives_away(history_text, [d.text])]
    return failed_checks(reply, case.expect, private)


def play(scenario: Scenario, difficulty: Difficulty, name: str, turns: Sequence[str]) -> Played:
    """A scripted learner's whole conversation with the offline engine."""
    state: PersonaState = persona.initial_state(scenario, difficulty)
    start = state.trust
    engine = OfflineCounterpart(scenario, seed=SEED)
    said = [scenario.opening_line]
    for n, text in enumerate(turns):
        update = persona.step(scenario, difficulty, state, code_turn(text, said[-1]), text, said)
        said.append(engine.reply(update, text, said, turns[:n]))
        state = update.state
    return Played(
        scenario=scenario.id,
        difficulty=difficulty,
        learner=name,
        start=start,
        trust=state.trust,
        disclosures=len(state.unlocked),
        of=len(scenario.disclosures),
        planned=persona.plan_agreed(state),
        repeated_lines=len(said) - len(set(said)),
    )


def _verdicts(played: Sequence[Played]) -> list[ScriptVerdict]:
    by_key = {(p.scenario, p.difficulty, p.learner): p for p in played}
    verdicts = []
    for scenario, difficulty in dict.fromkeys((p.scenario, p.difficulty) for p in played):
        good, stock, poor = (by_key[(scenario, difficulty, n)] for n in ("good", "stock", "poor"))
        verdicts.append(
            ScriptVerdict(
                scenario=scenario,
                difficulty=difficulty,
                good_all_and_plan=good.disclosures == good.of and good.planned,
                stock_below_good=stock.trust <= good.trust - STOCK_BELOW_GOOD,
                stock_few_disclosures=stock.disclosures <= STOCK_MAX_DISCLOSURES,
                poor_below_start=poor.trust < poor.start,
            )
        )
    return verdicts


def _share(flags: Sequence[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else 0.0
