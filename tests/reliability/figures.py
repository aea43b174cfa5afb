"""Figures the reliability suite reports: each test writes its own JSON file in
``test-artifacts/reliability/``, and the summary at the end of the run adds them up."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.paths import REPO

ARTIFACTS = REPO / "test-artifacts" / "reliability"


def record(name: str, **figures: Any) -> None:
    """Keep ``figures`` under ``name`` for the summary printed at the end of the run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def collected() -> dict[str, dict[str, Any]]:
    """Every recorded set of figures, by name."""
    if not ARTIFACTS.is_dir():
        return {}
    found = sorted(ARTIFACTS.glob("*.json"))
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in found}


def summed(found: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """The numeric figures added up per kind of test (the name up to its first "-")."""
    groups: dict[str, dict[str, float]] = {}
    for name, values in found.items():
        group = groups.setdefault(name.split("-")[0], {"cases": 0})
        group["cases"] += 1
        for key, value in values.items():
            if isinstance(value, int | float) and not isinstance(value, bool) and key != "seconds":
                group[key] = group.get(key, 0) + value
    return groups


def clear() -> None:
    for path in ARTIFACTS.glob("*.json") if ARTIFACTS.is_dir() else ():
        Path(path).unlink()


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
