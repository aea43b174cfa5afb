"""Admins qualify the configured model from the Settings page: a short run in the background.

The run is the command line's ``coach eval qualify --short``, started as a separate process
so the web app never loads the evaluation sets; it writes its progress to a log and its
report, named by date and model, to the data folder, where earlier reports stay for
comparing models over time.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

from coach.errors import CoachError
from coach.people.models import Viewer
from coach.people.roles import require_admin
from coach.settings import Settings

REPORTS_FOLDER = "qualifications"  # in the data folder; `coach eval qualify --save` writes here
LOG_NAME = "running.log"
_STEP = re.compile(r"\[qualify\] \[(\d+)/(\d+)\] (.*)")


@dataclass(frozen=True)
class RunProgress:
    running: bool
    done: int = 0
    total: int = 0
    message: str = ""
    error: str | None = None  # the last line of a run that ended without a report


@dataclass(frozen=True)
class ReportSummary:
    file: str
    date: str
    model: str
    server: str
    status: str
    short: bool
    checks: list[dict[str, Any]] = field(default_factory=list)


class QualificationRuns:
    """Starts the short qualification and reads its progress and reports (admins only)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._folder = settings.data_dir / REPORTS_FOLDER
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, viewer: Viewer, settings: Settings | None = None) -> RunProgress:
        """Qualify the model ``settings`` point at (the server's, by default)."""
        require_admin(viewer)
        if self._running():
            raise CoachError("A qualification is already running; wait for it to finish.")
        chosen = settings or self._settings
        if not chosen.use_llm:
            raise CoachError("No language model is configured, so there is nothing to qualify.")
        self._folder.mkdir(parents=True, exist_ok=True)
        with (self._folder / LOG_NAME).open("wb") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "coach", "eval", "qualify", "--short", "--save", "--json"],
                stdout=subprocess.DEVNULL,
                stderr=log,
                env=_environment(chosen),
            )
        return RunProgress(running=True)

    def progress(self, viewer: Viewer) -> RunProgress:
        require_admin(viewer)
        lines = self._log_lines()
        steps = [m for m in map(_STEP.match, lines) if m]
        last = steps[-1] if steps else None
        done, total = (int(last[1]), int(last[2])) if last else (0, 0)
        running = self._running()
        ended = self._process.returncode if self._process and not running else None
        failed = ended not in (None, 0, 1)  # 1 is a model that failed qualification
        error = lines[-1] if failed and lines else None
        return RunProgress(running, done, total, last[3] if last else "", error)

    def reports(self, viewer: Viewer) -> list[ReportSummary]:
        """Every kept report, newest first."""
        require_admin(viewer)
        found = []
        for path in sorted(self._folder.glob("*.json"), reverse=True):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                found.append(_summary(path.name, data))
            except (OSError, ValueError, KeyError):
                continue  # a report being written, or not one of ours
        return found

    def _running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _log_lines(self) -> list[str]:
        try:
            text = (self._folder / LOG_NAME).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        return [line for line in text.splitlines() if line.strip()]


def _summary(name: str, data: dict[str, Any]) -> ReportSummary:
    return ReportSummary(
        file=name,
        date=str(data["date"]),
        model=str(data["model"]),
        server=str(data["server"]),
        status=str(data["status"]),
        short=bool(data["short"]),
        checks=list(data["checks"]),
    )


def _environment(settings: Settings) -> dict[str, str]:
    """The process's environment with the model the settings point at (the key stays unlogged)."""
    env = dict(os.environ)
    env.update(
        COACH_DATA_DIR=str(settings.data_dir),
        COACH_LLM=settings.llm.value,
        COACH_MODEL=settings.model,
    )
    if settings.openai_base_url:
        env["OPENAI_BASE_URL"] = settings.openai_base_url
    if settings.openai_api_key is not None:
        env["OPENAI_API_KEY"] = settings.openai_api_key.get_secret_value()
    return env
