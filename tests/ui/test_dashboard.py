"""The cohort dashboard through AppTest: numbers, attention, CSV, shared transcripts only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.models import Difficulty, Speaker
from coach.people.models import Role, Viewer
from coach.services import CoachServices
from tests.staff_app import isolate, open_page, person, signed_in, texts
from tests.ui_session import chart_values

SCENARIO = "giving-feedback"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def _finished(
    services: CoachServices, user_id: int, words: str, overall: int, shared: bool
) -> None:
    repo = services.repository
    session_id = repo.create_session(user_id, SCENARIO, Difficulty.STANDARD, "offline")
    repo.add_turn(session_id, Speaker.LEARNER, words)
    repo.end_session(session_id)
    metrics = {"percent_open_questions": 60.0, "reflection_to_question_ratio": 0.5}
    repo.save_critique(session_id, "offline", overall, {"metrics": metrics})
    if shared:
        learner = Viewer(id=user_id, username="any", role=Role.LEARNER)
        services.learner_data.set_shared(learner, session_id, True)


def test_dashboard_shows_work_and_only_shared_transcripts() -> None:
    services = CoachServices()
    ann = person(services, "ann", Role.TRAINER)
    lin, max_ = person(services, "lin"), person(services, "max")
    ora = person(services, "ora")
    cohorts = services.cohorts
    cohort = cohorts.create_cohort(ann, "Spring")
    for learner in (lin, max_, ora):
        cohorts.add_learner(ann, cohort.id, learner.username)
        cohorts.accept(learner, cohort.id)
    due = datetime.now(UTC) + timedelta(days=2)
    cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.STANDARD, due)
    _finished(services, lin.id, "Lin's shared words, what matters to you?", 82, shared=True)
    _finished(services, max_.id, "Max's private words, tell me more?", 35, shared=False)
    at = open_page(signed_in("ann"), "dashboard.py")
    assert not at.exception
    assert [m.label for m in at.metric][:2] == ["Completed", "Average score"]
    assert at.metric[0].value == "2 / 3" and at.metric[1].value == "58"
    assert "low overall score (35)" in texts(at)
    histogram, trend = chart_values(at)
    assert sorted(row["overall"] for row in histogram) == [35, 82]
    assert [row["value"] for row in trend] == [58.5]
    assert at.get("download_button")
    title = services.scenarios.get(SCENARIO).title
    assert [e.label for e in at.expander] == [f"lin · {title} · transcript shared with you"]
    shown = texts(at)
    assert "Lin's shared words" in shown and "Max's private words" not in shown
