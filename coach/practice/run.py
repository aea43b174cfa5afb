"""The practice loop: a learner turn is coded, moves the persona, is stored, then answered."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from coach.coder.skills import code_turn
from coach.inputs import check_turn
from coach.models import (
    Difficulty,
    Mode,
    PersonaState,
    PersonaUpdate,
    Reaction,
    SessionRecord,
    Speaker,
)
from coach.ports import Counterpart, Repository
from coach.practice import persona
from coach.scenarios.models import Scenario


@dataclass
class PracticeRun:
    """One practice session in progress, backed by the repository."""

    scenario: Scenario
    difficulty: Difficulty
    session_id: int
    repository: Repository
    counterpart: Counterpart
    state: PersonaState
    history: list[tuple[Speaker, str]] = field(default_factory=list)
    last_update: PersonaUpdate | None = None

    @property
    def mode(self) -> Mode:
        return self.counterpart.mode

    def say(self, text: str) -> Iterator[str]:
        """Record the learner's turn, then stream the counterpart's reply and record it.

        The learner's turn is committed before the counterpart is asked, so a failing
        LLM never loses what the learner wrote.
        """
        check_turn(text, len(self.history))
        update = self._record_learner(text)
        parts: list[str] = []
        for piece in self.counterpart.respond(update, text, self.history):
            parts.append(piece)
            yield piece
        reply = "".join(parts).strip()
        self.repository.add_turn(
            self.session_id,
            Speaker.COUNTERPART,
            reply,
            usage=self.counterpart.last_usage,
        )
        self.history.append((Speaker.COUNTERPART, reply))

    def _record_learner(self, text: str) -> PersonaUpdate:
        coded = code_turn(text)
        update = persona.step(self.scenario, self.difficulty, self.state, coded, text)
        self.repository.add_turn(
            self.session_id,
            Speaker.LEARNER,
            text,
            acts=coded.acts,
            persona_state=update.state,
            reaction=update.reaction,
        )
        self.state, self.last_update = update.state, update
        self.history.append((Speaker.LEARNER, text))
        return update


def start_run(
    scenario: Scenario,
    difficulty: Difficulty,
    user_id: int,
    repository: Repository,
    counterpart: Counterpart,
) -> PracticeRun:
    """Open a session and store the persona's opening line as turn 0."""
    state = persona.initial_state(scenario, difficulty)
    session_id = repository.create_session(user_id, scenario.id, difficulty, counterpart.mode)
    repository.add_turn(
        session_id,
        Speaker.COUNTERPART,
        scenario.opening_line,
        persona_state=state,
        reaction=Reaction.NEUTRAL,
    )
    return PracticeRun(
        scenario=scenario,
        difficulty=difficulty,
        session_id=session_id,
        repository=repository,
        counterpart=counterpart,
        state=state,
        history=[(Speaker.COUNTERPART, scenario.opening_line)],
    )


def resume_run(
    scenario: Scenario, record: SessionRecord, repository: Repository, counterpart: Counterpart
) -> PracticeRun:
    """Rebuild a run from its stored turns (the last stored persona state wins)."""
    states = [t.persona_state for t in record.turns if t.persona_state is not None]
    state = states[-1] if states else persona.initial_state(scenario, record.difficulty)
    return PracticeRun(
        scenario=scenario,
        difficulty=record.difficulty,
        session_id=record.id,
        repository=repository,
        counterpart=counterpart,
        state=state,
        history=[(t.speaker, t.text) for t in record.turns],
    )
