"""A hint when the learner comes near a concern the persona is not ready to tell (pure).

People rarely hide a worry completely: asked near it too early they name the area and stop
("Partly it is the language, and that is a little embarrassing to explain."). The hint tells
the learner they are on the right track and that more trust will open it, without telling it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coach.models import Move, PersonaUpdate
from coach.practice.trust import mentions
from coach.practice.word_stems import overlap
from coach.scenarios.models import Scenario

# Only a turn that invites the persona to say more is met with a hint.
HINTED_MOVES = (Move.OPEN_QUESTION, Move.REFLECTION, Move.TOPIC_QUESTION)


def hint_for(scenario: Scenario, unlocked: Sequence[str], move: Move, text: str) -> str | None:
    """The hint of the untold disclosure whose words or topics ``text`` uses (the one most
    about it, then the first in file order), or None."""
    if move not in HINTED_MOVES:
        return None
    near = [
        d
        for d in scenario.disclosures
        if d.hint
        and d.id not in unlocked
        and (mentions(text, d.keywords) or mentions(text, d.unlock.topics))
    ]
    if not near:
        return None
    return max(near, key=lambda d: overlap(text, " ".join([d.text, *d.keywords]))).hint


def hint_to_give(
    scenario: Scenario, update: PersonaUpdate, text: str, used: Callable[[str], bool]
) -> str | None:
    """The hint to give now, once only: of the untold concern ``text`` comes near; or, for a
    reflection with none near that cost no trust (not a formula met coldly), of the next
    untold one (all it waits for told, file order): a reflection that lands takes the
    persona a step deeper."""
    state = update.state
    hint = hint_for(scenario, state.unlocked, update.move, text)
    if hint is None and update.move is Move.REFLECTION and update.trust_delta >= 0:
        deeper = (
            d.hint
            for d in scenario.disclosures
            if d.hint
            and d.id not in state.unlocked
            and all(e in state.unlocked for e in d.unlock.after)
            and not used(d.hint)
        )
        hint = next(deeper, None)
    return None if hint is None or used(hint) else hint
