"""The load run's figures: throughput, turn latency, errors and lost turns, as a table or JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from coach.bench.stats import Stat, summarise
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.bench.load import LearnerRun, LoadPlan

MS = 1000.0


@dataclass(frozen=True)
class LoadReport:
    """What N learners at once did to the configured database and guidance store."""

    learners: int
    turns_per_learner: int
    database: str
    guidance_store: str
    seconds: float
    learner_turns: int  # learner turns answered (each stores two turns)
    turn_ms: Stat | None
    turns_said: int  # opening lines, learner turns and replies
    turns_stored: int
    errors: int
    error_kinds: dict[str, int]
    notices: list[str]  # why the guidance store could not open, if it could not

    @property
    def turns_per_s(self) -> float:
        return self.learner_turns / self.seconds if self.seconds else 0.0

    @property
    def lost_turns(self) -> int:
        return self.turns_said - self.turns_stored

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "turns_per_s": self.turns_per_s, "lost_turns": self.lost_turns}


def summarise_load(
    plan: LoadPlan,
    runs: Sequence[LearnerRun],
    stored: Sequence[int],
    seconds: float,
    settings: Settings,
    notices: list[str],
) -> LoadReport:
    """The figures of finished ``runs``; ``stored`` holds each one's turns read back."""
    latencies = [s for run in runs for s in run.latencies]
    return LoadReport(
        learners=plan.learners,
        turns_per_learner=plan.turns,
        database=_database(settings),
        guidance_store=settings.chroma_url or f"embedded ({settings.data_dir / 'chroma'})",
        seconds=seconds,
        learner_turns=len(latencies),
        turn_ms=summarise(latencies, MS) if latencies else None,
        turns_said=sum(run.said for run in runs),
        turns_stored=sum(stored),
        errors=sum(run.error is not None for run in runs),
        error_kinds=dict(Counter(run.error for run in runs if run.error is not None)),
        notices=notices,
    )


def load_table(report: LoadReport) -> str:
    """The figures as aligned rows, then any errors by kind."""
    ms = report.turn_ms
    rows = [
        ("learners at once", f"{report.learners} x {report.turns_per_learner} turns"),
        ("database", report.database),
        ("guidance store", report.guidance_store),
        ("wall time", f"{report.seconds:.1f} s"),
        ("learner turns per second", f"{report.turns_per_s:.1f}"),
        ("turn latency p50 / p95", f"{ms.median:.0f} / {ms.p95:.0f} ms" if ms else "none"),
        ("errors", str(report.errors)),
        ("lost turns (said - stored)", f"{report.lost_turns} ({report.turns_said} said)"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    lines += [f"  {count} x {kind}" for kind, count in report.error_kinds.items()]
    lines += report.notices
    return "\n".join(lines)


def _database(settings: Settings) -> str:
    # The scheme only: a URL may carry a password.
    url = settings.resolved_database_url
    if url.startswith("sqlite"):
        return f"SQLite ({url.split(':///', 1)[-1]})"
    return url.split("://", 1)[0]
