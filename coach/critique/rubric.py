"""Score each of a scenario's rubric items 0-4 from its act signals and the metrics (pure).

For an item with positive acts P and negative acts N:

- credit (0-1): each act in P earns min(1, turns with it / its target), where the target
  is two turns or a quarter of the learner's turns for the frequent moves (open questions,
  reflections, information) and one turn for the rest; the item's credit is the sum over
  P divided by min(2, len(P)), capped at 1, so two well-used acts earn full credit.
- penalties in score points, for each act in N: judgment 1.5 per turn; advice 1 per
  premature-advice turn and 0.25 per later one; closed questions 0.5 per closed turn beyond
  the open ones plus 0.5 per stacked-question turn; any other act 0.5 per turn in which it
  appears without a positive act of the item. Each act's penalty is capped at 3.
- metric adjustments: with reflection in P, +0.5 for a good reflection-to-question band and
  -0.5 for poor or n/a; with open questions in P, +0.5 when at least 60% of questions were
  open and -0.5 when under 40%.

score = round(4 * credit - penalties + adjustments), kept in 1..4 when the learner made
any of the positive moves and in 0..1 when they made none. Overall = weighted mean of the
scores / 4 * 100, rounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from coach.critique.evidence import CodedSession, evidence_for
from coach.critique.models import Evidence, Metrics, RubricScore
from coach.models import Act
from coach.scenarios.models import RubricItem, Scenario

FREQUENT_ACTS = frozenset({Act.OPEN_QUESTION, Act.REFLECTION, Act.INFORMATION})
FREQUENT_SHARE = 0.25
JUDGMENT_PENALTY = 1.5
PREMATURE_ADVICE_PENALTY = 1.0
LATER_ADVICE_PENALTY = 0.25
CLOSED_PENALTY = 0.5
STACKED_PENALTY = 0.5
OTHER_PENALTY = 0.5
MAX_ACT_PENALTY = 3.0
METRIC_NUDGE = 0.5
MAX_SCORE = 4
EVIDENCE_PER_SIDE = 2


def score_rubric(scenario: Scenario, session: CodedSession, metrics: Metrics) -> list[RubricScore]:
    """A score with rationale and verbatim evidence for every rubric item, in file order."""
    return [score_item(item, session, metrics) for item in scenario.rubric]


def score_item(item: RubricItem, session: CodedSession, metrics: Metrics) -> RubricScore:
    """One item's score (see the module docstring for the formula)."""
    positive, negative = item.signals.positive, item.signals.negative
    credit = positive_credit(positive, session)
    penalties = {act: act_penalty(act, positive, session, metrics) for act in negative}
    raw = MAX_SCORE * credit - sum(penalties.values()) + metric_adjustment(positive, metrics)
    # A move made at all earns a 1, whatever else happened; without it nothing above 1.
    floor, ceiling = (1, MAX_SCORE) if session.turns_with(*positive) else (0, 1)
    score = max(floor, min(ceiling, _round_half_up(raw)))
    return RubricScore(
        id=item.id,
        title=item.title,
        score=score,
        rationale=_rationale(positive, penalties, session),
        evidence=item_evidence(item, session, metrics),
    )


def overall_score(scenario: Scenario, scores: Sequence[RubricScore]) -> int:
    """Weighted mean of the item scores as 0-100."""
    weights = {item.id: item.weight for item in scenario.rubric}
    total = sum(weights[s.id] for s in scores)
    if not total:
        return 0
    mean = sum(weights[s.id] * s.score for s in scores) / total
    return _round_half_up(mean / MAX_SCORE * 100)


def positive_credit(positive: Sequence[Act], session: CodedSession) -> float:
    """0-1: how fully the learner used the item's positive acts."""
    if not positive:
        return 0.0
    turns = len(session.learner_turns)
    earned = sum(min(1.0, len(session.turns_with(act)) / _target(act, turns)) for act in positive)
    return min(1.0, earned / min(2, len(positive)))


def act_penalty(
    act: Act, positive: Sequence[Act], session: CodedSession, metrics: Metrics
) -> float:
    """Score points one negative act costs this item."""
    if act is Act.JUDGMENT:
        penalty = JUDGMENT_PENALTY * metrics.judgments
    elif act is Act.ADVICE:
        later = len(session.turns_with(Act.ADVICE)) - metrics.premature_advice
        penalty = PREMATURE_ADVICE_PENALTY * metrics.premature_advice + LATER_ADVICE_PENALTY * later
    elif act is Act.CLOSED_QUESTION:
        excess = max(0, metrics.closed_questions - metrics.open_questions)
        penalty = CLOSED_PENALTY * excess + STACKED_PENALTY * metrics.stacked_questions
    else:
        penalty = OTHER_PENALTY * len(_unbalanced_turns(act, positive, session))
    return min(MAX_ACT_PENALTY, penalty)


def metric_adjustment(positive: Sequence[Act], metrics: Metrics) -> float:
    """Nudges from the reflection-to-question band and the share of open questions."""
    nudge = 0.0
    if Act.REFLECTION in positive:
        band = metrics.reflection_to_question_band
        nudge += METRIC_NUDGE if band == "good" else -METRIC_NUDGE if band in ("poor", "n/a") else 0
    percent = metrics.percent_open_questions
    if Act.OPEN_QUESTION in positive and percent is not None:
        nudge += METRIC_NUDGE if percent >= 60 else -METRIC_NUDGE if percent < 40 else 0
    return nudge


def item_evidence(item: RubricItem, session: CodedSession, metrics: Metrics) -> list[Evidence]:
    """Quotes for the item's positive acts, then for the negative acts it was marked down for."""
    positive = item.signals.positive
    found = evidence_for(session, session.turns_with(*positive), positive, EVIDENCE_PER_SIDE)
    against: list[Evidence] = []
    for act in item.signals.negative:
        turns = [t for t in penalised_turns(act, positive, session, metrics) if t not in
                 {e.turn for e in found + against}]  # fmt: skip
        against += evidence_for(session, turns, [act], EVIDENCE_PER_SIDE - len(against))
    return sorted(found + against, key=lambda e: e.turn)


def penalised_turns(
    act: Act, positive: Sequence[Act], session: CodedSession, metrics: Metrics
) -> list[int]:
    """The learner turns a negative act was held against an item for."""
    if act is Act.ADVICE:
        return list(metrics.premature_advice_turns)
    if act is Act.CLOSED_QUESTION:
        excess = metrics.closed_questions > metrics.open_questions or metrics.stacked_questions
        return session.turns_with(act) if excess else []
    if act is Act.JUDGMENT:
        return session.turns_with(act)
    return _unbalanced_turns(act, positive, session)


def _unbalanced_turns(act: Act, positive: Sequence[Act], session: CodedSession) -> list[int]:
    return [t for t in session.turns_with(act) if not session.coding(t).has(*positive)]


def _target(act: Act, turns: int) -> float:
    if act in FREQUENT_ACTS:
        return max(2.0, FREQUENT_SHARE * turns)
    return 1.0


ACT_LABELS: dict[Act, str] = {
    Act.OPEN_QUESTION: "open questions",
    Act.CLOSED_QUESTION: "closed questions",
    Act.REFLECTION: "reflections",
    Act.SUMMARY: "summaries",
    Act.AFFIRMATION: "affirmations",
    Act.ADVICE: "advice",
    Act.INFORMATION: "information",
    Act.SELF_DISCLOSURE: "sharing your own experience",
    Act.JUDGMENT: "judgments",
    Act.I_STATEMENT: "I-statements",
    Act.REQUEST: "clear requests",
    Act.APOLOGY: "apologies",
    Act.STOCK_PHRASE: "stock phrases",
    Act.OTHER: "other remarks",
}


def _rationale(positive: Sequence[Act], penalties: dict[Act, float], session: CodedSession) -> str:
    """One plain sentence: which moves counted, how often, and what counted against."""
    total = len(session.learner_turns)
    if positive:
        names = _listing([ACT_LABELS[a] for a in positive])
        used = len(session.turns_with(*positive))
        sentence = f"What counts here ({names}) came in {used} of your {total} turns"
    else:
        sentence = f"Judged on the whole conversation ({total} turns)"
    against = [ACT_LABELS[a] for a, p in penalties.items() if p]
    if against:
        sentence += f"; {_listing(against)} counted against it"
    return sentence + "."


def _listing(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _round_half_up(value: float) -> int:
    # round() sends halves to even (2.5 -> 2); a score of 2.5 should read as 3.
    return math.floor(value + 0.5 + 1e-9)
