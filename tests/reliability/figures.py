"""The figures a reliability test reports: one line on the terminal and one JSON file each.

A later summary collects them from the lines (``reliability NAME: ...``) or from
``test-artifacts/reliability/NAME.json``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import pytest

from tests.paths import REPO

ARTIFACTS = REPO / "test-artifacts" / "reliability"


@dataclass(frozen=True)
class Figures:
    """What a run of simulated learners left in the database."""

    name: str
    learners: int
    sessions_completed: int
    turns_expected: int
    turns_stored: int
    tracebacks: int
    seconds: float

    @property
    def turns_lost(self) -> int:
        return self.turns_expected - self.turns_stored

    def line(self) -> str:
        return (
            f"reliability {self.name}: sessions completed {self.sessions_completed}/"
            f"{self.learners}, turns stored {self.turns_stored}/{self.turns_expected}, "
            f"turns lost {self.turns_lost}, tracebacks {self.tracebacks} ({self.seconds:.1f} s)"
        )


def report(figures: Figures, capsys: pytest.CaptureFixture[str]) -> None:
    """Print the figures' line past pytest's capture and write them as JSON."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    data = {**asdict(figures), "turns_lost": figures.turns_lost}
    (ARTIFACTS / f"{figures.name}.json").write_text(json.dumps(data, indent=2) + "\n")
    with capsys.disabled():
        print(f"\n{figures.line()}")
