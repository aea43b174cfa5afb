"""Progress over a learner's critiqued sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coach.critique.progress import (
    chart_rows,
    for_scenario,
    practised_scenarios,
    progress_points,
    summarise,
)
from coach.models import Difficulty, SessionRecord
from tests.critique_samples import sample_critique

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _record(session_id: int, scenario: str, days: int) -> SessionRecord:
    return SessionRecord(
        id=session_id,
        user_id=1,
        scenario_id=scenario,
        difficulty=Difficulty.STANDARD,
        mode="offline",
        started_at=START + timedelta(days=days),
    )


RECORDS = [_record(3, "b", 2), _record(1, "a", 0), _record(2, "a", 1), _record(4, "a", 3)]
CRITIQUES = {
    1: sample_critique(overall=20, percent_open=25.0, ratio=0.5),
    2: sample_critique(overall=35, percent_open=None, ratio=None),
    3: sample_critique(overall=50, percent_open=60.0, ratio=1.5),
}


def test_points_are_oldest_first_and_skip_sessions_without_critique() -> None:
    points = progress_points(RECORDS, CRITIQUES)
    assert [p.session_id for p in points] == [1, 2, 3]
    assert [p.overall for p in points] == [20, 35, 50]
    assert points[2].reflection_to_question_ratio == 1.5


def test_filtering_by_scenario_and_listing_practised_ones() -> None:
    points = progress_points(RECORDS, CRITIQUES)
    assert [p.session_id for p in for_scenario(points, "a")] == [1, 2]
    assert for_scenario(points, None) == points
    assert practised_scenarios(points) == ["a", "b"]


def test_summary_reports_latest_best_and_change() -> None:
    summary = summarise(progress_points(RECORDS, CRITIQUES))
    assert (summary.sessions, summary.latest_overall, summary.best_overall) == (3, 50, 50)
    assert summary.change == 30
    one = summarise(progress_points(RECORDS, {1: CRITIQUES[1]}))
    assert one.change is None and one.latest_overall == 20
    assert summarise([]).sessions == 0


def test_chart_rows_are_long_form_and_leave_out_missing_values() -> None:
    rows = chart_rows(progress_points(RECORDS, CRITIQUES), {"a": "Scenario A"})
    second = [row for row in rows if row["session"] == 2]
    assert {row["metric"] for row in second} == {"Overall score"}  # its metrics were n/a
    first = {row["metric"]: row["value"] for row in rows if row["session"] == 1}
    assert first == {
        "Overall score": 20.0,
        "Open questions (%)": 25.0,
        "Reflections per question": 0.5,
    }
    assert {row["scenario"] for row in rows} == {"Scenario A", "b"}
