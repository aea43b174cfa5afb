"""Smoke test of ``coach bench``: a tiny run produces every field with sane types (no timings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.bench import app as bench_app
from coach.bench.report import BenchReport, table
from coach.bench.run import BenchPlan, run_bench
from coach.bench.stats import Stat
from coach.cli.app import app

TINY = BenchPlan(
    turns=12,
    critique_sizes=(4, 8),
    critique_repeats=1,
    store_sizes=(60, 120),
    queries=4,
    llm_turns=10,
    app=False,
)
GOALS = {
    "offline turn p95",
    "40-turn critique median",
    "retrieval p95 at 10k chunks",
    "ingest",
    "memory of a process searching a 10k-chunk store",
    "memory of a process searching a 50k-chunk store",
    "cold start",
    "cold start over a one-widget app",
    "web app memory after a practice and its debrief",
    "first debrief after End session",
    "offline turn 151-160 over 1-10",
    "LLM-mode overhead p95, worst ten turns",
    "stable prompt prefix",
}


@pytest.fixture(scope="module")
def report() -> BenchReport:
    messages: list[str] = []
    result = run_bench(TINY, progress=messages.append)
    assert messages, "the bench reports its progress"
    return result


def assert_stat(stat: Stat, count: int) -> None:
    assert stat.count == count
    assert 0 <= stat.median <= stat.p95


def test_every_measurement_is_present(report: BenchReport) -> None:
    assert_stat(report.offline_turn_ms, TINY.turns)
    assert set(report.critique_ms) == set(TINY.critique_sizes)
    for stat in report.critique_ms.values():
        assert_stat(stat, TINY.critique_repeats)
    assert set(report.retrieval.search_ms) == set(TINY.store_sizes)
    for stat in report.retrieval.search_ms.values():
        assert_stat(stat, TINY.queries)
    assert report.retrieval.ingest_chunks_per_s > 0
    assert report.retrieval.bulk_load_chunks_per_s is not None
    assert report.peak_rss_mb > 10
    # Each store size was opened and searched again by a new process, which stays smaller
    # than the benchmark's own (it has not run every other measurement first).
    assert set(report.retrieval.peak_rss_mb) == set(TINY.store_sizes)
    assert all(10 < mb < report.peak_rss_mb for mb in report.retrieval.peak_rss_mb.values()), (
        report.retrieval.peak_rss_mb,
        report.peak_rss_mb,
    )


def test_llm_mode_numbers_are_sane(report: BenchReport) -> None:
    llm = report.llm
    assert llm.overhead_ms.count == TINY.llm_turns
    assert set(llm.overhead_windows_ms) == {10}  # only the first ten turns were played
    assert llm.prompt_tokens.median > 100  # persona prompt plus conversation
    assert 0 < llm.lowest_prefix_tokens <= llm.stable_prefix_tokens < 1
    assert 0 < llm.stable_prefix_chars < 1


def test_goals_are_checked_and_unmeasured_ones_say_so(report: BenchReport) -> None:
    goals = {g.name: g for g in report.goals()}
    assert set(goals) == GOALS
    assert goals["retrieval p95 at 10k chunks"].passed is None  # no 10k store in a tiny run
    assert goals["cold start"].passed is None  # app not asked for
    assert goals["cold start over a one-widget app"].passed is None
    assert goals["40-turn critique median"].passed is None
    assert isinstance(goals["ingest"].passed, bool)
    assert isinstance(goals["stable prompt prefix"].passed, bool)


def test_json_has_every_field(report: BenchReport) -> None:
    data = json.loads(json.dumps(report.as_json()))
    assert set(data) >= {"offline_turn_ms", "critique_ms", "retrieval", "llm", "cold_start"}
    assert set(data["critique_ms"]) == {"4", "8"}
    assert set(data["critique_ms"]["4"]) == {"median", "p95", "count"}
    assert {g["name"] for g in data["goals"]} == GOALS
    assert data["cold_start"]["seconds"] is None
    assert data["cold_start"]["method"].startswith("skipped")


def test_table_shows_each_goal_with_a_verdict(report: BenchReport) -> None:
    text = table(report)
    assert "offline critique, 8 turns (ms)" in text
    assert "retrieval, 120 chunks (ms)" in text
    # Not measured in a tiny run: the 40-turn critique, the 10k store (speed and memory), the
    # 50k store, the cold start (two goals), the web app's memory and first debrief, and turn
    # 160 of the offline engine.
    assert text.count("[PASS]") + text.count("[FAIL]") == 4
    assert text.count("[----]") == 9
    assert "offline turns 1-10 (ms)" in text and "LLM-mode turns 1-10 (ms)" in text


def test_cli_prints_json(report: BenchReport, monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.cli import bench as bench_cli
    from coach.cli import commands  # noqa: F401  (registers the other commands)

    plans: list[BenchPlan] = []
    monkeypatch.setattr(bench_cli, "run_bench", lambda plan: plans.append(plan) or report)
    result = CliRunner().invoke(app, ["bench", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    assert plans == [BenchPlan.quick()]
    assert json.loads(result.stdout)["offline_turn_ms"]["count"] == TINY.turns


def test_cold_start_is_skipped_without_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_app, "APP_FILES", (tmp_path / "app.py",))
    result = bench_app.cold_start(tmp_path)
    assert result.seconds is None
    assert "app.py" in result.method


def test_the_cold_start_is_judged_against_the_one_widget_app() -> None:
    from coach.bench.app import ColdStart

    quick = ColdStart(2.0, 0.5, "browser", baseline_seconds=1.7, runs=3)
    slow = ColdStart(2.9, 0.5, "browser", baseline_seconds=1.7, runs=3)
    assert quick.over_baseline == pytest.approx(0.3)
    assert slow.over_baseline == pytest.approx(1.2)
    assert ColdStart(2.0, 0.5, "http").over_baseline is None  # no baseline measured


def test_windows_compare_ten_turns_at_each_point_reached() -> None:
    from coach.bench.stats import windows

    samples = [1.0] * 10 + [2.0] * 30 + [3.0] * 10
    found = windows(samples, (10, 40, 50, 160))
    assert {end: stat.median for end, stat in found.items()} == {10: 1.0, 40: 2.0, 50: 3.0}
    assert all(stat.count == 10 for stat in found.values())
