"""Figures the reliability suite reports: each test writes its own, the summary adds them up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.paths import REPO

FIGURES = REPO / "test-artifacts" / "reliability"


def record(name: str, **figures: Any) -> None:
    """Keep ``figures`` under ``name`` for the summary printed at the end of the run."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    (FIGURES / f"{name}.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def collected() -> dict[str, dict[str, Any]]:
    """Every recorded set of figures, by name."""
    if not FIGURES.is_dir():
        return {}
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIGURES.glob("*.json"))
    }


def clear() -> None:
    for path in FIGURES.glob("*.json") if FIGURES.is_dir() else ():
        Path(path).unlink()
