"""``coach bench``: time the hot paths in temporary data dirs and check them against goals.

Everything runs locally: stores and databases in a temp dir, the LLM replaced by an instant
server on 127.0.0.1, the web app started on a free 127.0.0.1 port.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coach.bench.app import ColdStart, cold_start
from coach.bench.app_memory import AppMemory, app_memory
from coach.bench.conversation import OFFLINE_WINDOWS, critiques, llm_turns, offline_turns
from coach.bench.report import BenchReport
from coach.bench.retrieval import retrieval
from coach.bench.stats import peak_rss_mb, summarise, windows
from coach.bench.store_probe import store_peak_mb

Progress = Callable[[str], None]
PEAK_RSS_COVERS = (
    "the benchmark's own process (getrusage ru_maxrss): every in-process measurement "
    "(SQLite sessions, critiques, building the Chroma store to its largest size, the LLM "
    "client and the instant server); the web app, and a process that opens each store and "
    "searches it, are separate processes reported on their own"
)


@dataclass(frozen=True)
class BenchPlan:
    """How much to measure; ``full`` and ``quick`` are the two the CLI offers."""

    turns: int = 160
    critique_sizes: tuple[int, ...] = (10, 40, 160)
    critique_repeats: int = 7
    store_sizes: tuple[int, ...] = (1_000, 10_000, 50_000)
    queries: int = 100
    llm_turns: int = 160
    app: bool = True
    app_starts: int = 3  # alternating cold starts of the coach and a one-widget app

    @classmethod
    def quick(cls) -> BenchPlan:
        return cls(
            turns=160,  # the offline turn costs a few ms: long enough to see growth
            critique_repeats=3,
            store_sizes=(1_000,),
            queries=40,
            llm_turns=80,
            app_starts=1,
        )


def run_bench(plan: BenchPlan, progress: Progress | None = None) -> BenchReport:
    """Run every benchmark of ``plan``; ``progress`` hears what is being measured."""
    say = progress or _stderr
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        root = Path(tmp)
        rss: dict[str, float] = {}
        say(f"offline learner turns ({plan.turns})")
        turn_seconds = offline_turns(root / "turns", plan.turns)
        turn_ms = summarise(turn_seconds, 1000.0)
        turn_windows = windows(turn_seconds, OFFLINE_WINDOWS, 1000.0)
        rss["offline turns"] = peak_rss_mb()
        say(f"offline critiques of {', '.join(map(str, plan.critique_sizes))} turns")
        critique_ms = critiques(root / "critique", plan.critique_sizes, plan.critique_repeats)
        rss["critiques"] = peak_rss_mb()
        say(f"LLM-mode turns against the instant server ({plan.llm_turns})")
        llm = llm_turns(root / "llm", plan.llm_turns)
        rss["LLM-mode turns"] = peak_rss_mb()
        say(f"guidance store: ingest, then searches at {', '.join(map(str, plan.store_sizes))}")
        store = retrieval(root / "store", plan.store_sizes, plan.queries, say, store_peak_mb)
        rss["guidance stores built"] = peak_rss_mb()
        app = _cold_start(root / "app", plan, say)
        memory = _app_memory(root / "app-memory", plan, say)
    return BenchReport(
        offline_turn_ms=turn_ms,
        offline_turn_windows_ms=turn_windows,
        critique_ms=critique_ms,
        retrieval=store,
        llm=llm,
        cold_start=app,
        app_memory=memory,
        peak_rss_mb=peak_rss_mb(),
        peak_rss_after=rss,
        peak_rss_covers=PEAK_RSS_COVERS,
        notes=_plan_notes(plan),
    )


def _cold_start(data_dir: Path, plan: BenchPlan, say: Progress) -> ColdStart:
    if not plan.app:
        return ColdStart(None, None, "skipped: not asked for in this run")
    say("cold start of the web app")
    data_dir.mkdir(parents=True, exist_ok=True)
    return cold_start(data_dir, runs=plan.app_starts)


def _app_memory(data_dir: Path, plan: BenchPlan, say: Progress) -> AppMemory:
    if not plan.app:
        return AppMemory(None, None, None, None, "skipped: not asked for in this run")
    say("web app memory over a practice and its debrief (Chromium)")
    return app_memory(data_dir)


def _plan_notes(plan: BenchPlan) -> list[str]:
    notes = [
        "offline turn: code the learner's words, move the persona, store both turns in "
        "SQLite, produce the offline reply",
        "critique: offline critique with guidance search, transcripts of counterpart and "
        "learner lines repeated to length",
        "LLM-mode overhead: each turn's wall time minus the instant server's own time",
    ]
    if 10_000 not in plan.store_sizes:
        notes.append("retrieval at 10k chunks not measured in this run (run without --quick)")
    return notes


def _stderr(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)
