"""A learner's progress: their critiqued sessions as points over time (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from coach.critique.models import Critique
from coach.models import SessionRecord

# The metrics charted over time: field of ProgressPoint -> how the chart names it.
CHARTED = {
    "overall": "Overall score",
    "percent_open_questions": "Open questions (%)",
    "reflection_to_question_ratio": "Reflections per question",
}
# Charted only for sessions with spoken turns (coach.voice.delivery).
DELIVERY_CHARTED = {
    "words_per_minute": "Words a minute (spoken)",
    "fillers_per_minute": "Filler words a minute (spoken)",
}


class ProgressPoint(BaseModel):
    """One critiqued session: when, which scenario, and its headline numbers."""

    session_id: int
    scenario_id: str
    started_at: datetime
    difficulty: str
    overall: int
    percent_open_questions: float | None
    reflection_to_question_ratio: float | None
    reflection_to_question_band: str
    words_per_minute: float | None = None
    fillers_per_minute: float | None = None


class ProgressSummary(BaseModel):
    """The headline of a run of sessions."""

    sessions: int
    latest_overall: int | None
    best_overall: int | None
    change: int | None  # latest overall minus the first one; None with fewer than two


def progress_points(
    records: Sequence[SessionRecord], critiques: Mapping[int, Critique]
) -> list[ProgressPoint]:
    """The critiqued sessions among ``records``, oldest first (uncritiqued ones are skipped)."""
    points = [_point(r, critiques[r.id]) for r in records if r.id in critiques]
    return sorted(points, key=lambda p: (p.started_at, p.session_id))


def for_scenario(points: Sequence[ProgressPoint], scenario_id: str | None) -> list[ProgressPoint]:
    """The points of one scenario, or all of them when ``scenario_id`` is None."""
    return [p for p in points if scenario_id is None or p.scenario_id == scenario_id]


def practised_scenarios(points: Sequence[ProgressPoint]) -> list[str]:
    """The scenario ids practised, in the order first practised."""
    return list(dict.fromkeys(p.scenario_id for p in points))


def summarise(points: Sequence[ProgressPoint]) -> ProgressSummary:
    """How many sessions, the latest and best score, and the change since the first."""
    if not points:
        return ProgressSummary(sessions=0, latest_overall=None, best_overall=None, change=None)
    first, latest = points[0].overall, points[-1].overall
    return ProgressSummary(
        sessions=len(points),
        latest_overall=latest,
        best_overall=max(p.overall for p in points),
        change=latest - first if len(points) > 1 else None,
    )


def chart_rows(points: Sequence[ProgressPoint], titles: Mapping[str, str]) -> list[dict[str, Any]]:
    """Long-form chart rows, one per session and metric (metrics without a value left out)."""
    rows = []
    for number, point in enumerate(points, start=1):
        for field, metric in (CHARTED | DELIVERY_CHARTED).items():
            value = getattr(point, field)
            if value is not None:
                rows.append(_row(point, number, metric, value, titles))
    return rows


def _row(
    point: ProgressPoint, number: int, metric: str, value: float, titles: Mapping[str, str]
) -> dict[str, Any]:
    return {
        "session": number,
        "date": point.started_at.strftime("%d %b %Y, %H:%M"),
        "scenario": titles.get(point.scenario_id, point.scenario_id),
        "metric": metric,
        "value": float(value),
    }


def _point(record: SessionRecord, critique: Critique) -> ProgressPoint:
    m = critique.metrics
    spoken = critique.delivery.measures if critique.delivery else None
    return ProgressPoint(
        session_id=record.id,
        scenario_id=record.scenario_id,
        started_at=record.started_at,
        difficulty=record.difficulty.value,
        overall=critique.overall,
        percent_open_questions=m.percent_open_questions,
        reflection_to_question_ratio=m.reflection_to_question_ratio,
        reflection_to_question_band=m.reflection_to_question_band,
        words_per_minute=spoken.words_per_minute if spoken else None,
        fillers_per_minute=spoken.fillers_per_minute if spoken else None,
    )
