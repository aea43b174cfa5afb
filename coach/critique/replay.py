"""Replay the persona engine over a transcript's learner turns (pure).

The critique needs, for every learner turn, how far the counterpart trusted the learner and
which disclosures had been earned. Replaying ``coach.practice.persona`` over the coded learner turns
gives that from the transcript alone, whoever played the counterpart: the offline engine
gives the same answer it gave live, and an LLM counterpart is judged by the same rules.
Turn numbers are 0-based indices into ``transcript.turns``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.critique.models import ConcernOutcome, PersonaOutcome
from coach.models import CodedTurn, Difficulty, PersonaState, PersonaUpdate, Speaker, Transcript
from coach.practice import persona
from coach.scenarios.models import Scenario


@dataclass(frozen=True)
class ReplayStep:
    """One learner turn and what it did to the persona."""

    turn: int
    before: PersonaState
    update: PersonaUpdate

    @property
    def after(self) -> PersonaState:
        return self.update.state


@dataclass(frozen=True)
class PersonaReplay:
    """The persona's state before the first learner turn and after each one."""

    start: PersonaState
    steps: tuple[ReplayStep, ...]

    @property
    def end(self) -> PersonaState:
        return self.steps[-1].after if self.steps else self.start

    def state_before(self, turn: int) -> PersonaState:
        """The persona's state just before transcript turn ``turn``."""
        state = self.start
        for step in self.steps:
            if step.turn >= turn:
                break
            state = step.after
        return state

    def disclosure_turns(self) -> dict[str, int]:
        """Each earned disclosure id and the learner turn that earned it, in order."""
        return {d: step.turn for step in self.steps for d in step.update.newly_unlocked}

    def first_disclosure_turn(self) -> int | None:
        """The learner turn that earned the first disclosure, if any did."""
        return next(iter(self.disclosure_turns().values()), None)


def replay_persona(
    scenario: Scenario,
    difficulty: Difficulty,
    transcript: Transcript,
    coded: Sequence[CodedTurn | None],
) -> PersonaReplay:
    """Step the persona through every learner turn; ``coded`` is aligned with the turns."""
    if len(coded) != len(transcript.turns):
        raise ValueError("coded must have one entry per transcript turn")
    start = state = persona.initial_state(scenario, difficulty)
    steps: list[ReplayStep] = []
    said: list[str] = []
    for index, turn in enumerate(transcript.turns):
        coding = coded[index]
        if turn.speaker is not Speaker.LEARNER:
            said.append(turn.text)
            continue
        if coding is None:
            raise ValueError(f"learner turn {index} has no coding")
        update = persona.step(scenario, difficulty, state, coding, turn.text, said)
        steps.append(ReplayStep(turn=index, before=state, update=update))
        state = update.state
    return PersonaReplay(start=start, steps=tuple(steps))


def persona_outcome(
    scenario: Scenario, difficulty: Difficulty, replay: PersonaReplay
) -> PersonaOutcome:
    """Which hidden concerns the learner uncovered (and when) or missed, and the trust trace."""
    earned = replay.disclosure_turns()
    first_turn: dict[str, int] = {}
    for disclosure in scenario.disclosures:
        if disclosure.concern and disclosure.id in earned:
            turn = earned[disclosure.id]
            first_turn[disclosure.concern] = min(turn, first_turn.get(disclosure.concern, turn))
    concerns = [
        ConcernOutcome(
            id=c.id, text=c.text, uncovered=c.id in first_turn, turn=first_turn.get(c.id)
        )
        for c in scenario.hidden_concerns
    ]
    return PersonaOutcome(
        uncovered=[c for c in concerns if c.uncovered],
        missed=[c for c in concerns if not c.uncovered],
        disclosures=list(earned),
        trust_start=persona.initial_state(scenario, difficulty).trust,
        trust_end=replay.end.trust,
        trust_trace=[{"turn": s.turn, "trust": s.after.trust} for s in replay.steps],
    )
