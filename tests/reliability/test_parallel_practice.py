"""Twenty ``coach practice`` processes at once on a fresh data folder lose nothing.

Each process migrates the new database, creates its learner, stores every turn, opens the
guidance store (the first one ingests the shipped corpus) and stores a critique; on SQLite all
of them share one file, on PostgreSQL one server (when COACH_TEST_POSTGRES_URL is set).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from coach.backends.sql.engine import create_engine_for
from coach.backends.sql.schema import Critique, PracticeSession, Turn, User
from coach.resources import shipped_dir
from tests.paths import TEST_DATA
from tests.reliability.figures import Figures, report

LEARNERS = 20
SCENARIOS = sorted(p.stem for p in shipped_dir("scenarios").glob("*.yaml"))
SCRIPTS = ("good_listener.txt", "poor_listener.txt")
POSTGRES_URL = os.environ.get("COACH_TEST_POSTGRES_URL", "")
STORED_TURNS = (
    select(User.username, Turn.speaker, Turn.text)
    .join(PracticeSession, PracticeSession.id == Turn.session_id)
    .join(User, User.id == PracticeSession.user_id)
    .order_by(PracticeSession.id, Turn.index)
)
CRITIQUED_SESSIONS = (
    select(User.username)
    .join(PracticeSession, PracticeSession.user_id == User.id)
    .where(PracticeSession.ended_at.is_not(None))
    .where(select(Critique.id).where(Critique.session_id == PracticeSession.id).exists())
)


def coach_command() -> list[str]:
    script = shutil.which("coach", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "coach"]


def learner_script(i: int) -> Path:
    return TEST_DATA / SCRIPTS[i % len(SCRIPTS)]


def script_lines(i: int) -> list[str]:
    return [line.strip() for line in learner_script(i).read_text().splitlines() if line.strip()]


def start_learner(i: int, env: dict[str, str]) -> subprocess.Popen[str]:
    command = [
        *coach_command(),
        "practice",
        SCENARIOS[i % len(SCENARIOS)],
        "--learner-script",
        str(learner_script(i)),
        "--offline",
        "--json",
        "--user",
        f"learner-{i}",
        "--seed",
        str(i),
    ]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def run_learners(data_dir: Path, database_url: str | None) -> tuple[list[Any], list[str], float]:
    """Start every learner at once: their JSON outputs ({} on failure), stderr and the time."""
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir), "COACH_LLM": "offline"}
    env.pop("COACH_CHROMA_URL", None)
    if database_url:
        env["COACH_DATABASE_URL"] = database_url
    else:
        env.pop("COACH_DATABASE_URL", None)
    started = time.monotonic()
    processes = [start_learner(i, env) for i in range(LEARNERS)]
    outputs, errors = [], []
    for process in processes:
        out, err = process.communicate(timeout=900)
        outputs.append(json.loads(out) if process.returncode == 0 else {})
        errors.append(err)
    return outputs, errors, time.monotonic() - started


def stored(database_url: str) -> tuple[dict[str, list[tuple[str, str]]], set[str]]:
    """Each learner's stored turns (speaker, text) in order; who has an ended, critiqued session."""
    engine = create_engine_for(database_url)
    turns: dict[str, list[tuple[str, str]]] = {}
    with engine.connect() as db:
        for username, speaker, said in db.execute(STORED_TURNS):
            turns.setdefault(username, []).append((speaker, said))
        completed = set(db.execute(CRITIQUED_SESSIONS).scalars())
    engine.dispose()
    return turns, completed


def check_run(
    name: str, data_dir: Path, database_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run the learners, report the figures, then require that nothing was lost."""
    outputs, errors, seconds = run_learners(data_dir, database_url)
    turns, completed = stored(database_url or f"sqlite:///{data_dir / 'coach.db'}")
    expected = [1 + 2 * len(script_lines(i)) for i in range(LEARNERS)]
    kept = [min(len(turns.get(f"learner-{i}", [])), expected[i]) for i in range(LEARNERS)]
    figures = Figures(
        name=name,
        learners=LEARNERS,
        sessions_completed=sum(
            bool(o.get("critique")) and f"learner-{i}" in completed for i, o in enumerate(outputs)
        ),
        turns_expected=sum(expected),
        turns_stored=sum(kept),
        tracebacks=sum("Traceback" in e for e in errors),
        seconds=seconds,
    )
    report(figures, capsys)
    assert [e for e in errors if e.strip()] == []
    assert (figures.sessions_completed, figures.turns_lost) == (LEARNERS, 0)
    for i, output in enumerate(outputs):
        learner = [said for speaker, said in turns[f"learner-{i}"] if speaker == "learner"]
        assert learner == script_lines(i)
        assert "Guidance library unavailable" not in " ".join(output["critique"]["notices"])
        assert any(area["guidance"] for area in output["critique"]["growth_areas"])


def test_twenty_processes_on_one_new_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_run("sqlite-20-processes", tmp_path / "data", None, capsys)


@pytest.mark.skipif(not POSTGRES_URL, reason="set COACH_TEST_POSTGRES_URL to test PostgreSQL")
def test_twenty_processes_on_one_new_postgres_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = create_engine_for(POSTGRES_URL)
    existing = MetaData()
    existing.reflect(engine)
    existing.drop_all(engine)  # a new database: every process finds it unmigrated
    engine.dispose()
    check_run("postgres-20-processes", tmp_path / "data", POSTGRES_URL, capsys)
