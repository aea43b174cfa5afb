"""What a learner's turn did to the persona, built for tests of the offline counterpart."""

from __future__ import annotations

from coach.models import Move, PersonaState, PersonaUpdate, Reaction


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
