"""The practice loop: a learner turn is coded, moves the persona, is stored, then answered.

A reply counts only once it is finished. One the language model breaks off is stored as
interrupted, outside the conversation, and the learner's turn waits for an answer: ``retry``
asks again for the same turn, so a learner turn is never stored twice or left behind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from coach.coder.skills import code_turn
from coach.errors import CoachError, ReplyInterrupted
from coach.inputs import check_turn
from coach.models import (
    Difficulty,
    Mode,
    PersonaState,
    PersonaUpdate,
    Reaction,
    Recording,
    SessionRecord,
    Speaker,
    Speech,
    TurnStatus,
)
from coach.ports import Counterpart, Repository
from coach.practice import persona
from coach.scenarios.models import Scenario


@dataclass
class PracticeRun:
    """One practice session in progress, backed by the repository.

    ``history`` is the conversation (finished turns only); ``waiting`` is the persona update
    of the learner's last turn while it has no finished reply, and ``failure`` says why.
    """

    scenario: Scenario
    difficulty: Difficulty
    session_id: int
    repository: Repository
    counterpart: Counterpart
    state: PersonaState
    history: list[tuple[Speaker, str]] = field(default_factory=list)
    last_update: PersonaUpdate | None = None
    waiting: PersonaUpdate | None = None
    failure: str | None = None

    @property
    def mode(self) -> Mode:
        return self.counterpart.mode

    @property
    def awaiting_reply(self) -> bool:
        """Whether the learner's last turn still needs its reply (it broke off or never came)."""
        return self.waiting is not None

    def say(
        self, text: str, speech: Speech | None = None, recording: Recording | None = None
    ) -> Iterator[str]:
        """Record the learner's turn, then stream the counterpart's reply and record it.

        The learner's turn is committed before the counterpart is asked, so a failing
        LLM never loses what the learner wrote. A spoken turn brings its word timings
        (``speech``) and, only when the learner chose to keep it, its ``recording``.
        """
        if self.awaiting_reply:
            raise CoachError(
                f"{self.scenario.persona.name} has not answered your last turn yet; "
                "retry it or undo it first."
            )
        check_turn(text, len(self.history))
        update = self._record_learner(text, speech, recording)
        yield from self._answer(update, text)

    def reply_read_aloud(self, speech: Speech) -> None:
        """Note how long the last reply took to read aloud (the learner's share of talk)."""
        self.repository.set_reply_speech(self.session_id, speech)

    def retry(self) -> Iterator[str]:
        """Ask the counterpart again to answer the learner's last turn."""
        if self.waiting is None:
            raise CoachError("Your last turn already has its reply; there is nothing to retry.")
        yield from self._answer(self.waiting, self.history[-1][1])

    def _answer(self, update: PersonaUpdate, text: str) -> Iterator[str]:
        """Stream the reply; store it as finished, or as interrupted if it broke off."""
        self.waiting, self.failure = update, None
        parts: list[str] = []
        try:
            for piece in self.counterpart.respond(update, text, self.history):
                parts.append(piece)
                yield piece
        except CoachError as exc:
            self.failure = str(exc)
            if isinstance(exc, ReplyInterrupted):
                self._store_reply("".join(parts), TurnStatus.INTERRUPTED)
            raise
        reply = "".join(parts).strip()
        self._store_reply(reply, TurnStatus.COMPLETE)
        self.history.append((Speaker.COUNTERPART, reply))
        self.waiting = None

    def _store_reply(self, text: str, status: TurnStatus) -> None:
        self.repository.add_turn(
            self.session_id,
            Speaker.COUNTERPART,
            text.strip(),
            usage=self.counterpart.last_usage,
            status=status,
        )

    def _record_learner(
        self, text: str, speech: Speech | None = None, recording: Recording | None = None
    ) -> PersonaUpdate:
        coded = code_turn(text, last_counterpart_line(self.history))
        said = [line for speaker, line in self.history if speaker is Speaker.COUNTERPART]
        update = persona.step(self.scenario, self.difficulty, self.state, coded, text, said)
        self.repository.add_turn(
            self.session_id,
            Speaker.LEARNER,
            text,
            acts=coded.acts,
            persona_state=update.state,
            reaction=update.reaction,
            speech=speech,
            recording=recording,
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
    """Rebuild a run from its stored conversation (the last stored persona state wins).

    When the conversation ends with a learner turn, its reply broke off or never came: the
    run waits for it, with the same persona update the turn made when it was said.
    """
    states = [t.persona_state for t in record.turns if t.persona_state is not None]
    state = states[-1] if states else persona.initial_state(scenario, record.difficulty)
    run = PracticeRun(
        scenario=scenario,
        difficulty=record.difficulty,
        session_id=record.id,
        repository=repository,
        counterpart=counterpart,
        state=state,
        history=[(t.speaker, t.text) for t in record.turns],
    )
    if record.turns and record.turns[-1].speaker is Speaker.LEARNER:
        before = states[-2] if len(states) > 1 else persona.initial_state(scenario, run.difficulty)
        run.waiting = run.last_update = _replayed(scenario, run.difficulty, before, run.history)
        run.failure = _why_waiting(scenario, record)
    return run


def _why_waiting(scenario: Scenario, record: SessionRecord) -> str:
    name = scenario.persona.name
    if any(t.index == len(record.turns) for t in record.interrupted):
        return f"{name}'s reply to your last turn was cut off."
    return f"{name} has not answered your last turn yet."


def _replayed(
    scenario: Scenario,
    difficulty: Difficulty,
    before: PersonaState,
    history: list[tuple[Speaker, str]],
) -> PersonaUpdate:
    """The update the last learner turn made, recomputed (the coder and persona are pure)."""
    text = history[-1][1]
    coded = code_turn(text, last_counterpart_line(history[:-1]))
    said = [line for speaker, line in history if speaker is Speaker.COUNTERPART]
    return persona.step(scenario, difficulty, before, coded, text, said)


def last_counterpart_line(history: Sequence[tuple[Speaker, str]]) -> str | None:
    """What the counterpart said last in ``history``: the context of the learner's next turn."""
    return next(
        (text for speaker, text in reversed(history) if speaker == Speaker.COUNTERPART), None
    )
