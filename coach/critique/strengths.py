"""What the learner did well, with quotes (pure).

A strength is evidence a detector found for one of the scenario's rubric items (its best
evidence first), or the concerns the counterpart came to share. No strength quotes a turn the
critique asks the learner to rewrite.
"""

from __future__ import annotations

from collections.abc import Collection

from coach.critique.evidence import longest_sentence
from coach.critique.facts import CritiqueFacts
from coach.critique.models import Strength
from coach.critique.wording import CritiqueWording, render
from coach.scenarios.models import EvidenceKind

MOST = 3
QUOTES = 2


def find_strengths(
    facts: CritiqueFacts, wording: CritiqueWording, avoid: Collection[int] = ()
) -> list[Strength]:
    """Up to three strengths, the evidence of the heaviest rubric items first."""
    found: list[Strength] = []
    for kind in _kinds_by_weight(facts):
        turns = [t for t in facts.found.get(kind, []) if t not in avoid]
        if turns and kind.value in wording.strengths:
            found.append(_strength(kind.value, turns, facts, wording))
    if facts.outcome.uncovered and not facts.outcome.estimated:
        found.append(_strength("disclosures", [], facts, wording))
    return found[:MOST]


def _kinds_by_weight(facts: CritiqueFacts) -> list[EvidenceKind]:
    weight: dict[EvidenceKind, float] = {}
    for item in facts.scenario.rubric:
        for kind in item.evidence:
            weight[kind] = weight.get(kind, 0.0) + item.weight
    return sorted(weight, key=lambda k: -weight[k])


def _strength(
    strength_id: str, turns: list[int], facts: CritiqueFacts, wording: CritiqueWording
) -> Strength:
    text = wording.strength(strength_id)
    values = facts.values(turns)
    name = f"strengths.{strength_id}"
    return Strength(
        title=render(text.title, values, name),
        detail=render(text.detail, values, name),
        evidence=[longest_sentence(facts.session, t) for t in turns[:QUOTES]],
    )
