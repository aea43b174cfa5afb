"""``coach bench --load``: learners at once through the services, every turn counted back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.backends.sql.repository import SqlRepository
from coach.bench.conversation import LEARNER_LINES
from coach.bench.load import LEARNER_PREFIX, LoadPlan, learner_script, run_load
from coach.bench.load_report import load_table
from coach.cli.app import app
from coach.services import CoachServices
from coach.settings import Settings
from tests.chroma_server import ChromaServer, chroma_executable

PLAN = LoadPlan(learners=6, turns=3)
SAID_PER_LEARNER = 1 + 2 * PLAN.turns  # the opening line, then each turn and its reply


@pytest.fixture
def settings(offline_data_dir: Path) -> Settings:
    return Settings(data_dir=offline_data_dir)


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    executable = chroma_executable()
    if executable is None:
        pytest.skip("the `chroma` executable is missing; pip install -e '.[test]' installs it")
    with ChromaServer(executable, tmp_path_factory.mktemp("chroma") / "server") as server:
        yield server.url


def test_every_turn_is_said_stored_and_timed(settings: Settings) -> None:
    report = run_load(PLAN, settings)
    assert (report.errors, report.lost_turns) == (0, 0)
    assert report.turns_said == report.turns_stored == PLAN.learners * SAID_PER_LEARNER
    assert report.learner_turns == PLAN.learners * PLAN.turns
    assert report.turn_ms is not None and 0 < report.turn_ms.median <= report.turn_ms.p95
    assert report.turns_per_s > 0


def test_the_simulated_learners_sessions_are_removed_afterwards(settings: Settings) -> None:
    run_load(PLAN, settings)
    services = CoachServices(settings)
    for i in range(PLAN.learners):
        viewer = services.local_viewer(f"{LEARNER_PREFIX}{i + 1}")
        assert services.repository.list_sessions(viewer.id) == []


def test_a_turn_the_database_drops_is_counted_lost(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped = LEARNER_LINES[2]
    add_turn = SqlRepository.add_turn

    def forgetful(self, session_id, speaker, text, **columns):
        if text == dropped:
            return 0  # says it stored the turn, but did not
        return add_turn(self, session_id, speaker, text, **columns)

    monkeypatch.setattr(SqlRepository, "add_turn", forgetful)
    report = run_load(PLAN, settings)
    expected = sum(learner_script(i, PLAN.turns).count(dropped) for i in range(PLAN.learners))
    assert expected > 0 and report.lost_turns == expected and report.errors == 0


def test_a_failing_learner_is_an_error_and_the_others_finish(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    critique_session = CoachServices.critique_session

    def failing(self, viewer, session_id, *, offline=False):
        if viewer.username.endswith("-1"):
            raise RuntimeError("critique store unavailable")
        return critique_session(self, viewer, session_id, offline=offline)

    monkeypatch.setattr(CoachServices, "critique_session", failing)
    report = run_load(PLAN, settings)
    assert report.errors == 1 and report.lost_turns == 0
    assert report.error_kinds == {"RuntimeError: critique store unavailable": 1}
    assert "1 x RuntimeError: critique store unavailable" in load_table(report)


def test_the_load_runs_against_a_chroma_server(offline_data_dir: Path, chroma_url: str) -> None:
    report = run_load(PLAN, Settings(data_dir=offline_data_dir, chroma_url=chroma_url))
    assert report.guidance_store == chroma_url
    assert (report.errors, report.lost_turns) == (0, 0)


def test_cli_prints_the_table_or_json(offline_data_dir: Path) -> None:
    from coach.cli import commands  # noqa: F401  (registers the other commands)

    runner = CliRunner()
    shown = runner.invoke(app, ["bench", "--load", "3", "--turns", "2"])
    assert shown.exit_code == 0, shown.output
    assert "turn latency p50 / p95" in shown.stdout and "lost turns" in shown.stdout
    data = json.loads(runner.invoke(app, ["bench", "--load", "3", "--turns", "2", "--json"]).stdout)
    assert (data["learners"], data["learner_turns"], data["lost_turns"]) == (3, 6, 0)
    assert {"turns_per_s", "turn_ms", "errors", "turns_said", "turns_stored"} <= set(data)
