"""What a learner's turn did to the persona, built for tests of the offline counterpart, and
the move it is read as."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.models import LearnerRole, Move, PersonaState, PersonaUpdate, Reaction
from coach.practice.move_model import read_move
from coach.practice.moves import classify


def move_read(text: str, role: LearnerRole, context: str, spoken: int = 3) -> Move:
    """The move a learner's turn is read as after the counterpart's ``context``, the rules'
    reading weighed by the move model as persona.step weighs it (``spoken``: the counterpart's
    lines so far)."""
    coded = code_turn(text, context)
    return read_move(text, role, spoken, classify(text, coded, role), coded.confidence)


def update(
    move: Move,
    *,
    trust: int = 50,
    newly: tuple[str, ...] = (),
    unlocked: tuple[str, ...] = (),
    formulas: int = 0,
    reaction: Reaction = Reaction.NEUTRAL,
) -> PersonaUpdate:
    return PersonaUpdate(
        state=PersonaState(trust=trust, unlocked=[*unlocked, *newly], formulas=formulas),
        reaction=reaction,
        move=move,
        trust_delta=0,
        reasons=[],
        newly_unlocked=list(newly),
    )
