"""Score each rubric item 0-4 from the evidence its detectors found (pure).

For an item whose ``evidence`` names detectors D (coach/critique/detectors.py):

- credit (0-1): each detector earns min(1, turns it found / its target); the item's credit is
  the first detector's (the item's core: what the item is about) plus a quarter of the
  others', capped at 1. The core in full earns full credit; without it, the other kinds of
  evidence earn half at most (warmth alone does not make confidentiality clear).
- each flaw the item lists under ``against`` that is present (coach/critique/flaws.py) costs
  half its weight in points, at most 2 per flaw.

score = round(4 * credit - penalties), kept in 1..4: an item shown, however its flaws
undermine it, scores no lower than one never shown. An item no detector found evidence for
scores 1 (not shown yet), or 0 when a flaw it lists is present: it is a growth area, not a
pass; and so is one whose every turn of evidence carries a flaw it lists (a vague "Just tell
me what to say on Thursday" is no specific ask for naming a day). The quotes are the turns
the detectors found (and, after them, the turns of the flaws held against the item).

Overall (0-100) = 70% the weighted mean of the item scores + 30% the share of the counterpart's
hidden concerns that came out in its own lines (listening shows in what the other person tells
you), less 3.5 points per unit of weight of each flaw that no item lists under ``against`` (15
at most), so every flaw present costs something exactly once, and less a point for each point
of the learner's share of the words above 55% (20 at most): whoever does most of the talking
is not listening, however well the items read. And however many flaws, the overall is at
least a fifth of the counterpart's share of the words (14 when they said 70% of them): a
conversation in which they did much of the talking is not scored as one in which they were
talked at. Without counterpart lines, what came out is only an estimate and the share of the
words means nothing: the overall is then the items, less the flaws.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coach.critique.detectors import DETECTORS
from coach.critique.evidence import CodedSession, longest_sentence
from coach.critique.flaws import Flaw
from coach.critique.models import Evidence, PersonaOutcome, RubricScore
from coach.critique.wording import CritiqueWording
from coach.scenarios.models import EvidenceKind, FlawKind, RubricItem, Scenario

MAX_SCORE = 4
FLAW_SHARE = 0.5  # of a flaw's weight, in points, that an item listing it loses
MAX_FLAW_PENALTY = 2.0
NO_EVIDENCE_CEILING = 1
SHOWN_FLOOR = 1  # an item shown, however undermined, is not scored as never shown
OUTCOME_SHARE = 0.3  # of the overall that is what the counterpart opened up about
UNCOUNTED_FLAW_POINTS = 3.5  # overall points per unit of weight of a flaw no item counts
MAX_DEDUCTION = 15  # at most, so a poor conversation still ranks above a worse one
TALK_SHARE_LIMIT = 0.55  # of all the words; above it, the overall loses TALK_POINTS per point
TALK_POINTS = 1.0
MAX_TALK_DEDUCTION = 20
THEIR_SHARE_FLOOR = 0.2  # the overall is at least this times the counterpart's share of words
QUOTES = 2
OTHERS_SHARE = 0.25

Found = Mapping[EvidenceKind, list[int]]


def find_evidence(scenario: Scenario, session: CodedSession) -> dict[EvidenceKind, list[int]]:
    """The turns every detector the scenario's rubric names found, each run once."""
    kinds = {kind for item in scenario.rubric for kind in item.evidence}
    return {kind: DETECTORS[kind.value].find(session) for kind in sorted(kinds)}


def score_rubric(
    scenario: Scenario,
    session: CodedSession,
    found: Found,
    flaws: Sequence[Flaw],
    wording: CritiqueWording,
) -> list[RubricScore]:
    """A score with its rationale and quotes for every rubric item, in the file's order."""
    present = {flaw.kind: flaw for flaw in flaws}
    return [_score_item(item, session, found, present, wording) for item in scenario.rubric]


def _score_item(
    item: RubricItem,
    session: CodedSession,
    found: Found,
    flaws: Mapping[FlawKind, Flaw],
    wording: CritiqueWording,
) -> RubricScore:
    held = [flaws[kind] for kind in item.against if kind in flaws]
    undermined = {t for flaw in held for t in flaw.turns}
    seen = set(_evidence_turns(item, found))
    shown = seen - undermined
    undone = found if seen and not shown else None
    if not shown:  # nothing found, or every turn found undoes itself
        found = {}
    credit = item_credit(item, found)
    penalty = sum(min(MAX_FLAW_PENALTY, FLAW_SHARE * flaw.weight) for flaw in held)
    if shown:
        score = max(SHOWN_FLOOR, min(MAX_SCORE, _round_half_up(MAX_SCORE * credit - penalty)))
    else:
        score = 0 if held else NO_EVIDENCE_CEILING  # not shown yet, but nothing undermined it
    return RubricScore(
        id=item.id,
        title=item.title,
        score=score,
        rationale=wording.rubric_rationale(item, found, held, undone),
        evidence=_quotes(item, session, found, held),
    )


def item_credit(item: RubricItem, found: Found) -> float:
    """0-1: how fully the item's detectors found evidence; the first is the item's core."""
    earned = [
        min(1.0, len(found.get(kind, [])) / DETECTORS[kind.value].target) for kind in item.evidence
    ]
    return min(1.0, earned[0] + OTHERS_SHARE * sum(earned[1:]))


@dataclass(frozen=True)
class OverallTerms:
    """What the overall weighs besides the rubric items: the share of the counterpart's hidden
    concerns that came out (None when it is only an estimate, or there are none), the points
    lost to flaws that no rubric item counts against and to doing most of the talking, and the
    floor the counterpart's share of the words sets."""

    came_out: float | None = None
    deduction: float = 0.0
    talked_over: int = 0
    floor: int = 0  # the least the overall can be, from the counterpart's share of the words


def overall_terms(
    scenario: Scenario, outcome: PersonaOutcome, flaws: Sequence[Flaw], talk_share: float
) -> OverallTerms:
    """The outcome's share, the deduction for flaws the rubric does not already count and the
    one for the learner's ``talk_share`` (0-1, of all the words) above TALK_SHARE_LIMIT."""
    concerns = len(outcome.uncovered) + len(outcome.missed)
    came_out = None if outcome.estimated or not concerns else len(outcome.uncovered) / concerns
    counted = {kind for item in scenario.rubric for kind in item.against}
    deduction = sum(UNCOUNTED_FLAW_POINTS * f.weight for f in flaws if f.kind not in counted)
    if outcome.estimated:  # no counterpart lines: the share of the words means nothing
        return OverallTerms(came_out, min(MAX_DEDUCTION, deduction))
    floor = _round_half_up(THEIR_SHARE_FLOOR * 100 * (1 - talk_share))
    return OverallTerms(came_out, min(MAX_DEDUCTION, deduction), talk_deduction(talk_share), floor)


def talk_deduction(talk_share: float) -> int:
    """Whole points off the overall for a share of the words above TALK_SHARE_LIMIT."""
    over = max(0.0, talk_share - TALK_SHARE_LIMIT) * 100
    return min(MAX_TALK_DEDUCTION, _round_half_up(TALK_POINTS * over))


def overall_score(
    scenario: Scenario, scores: Sequence[RubricScore], terms: OverallTerms | None = None
) -> int:
    """0-100: the weighted mean of the item scores, blended with what came out (OUTCOME_SHARE),
    less the deductions for flaws no item counts and for doing most of the talking, and no
    lower than the floor the counterpart's share of the words sets."""
    weights = {item.id: item.weight for item in scenario.rubric}
    total = sum(weights[s.id] for s in scores)
    if not total:
        return 0
    mean = sum(weights[s.id] * s.score for s in scores) / total / MAX_SCORE * 100
    terms = terms or OverallTerms()
    if terms.came_out is not None:
        mean = (1 - OUTCOME_SHARE) * mean + OUTCOME_SHARE * 100 * terms.came_out
    measured = _round_half_up(mean - terms.deduction - terms.talked_over)
    return max(0, terms.floor, min(100, measured))


def _evidence_turns(item: RubricItem, found: Found) -> list[int]:
    return sorted({t for kind in item.evidence for t in found.get(kind, [])})


def _quotes(
    item: RubricItem, session: CodedSession, found: Found, held: Sequence[Flaw]
) -> list[Evidence]:
    """The detectors' turns first, then the turns of the flaws that lowered the item."""
    turns = _evidence_turns(item, found)[:QUOTES]
    against = [t for flaw in held for t in flaw.turns if t not in turns][:QUOTES]
    return [longest_sentence(session, t) for t in sorted(turns + against)]


def _round_half_up(value: float) -> int:
    # round() sends halves to even (2.5 -> 2); a score of 2.5 should read as 3.
    return math.floor(value + 0.5 + 1e-9)
