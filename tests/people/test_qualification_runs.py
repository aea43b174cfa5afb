"""Qualifying a model from Settings: a real `coach eval qualify --short` in the background,
its progress read from the log, its report kept for later (admins only)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from coach.errors import CoachError
from coach.people.models import Role, Viewer
from coach.people.qualification_runs import QualificationRuns
from coach.people.roles import AccessError
from tests.evals import model_standins
from tests.openai_stub import OpenAIStub
from tests.reliability.llm_figures import llm_settings

ADMIN = Viewer(id=1, username="root", role=Role.ADMIN)
TRAINER = Viewer(id=2, username="tess", role=Role.TRAINER)


def test_a_short_run_in_the_background_reports_progress_and_keeps_its_report(
    tmp_path: Path,
) -> None:
    with OpenAIStub(otherwise=model_standins.WELL_BEHAVED) as stub:
        settings = llm_settings(tmp_path / "data", stub.base_url)
        settings = settings.model_copy(update={"request_timeout": 10.0})
        runs = QualificationRuns(settings)
        assert runs.start(ADMIN).running
        with pytest.raises(CoachError, match="already running"):
            runs.start(ADMIN)
        seen = []
        deadline = time.monotonic() + 240
        while (progress := runs.progress(ADMIN)).running and time.monotonic() < deadline:
            seen.append(progress.done)
            time.sleep(0.5)
    assert not progress.running and progress.error is None
    assert progress.total > 0 and progress.done == progress.total
    assert seen == sorted(seen)  # the bar only moves forward
    [report] = runs.reports(ADMIN)
    assert (report.status, report.model, report.short) == ("pass", "stub-model", True)
    assert {c["part"] for c in report.checks} == {"counterpart", "critique"}


def test_only_admins_qualify_and_only_a_configured_model(tmp_path: Path) -> None:
    runs = QualificationRuns(llm_settings(tmp_path / "data", "http://127.0.0.1:9/v1"))
    for action in (runs.start, runs.progress, runs.reports):
        with pytest.raises(AccessError):
            action(TRAINER)
    offline = llm_settings(tmp_path / "data", "http://127.0.0.1:9/v1").model_copy(
        update={"llm": "offline"}
    )
    with pytest.raises(CoachError, match="nothing to qualify"):
        QualificationRuns(offline).start(ADMIN)


def test_reports_are_listed_newest_first_and_strays_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "qualifications"
    folder.mkdir(parents=True)
    for date, status in (("2026-11-30", "fail"), ("2026-12-01", "pass")):
        report = {"date": date, "model": "m", "server": "s", "status": status, "short": True}
        (folder / f"{date}-m.json").write_text(json.dumps(report | {"checks": []}))
    (folder / "zz-half-written.json").write_text('{"date": ', encoding="utf-8")
    runs = QualificationRuns(llm_settings(tmp_path / "data", "http://127.0.0.1:9/v1"))
    assert [r.status for r in runs.reports(ADMIN)] == ["pass", "fail"]
