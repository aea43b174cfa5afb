"""Dashboard numbers from assigned work: completion, averages, trend, attention, CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from coach.models import Difficulty
from coach.people.cohort_models import AssignedWork, AssignmentRow, Status
from coach.people.cohort_stats import averages, completion, needs_attention, trend, work_csv

NOW = datetime(2030, 6, 10, 12, 0, tzinfo=UTC)
ROW = AssignmentRow(
    id=7,
    cohort_id=1,
    cohort_name="Spring",
    scenario_id="giving-feedback",
    difficulty=Difficulty.HARD,
    due_at=NOW - timedelta(days=3),
    created_at=NOW - timedelta(days=10),
)


def _work(name: str, status: Status, overall: int | None = None, day: int = 0) -> AssignedWork:
    ended = NOW - timedelta(days=5 - day) if status is Status.DONE else None
    return AssignedWork(
        learner_id=hash(name) % 1000,
        username=name,
        assignment=ROW,
        status=status,
        session_id=1 if status is not Status.NOT_STARTED else None,
        ended_at=ended,
        overall=overall,
        percent_open_questions=None if overall is None else overall / 2,
        reflection_to_question_ratio=None if overall is None else 0.5,
    )


WORK = [
    _work("ada", Status.DONE, 80, day=0),
    _work("bo", Status.DONE, 40, day=1),
    _work("cy", Status.IN_PROGRESS),
    _work("di", Status.NOT_STARTED),
]


def test_completion_counts_done_and_started() -> None:
    (only,) = completion(WORK)
    assert (only.done, only.started, only.total, only.share) == (2, 1, 4, 0.5)


def test_averages_and_trend_use_scored_work_only() -> None:
    result = averages(WORK)
    assert (result.overall, result.percent_open_questions, result.sessions) == (60.0, 30.0, 2)
    points = trend(WORK)
    assert [p.overall for p in points] == [80.0, 40.0]
    assert points[0].day < points[1].day


def test_attention_lists_overdue_and_low_scores() -> None:
    found = {
        a.username: a.reason for a in needs_attention(WORK, NOW, {ROW.scenario_id: "Feedback"})
    }
    assert set(found) == {"bo", "cy", "di"}
    assert found["bo"] == "Feedback: low overall score (40)"
    assert found["di"] == "Feedback: overdue by 3 days, not started"
    before_due = needs_attention(WORK, ROW.created_at)
    assert [a.username for a in before_due] == ["bo"]


def test_csv_has_one_row_per_learner_and_assignment() -> None:
    rows = list(csv.DictReader(io.StringIO(work_csv(WORK, {ROW.scenario_id: "Feedback"}))))
    assert [r["learner"] for r in rows] == ["ada", "bo", "cy", "di"]
    assert rows[0]["scenario"] == "Feedback" and rows[0]["overall"] == "80"
    assert rows[3]["status"] == "not started" and rows[3]["overall"] == ""
