"""The skill coder: what a learner's turn does, read with the counterpart's turn before it.

A trained model (coach/coder/model.py) scores every act of the codebook
(evaluation/coder/CODEBOOK.md) from the turn's features (coach/coder/features.py); acts over
their thresholds are the turn's acts, made consistent with the codebook's conventions:
a summary is not also a reflection, ``other`` stands only alone, a request asked as a question
is a request only, and a turn always has at least one act (never a judgment the model barely
leans towards). The anchor (coach/coder/anchor.py)
says what the turn picked up of the context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coach.coder.anchor import anchor
from coach.coder.asking import corrected_requests
from coach.coder.features import Features, turn_features
from coach.coder.model import CoderModel, shipped_model
from coach.coder.questions import questions, stacked
from coach.models import Act, CodedTurn, TurnFeatures

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+|[.,]\d+)*")
# Below this, a judgment the model only leans towards is not the act a turn falls back on when
# no act passes its threshold: an accusation needs more than the faintest lean.
JUDGMENT_FALLBACK_FLOOR = 0.2


def code_turn(text: str, context: str | None = None, model: CoderModel | None = None) -> CodedTurn:
    """Code one learner turn; ``context`` is what the counterpart said just before it."""
    model = model or shipped_model()
    features = turn_features(text, context)
    probabilities = model.probabilities(features)
    chosen = [act for act in model.acts if model.passes(act, probabilities[act])]
    acts = _blame_kept(corrected_requests(text, _consistent(chosen, probabilities)), features)
    surface = _surface(text, acts)
    if Act.REQUEST in acts and surface.questions <= 1:
        acts = [act for act in acts if act is not Act.CLOSED_QUESTION]  # a request as a question
    return CodedTurn(
        acts=acts,
        features=surface,
        anchor=anchor(text, context),
        confidence={act: round(p, 3) for act, p in probabilities.items()},
    )


def code_turns(
    texts: Iterable[str], contexts: Sequence[str | None] | None = None
) -> list[CodedTurn]:
    """Code many turns, in order; ``contexts[i]`` is the counterpart's turn before ``texts[i]``."""
    items = list(texts)
    before = list(contexts) if contexts is not None else [None] * len(items)
    return [code_turn(text, context) for text, context in zip(items, before, strict=True)]


def _consistent(acts: list[Act], probabilities: dict[Act, float]) -> list[Act]:
    """The codebook's conventions applied to the acts over their thresholds."""
    found = set(acts)
    if Act.SUMMARY in found:
        found.discard(Act.REFLECTION)
    if len(found) > 1:
        found.discard(Act.OTHER)
    if not found:
        found = {_fallback(probabilities)}
    return [act for act in Act if act in found]


def _fallback(probabilities: dict[Act, float]) -> Act:
    """The likeliest act, for a turn none of whose acts passed; a judgment the model gives
    less than JUDGMENT_FALLBACK_FLOOR gives way to the next likeliest act."""
    ranked = sorted(probabilities, key=probabilities.__getitem__, reverse=True)
    if ranked[0] is Act.JUDGMENT and probabilities[Act.JUDGMENT] < JUDGMENT_FALLBACK_FLOOR:
        return ranked[1]
    return ranked[0]


def _blame_kept(acts: list[Act], features: Features) -> list[Act]:
    """A turn in one of the codebook's blaming forms ("You always...", "That was careless",
    "Did you even read it?") is a judgment even where the model, which weighs every word,
    is outvoted by polite or warm words around it; it is then not also praise."""
    if Act.JUDGMENT in acts or "tab:judgment" not in features:
        return acts
    found = (set(acts) - {Act.AFFIRMATION, Act.OTHER}) | {Act.JUDGMENT}
    return [act for act in Act if act in found]


def _surface(text: str, acts: Sequence[Act]) -> TurnFeatures:
    """Words, questions asked, and whether they were stacked (coach/coder/questions.py).

    The check at the end of a summary ("Have I got that right?") asks for confirmation, not
    for something new, so a summary is never counted as stacked questions.
    """
    asked = questions(text)
    return TurnFeatures(
        words=len(_WORD.findall(text)),
        questions=len(asked),
        stacked_questions=stacked(asked) and Act.SUMMARY not in acts,
    )
