"""What the learner did well, with quotes (pure).

Candidates are tried in order of how much they say about listening; the first three that
apply are kept. The last one (staying in the conversation) always applies, so even a poor
session gets one real, evidenced strength.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from coach.critique.evidence import evidence_for, longest_sentence
from coach.critique.facts import CritiqueFacts
from coach.critique.models import Evidence, Strength
from coach.critique.wording import CritiqueWording, render
from coach.models import Act

MAX_STRENGTHS = 3
EVIDENCE_LIMIT = 2
# Acts that earn a counterpart's trust: what a disclosure-earning turn is quoted for.
TRUST_ACTS = (
    Act.REFLECTION,
    Act.SUMMARY,
    Act.OPEN_QUESTION,
    Act.AFFIRMATION,
    Act.APOLOGY,
    Act.SELF_DISCLOSURE,
    Act.I_STATEMENT,
)


@dataclass(frozen=True)
class Found:
    """A strength that applies: its id in the wording, the turns it rests on, the quotes."""

    id: str
    turns: list[int]
    evidence: list[Evidence]


Finder = Callable[[CritiqueFacts], Found | None]


def find_strengths(
    facts: CritiqueFacts, wording: CritiqueWording, avoid: Collection[int] = ()
) -> list[Strength]:
    """Up to three strengths, each with verbatim evidence; never none.

    A turn in ``avoid`` (one a growth area asks to rewrite) is never praised as well: a
    strength left with no quote from other turns is left out, so the debrief does not
    contradict itself. The last finder always applies, so there is still at least one.
    """
    found = [f for f in (finder(facts) for finder in FINDERS) if f is not None]
    kept = [_without(f, avoid) for f in found]
    usable = [f for f in kept if f.evidence] or found[-1:]
    return [_strength(f, facts, wording) for f in usable[:MAX_STRENGTHS]]


def _without(found: Found, avoid: Collection[int]) -> Found:
    """The strength without quotes from turns in ``avoid`` (its counts stay whole)."""
    return Found(found.id, found.turns, [e for e in found.evidence if e.turn not in avoid])


def _strength(found: Found, facts: CritiqueFacts, wording: CritiqueWording) -> Strength:
    text = wording.strength(found.id)
    values = facts.values(found.turns)
    name = f"strengths.{found.id}"
    return Strength(
        title=render(text.title, values, name),
        detail=render(text.detail, values, name),
        evidence=found.evidence,
    )


def _by_act(strength_id: str, act: Act, at_least: int) -> Finder:
    def find(facts: CritiqueFacts) -> Found | None:
        turns = facts.session.turns_with(act)
        if len(turns) < at_least:
            return None
        return Found(strength_id, turns, evidence_for(facts.session, turns, [act], EVIDENCE_LIMIT))

    return find


def _open_questions(facts: CritiqueFacts) -> Found | None:
    percent = facts.metrics.percent_open_questions or 0
    found = _by_act("open-questions", Act.OPEN_QUESTION, at_least=2)(facts)
    return found if found and percent >= 50 else None


def _disclosures(facts: CritiqueFacts) -> Found | None:
    turns = sorted({c.turn for c in facts.outcome.uncovered if c.turn is not None})
    if not turns:
        return None
    return Found(
        "disclosures", turns, evidence_for(facts.session, turns, TRUST_ACTS, EVIDENCE_LIMIT)
    )


def _patient_advice(facts: CritiqueFacts) -> Found | None:
    turns = facts.session.turns_with(Act.ADVICE)
    if not turns or facts.metrics.premature_advice:
        return None
    return Found("patient-advice", turns, evidence_for(facts.session, turns, [Act.ADVICE], 1))


def _ownership(facts: CritiqueFacts) -> Found | None:
    acts = (Act.I_STATEMENT, Act.APOLOGY)
    turns = facts.session.turns_with(*acts)
    if not turns:
        return None
    return Found("ownership", turns, evidence_for(facts.session, turns, acts, EVIDENCE_LIMIT))


def _asked_questions(facts: CritiqueFacts) -> Found | None:
    acts = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
    turns = facts.session.turns_with(*acts)
    if not turns:
        return None
    return Found("asked-questions", turns, evidence_for(facts.session, turns, acts, EVIDENCE_LIMIT))


def _stayed(facts: CritiqueFacts) -> Found:
    turns = facts.session.learner_turns
    return Found("stayed", turns, [longest_sentence(facts.session, turns[-1])])


FINDERS: tuple[Finder, ...] = (
    _open_questions,
    _by_act("reflections", Act.REFLECTION, at_least=2),
    _by_act("summary", Act.SUMMARY, at_least=1),
    _disclosures,
    _by_act("affirmation", Act.AFFIRMATION, at_least=1),
    _patient_advice,
    _ownership,
    _asked_questions,
    _stayed,
)
