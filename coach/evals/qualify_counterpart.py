"""The configured language model playing the counterpart: scripted learners and fitting cases.

The persona's state (trust, what is unlocked, the move) is computed by code exactly as in
practice; only the words come from the model, through the same player the app uses. Each
reply is judged by code (qualify_checks, and the responsiveness checks for cases) and timed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pydantic import BaseModel

from coach.coder.skills import code_turn
from coach.evals.counterpart import Case, Scripts, case_misses, replay
from coach.evals.counterpart_checks import words
from coach.evals.qualify_checks import breaks_character, coaches, leaked, too_long
from coach.models import Difficulty, Move, PersonaState, PersonaUpdate, Speaker, Usage
from coach.ports import Counterpart
from coach.practice import persona
from coach.scenarios.models import Scenario

PlayerFactory = Callable[[Scenario, Difficulty], Counterpart]
Progress = Callable[[str], None]
WITHDRAWN_WORDS = 25  # a reply to a judgement this short has withdrawn


class ReplyRecord(BaseModel):
    """One model reply and what code found wrong with it."""

    scenario: str
    source: str  # "good", "stock", "poor" or a case id
    move: str
    learner: str
    reply: str
    leaked: list[str] = []
    broke_character: bool = False
    coached: bool = False
    too_long: bool = False
    withdrew: bool | None = None  # after a judgement only
    failed: list[str] = []  # a case's unmet expectations
    first_token_s: float | None = None
    total_s: float = 0.0
    usage: Usage | None = None


def play_scripts(
    scripts: Sequence[Scripts],
    scenarios: Callable[[str], Scenario],
    player: PlayerFactory,
    difficulties: Sequence[Difficulty] = (Difficulty.STANDARD,),
    progress: Progress = lambda _: None,
) -> list[ReplyRecord]:
    """Every scripted learner's conversation with the model, reply by reply."""
    records: list[ReplyRecord] = []
    for script in scripts:
        scenario = scenarios(script.scenario)
        for difficulty in difficulties:
            for kind in ("good", "stock", "poor"):
                progress(f"{scenario.id} ({difficulty.value}): the {kind} learner")
                turns = getattr(script, kind)
                records += _conversation(scenario, difficulty, kind, turns, player)
    return records


def answer_cases(
    cases: Sequence[Case],
    scenarios: Callable[[str], Scenario],
    player: PlayerFactory,
    progress: Progress = lambda _: None,
) -> list[ReplyRecord]:
    """The model's reply to each case's learner turn, after the case's own history."""
    records = []
    for number, case in enumerate(cases, 1):
        if number % 10 == 1:
            progress(f"fitting cases {number}-{min(number + 9, len(cases))} of {len(cases)}")
        records.append(_case(case, scenarios(case.scenario), player))
    return records


def _conversation(
    scenario: Scenario,
    difficulty: Difficulty,
    kind: str,
    turns: Sequence[str],
    player: PlayerFactory,
) -> list[ReplyRecord]:
    counterpart = player(scenario, difficulty)
    state: PersonaState = persona.initial_state(scenario, difficulty)
    history: list[tuple[Speaker, str]] = [(Speaker.COUNTERPART, scenario.opening_line)]
    records = []
    for text in turns:
        said = [line for speaker, line in history if speaker is Speaker.COUNTERPART]
        update = persona.step(scenario, difficulty, state, code_turn(text, said[-1]), text, said)
        history.append((Speaker.LEARNER, text))
        record = _reply(scenario, kind, update, text, history, counterpart)
        history.append((Speaker.COUNTERPART, record.reply))
        records.append(record)
        state = update.state
    return records


def _case(case: Case, scenario: Scenario, player: PlayerFactory) -> ReplyRecord:
    update, said = replay(case, scenario)
    history = [(line.speaker, line.text) for line in case.history]
    history.append((Speaker.LEARNER, case.learner))
    counterpart = player(scenario, case.difficulty)
    record = _reply(scenario, case.id, update, case.learner, history, counterpart)
    failed = case_misses(case, scenario, record.reply, said)
    return record.model_copy(update={"move": case.move, "failed": failed})


def public_story(scenario: Scenario) -> str:
    """What the persona may speak of from the start: the model is given all of it to play."""
    p = scenario.persona
    return " ".join([p.background, p.role, scenario.summary, scenario.brief, scenario.opening_line])


def _reply(
    scenario: Scenario,
    source: str,
    update: PersonaUpdate,
    text: str,
    history: Sequence[tuple[Speaker, str]],
    counterpart: Counterpart,
) -> ReplyRecord:
    started = time.perf_counter()
    first: float | None = None
    pieces = []
    for piece in counterpart.respond(update, text, history):
        if first is None and piece:
            first = time.perf_counter() - started
        pieces.append(piece)
    reply = "".join(pieces).strip()
    unlocked = set(update.state.unlocked)
    private = [d for d in scenario.disclosures if d.id not in unlocked]
    move = update.move
    return ReplyRecord(
        scenario=scenario.id,
        source=source,
        move=move.value,
        learner=text,
        reply=reply,
        leaked=leaked(
            reply,
            private,
            [t for _, t in history],
            public_story(scenario),
            {c.id: c.text for c in scenario.hidden_concerns},
        ),
        broke_character=breaks_character(reply),
        coached=coaches(reply),
        too_long=too_long(reply),
        withdrew=len(words(reply)) <= WITHDRAWN_WORDS if move is Move.JUDGMENT else None,
        first_token_s=first,
        total_s=time.perf_counter() - started,
        usage=counterpart.last_usage,
    )
