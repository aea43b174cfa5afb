"""Which growth areas apply to a conversation, and how much each one matters (pure).

Severities: judgment 3 + turns; premature advice 2.5 + turns; few reflections 2.5 (poor
or n/a band), 1.5 (fair band, fewer than two) or 0.5 (fair band); few open questions
2 + (50 - percent) / 25 when under half of the questions were open (or none were asked);
stacked questions 1 + 0.5 per turn; missed concerns 1 + 2 * share missed; no summary 1.5
(0.75 under five turns); mostly simple reflections 1; going deeper 0.1 (always, so there
is always a next step). Up to three areas of severity 1 or more are kept, never fewer
than two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coach.critique.facts import CritiqueFacts
from coach.critique.metrics import reflection_depths
from coach.models import Act

MAX_AREAS = 3
MIN_AREAS = 2
MIN_SEVERITY = 1.0


@dataclass(frozen=True)
class Candidate:
    """A growth area that applies, how much it matters and the turns that show it."""

    id: str
    severity: float
    turns: list[int]


Detector = Callable[[CritiqueFacts], Candidate | None]


def growth_candidates(facts: CritiqueFacts) -> list[Candidate]:
    """Every area that applies, most severe first (ties keep the detectors' order)."""
    found = [c for c in (detect(facts) for detect in DETECTORS) if c is not None]
    return sorted(found, key=lambda c: -c.severity)


def select(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Up to three that matter (severity >= 1), and never fewer than two."""
    chosen = [c for c in candidates if c.severity >= MIN_SEVERITY][:MAX_AREAS]
    return chosen if len(chosen) >= MIN_AREAS else list(candidates[:MIN_AREAS])


def _judgment(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    return Candidate("judgment", 3 + m.judgments, m.judgment_turns) if m.judgments else None


def _premature_advice(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    if not m.premature_advice:
        return None
    return Candidate("premature-advice", 2.5 + m.premature_advice, m.premature_advice_turns)


def _few_reflections(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    questions = facts.session.turns_with(Act.OPEN_QUESTION, Act.CLOSED_QUESTION)
    if m.reflection_to_question_band in ("poor", "n/a"):
        return Candidate("few-reflections", 2.5, questions)
    if m.reflection_to_question_band != "fair":
        return None
    listening = m.reflections + m.act_counts.get(Act.SUMMARY.value, 0)
    return Candidate("few-reflections", 1.5 if listening < 2 else 0.5, questions)


def _few_open_questions(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    percent = m.percent_open_questions
    none_asked = not m.open_questions and m.learner_turns >= 3
    if not ((percent is not None and percent < 50) or none_asked):
        return None
    closed = facts.session.turns_with(Act.CLOSED_QUESTION)
    return Candidate("few-open-questions", 2 + (50 - (percent or 0)) / 25, closed)


def _stacked_questions(facts: CritiqueFacts) -> Candidate | None:
    session = facts.session
    stacked = [t for t in session.learner_turns if session.coding(t).features.stacked_questions]
    return Candidate("stacked-questions", 1 + 0.5 * len(stacked), stacked) if stacked else None


def _missed_concerns(facts: CritiqueFacts) -> Candidate | None:
    missed, uncovered = facts.outcome.missed, facts.outcome.uncovered
    if not missed:
        return None
    # The turns after which the counterpart trusted the learner less show where it went.
    drops = [s.turn for s in facts.replay.steps if s.update.trust_delta < 0]
    return Candidate("missed-concerns", 1 + 2 * len(missed) / (len(missed) + len(uncovered)), drops)


def _no_summary(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    if m.act_counts.get(Act.SUMMARY.value):
        return None
    return Candidate("no-summary", 1.5 if m.learner_turns >= 5 else 0.75, [])


def _simple_reflections(facts: CritiqueFacts) -> Candidate | None:
    m = facts.metrics
    share = m.complex_reflection_share
    if share is None or share >= 0.5 or m.reflections < 2:
        return None
    simple = [t for t, d in reflection_depths(facts.session).items() if d == "simple"]
    return Candidate("simple-reflections", 1.0, simple)


def _deepen(facts: CritiqueFacts) -> Candidate:
    return Candidate("deepen", 0.1, facts.session.turns_with(Act.REFLECTION))


DETECTORS: tuple[Detector, ...] = (
    _judgment,
    _premature_advice,
    _few_reflections,
    _few_open_questions,
    _stacked_questions,
    _missed_concerns,
    _no_summary,
    _simple_reflections,
    _deepen,
)
