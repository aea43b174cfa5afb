"""The benchmark's report: the numbers, each goal with pass or fail, as a table or JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from coach.bench.app import ColdStart
from coach.bench.app_memory import AppMemory
from coach.bench.conversation import LLMBench
from coach.bench.retrieval import RetrievalBench
from coach.bench.stats import Stat

GOAL_RETRIEVAL_SIZE = 10_000
GOAL_CRITIQUE_TURNS = 40


@dataclass(frozen=True)
class GoalCheck:
    """One goal: the measured value, the limit, and whether it passed (None: not measured)."""

    name: str
    value: float | None
    limit: float
    unit: str
    at_most: bool

    @property
    def passed(self) -> bool | None:
        if self.value is None:
            return None
        return self.value <= self.limit if self.at_most else self.value >= self.limit


@dataclass
class BenchReport:
    """Every number the benchmark measured; times in milliseconds unless a name says seconds."""

    offline_turn_ms: Stat
    offline_turn_windows_ms: dict[int, Stat]  # turns 1-10, 31-40, 151-160
    critique_ms: dict[int, Stat]
    retrieval: RetrievalBench
    llm: LLMBench
    cold_start: ColdStart
    app_memory: AppMemory
    peak_rss_mb: float
    peak_rss_after: dict[str, float]  # the high-water mark as each phase ended: what grew it
    peak_rss_covers: str
    notes: list[str] = field(default_factory=list)

    def goals(self) -> list[GoalCheck]:
        """The targets the project set, checked against this run."""
        critique = self.critique_ms.get(GOAL_CRITIQUE_TURNS)
        search = self.retrieval.search_ms.get(GOAL_RETRIEVAL_SIZE)
        critique_median = critique.median if critique else None
        search_p95 = search.p95 if search else None
        return [
            GoalCheck("offline turn p95", self.offline_turn_ms.p95, 50, "ms", True),
            GoalCheck("40-turn critique median", critique_median, 300, "ms", True),
            GoalCheck("retrieval p95 at 10k chunks", search_p95, 25, "ms", True),
            GoalCheck("ingest", self.retrieval.ingest_chunks_per_s, 300, "chunks/s", False),
            GoalCheck(
                "memory of a process searching a 10k-chunk store",
                self.retrieval.peak_rss_mb.get(10_000),
                350,
                "MB",
                True,
            ),
            GoalCheck(
                "memory of a process searching a 50k-chunk store",
                self.retrieval.peak_rss_mb.get(50_000),
                500,
                "MB",
                True,
            ),
            GoalCheck("cold start", self.cold_start.seconds, 3, "s", True),
            GoalCheck(
                "cold start over a one-widget app", self.cold_start.over_baseline, 0.4, "s", True
            ),
            GoalCheck(
                "web app memory after a practice and its debrief",
                self.app_memory.after_debrief_mb,
                250,
                "MB",
                True,
            ),
            GoalCheck(
                "first debrief after End session", self.app_memory.first_debrief_s, 1.5, "s", True
            ),
            GoalCheck("offline turn 151-160 over 1-10", self._turn_growth(), 1.2, "x", True),
            GoalCheck(
                "LLM-mode overhead p95, worst ten turns", self._worst_llm_p95(), 30, "ms", True
            ),
            GoalCheck("stable prompt prefix", 100 * self.llm.stable_prefix_tokens, 70, "%", False),
        ]

    def _turn_growth(self) -> float | None:
        """Median offline turn at turns 151-160 over turns 1-10 (None if the run was shorter)."""
        early, late = self.offline_turn_windows_ms.get(10), self.offline_turn_windows_ms.get(160)
        return late.median / early.median if early and late and early.median else None

    def _worst_llm_p95(self) -> float | None:
        """The highest p95 of the LLM path's overhead over any measured ten-turn window."""
        found = [w.p95 for w in self.llm.overhead_windows_ms.values()]
        return max(found) if found else None

    def as_json(self) -> dict[str, Any]:
        """The report as plain data (store sizes and turn counts become string keys)."""
        data = asdict(self)
        data["goals"] = [{**asdict(g), "passed": g.passed} for g in self.goals()]
        return data


def table(report: BenchReport) -> str:
    """The report as an aligned text table, goals and notes below it."""
    rows = [("measurement", "median", "p95", "n")]
    rows.append(_stat_row("offline learner turn (ms)", report.offline_turn_ms))
    for end, stat in _sorted(report.offline_turn_windows_ms):
        rows.append(_stat_row(f"  offline turns {end - 9}-{end} (ms)", stat))
    rows += [
        _stat_row(f"offline critique, {n} turns (ms)", s) for n, s in _sorted(report.critique_ms)
    ]
    rows += [
        _stat_row(f"retrieval, {n} chunks (ms)", s) for n, s in _sorted(report.retrieval.search_ms)
    ]
    rows.append(_stat_row("LLM-mode overhead per turn (ms)", report.llm.overhead_ms))
    for end, stat in _sorted(report.llm.overhead_windows_ms):
        rows.append(_stat_row(f"  LLM-mode turns {end - 9}-{end} (ms)", stat))
    rows.append(_stat_row("prompt tokens per learner turn", report.llm.prompt_tokens))
    lines = _aligned(rows) + [""] + _single_values(report) + ["", "goals:"]
    lines += [_goal_line(g) for g in report.goals()]
    return "\n".join(lines + [""] + [f"note: {n}" for n in _notes(report)])


def _single_values(report: BenchReport) -> list[str]:
    cold = report.cold_start
    return [
        f"ingest, file by file: {report.retrieval.ingest_chunks_per_s:.0f} chunks/s "
        f"(bulk load of larger stores: {_rate(report.retrieval.bulk_load_chunks_per_s)})",
        f"stable prompt prefix: {100 * report.llm.stable_prefix_tokens:.1f} % of tokens, "
        f"{100 * report.llm.stable_prefix_chars:.1f} % of characters "
        f"(lowest turn {100 * report.llm.lowest_prefix_tokens:.1f} %)",
        f"peak RSS: {report.peak_rss_mb:.0f} MB this process; web app process "
        f"{_megabytes(cold.app_peak_rss_mb)} up to its first page",
        "peak RSS as each phase ended: "
        + ", ".join(f"{name} {mb:.0f} MB" for name, mb in report.peak_rss_after.items()),
        "a new process that opens a store and searches it: "
        + ", ".join(
            f"{size} chunks {mb:.0f} MB"
            for size, mb in sorted(report.retrieval.peak_rss_mb.items())
        ),
        f"web app memory: {_megabytes(report.app_memory.first_page_mb)} at the first page, "
        f"{_megabytes(report.app_memory.after_practice_mb)} after three practice turns, "
        f"{_megabytes(report.app_memory.after_debrief_mb)} after the debrief (first debrief "
        f"shown {_seconds(report.app_memory.first_debrief_s)} after End session)",
        f"cold start: {_seconds(cold.seconds)} "
        f"(server healthy after {_seconds(cold.health_seconds)}); a one-widget Streamlit app "
        f"started the same way: {_seconds(cold.baseline_seconds)} (medians of {cold.runs} "
        "alternating starts)",
    ]


def _notes(report: BenchReport) -> list[str]:
    return [
        f"cold start measured {report.cold_start.method}",
        f"web app memory measured {report.app_memory.method}",
        f"prompt tokens: {report.llm.token_source}",
        f"peak RSS covers {report.peak_rss_covers}",
        *report.notes,
    ]


def _goal_line(goal: GoalCheck) -> str:
    sign = "<=" if goal.at_most else ">="
    value = "not measured" if goal.value is None else f"{goal.value:.1f} {goal.unit}"
    verdict = {True: "PASS", False: "FAIL", None: "----"}[goal.passed]
    return f"  [{verdict}] {goal.name}: {value} (goal {sign} {goal.limit:g} {goal.unit})"


def _stat_row(name: str, stat: Stat) -> tuple[str, str, str, str]:
    return (name, f"{stat.median:.1f}", f"{stat.p95:.1f}", str(stat.count))


def _aligned(rows: list[tuple[str, str, str, str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return [
        f"{r[0]:<{widths[0]}}  "
        + "  ".join(f"{c:>{w}}" for c, w in zip(r[1:], widths[1:], strict=True))
        for r in rows
    ]


def _sorted(stats: dict[int, Stat]) -> list[tuple[int, Stat]]:
    return sorted(stats.items())


def _rate(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.0f} chunks/s"


def _megabytes(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.0f} MB"


def _seconds(value: float | None) -> str:
    return "skipped" if value is None else f"{value:.2f} s"
