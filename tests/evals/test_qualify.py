"""Qualifying a model: four misbehaving stand-ins each fail for their own reason, and a
well-behaved one passes (real HTTP to the local OpenAI-compatible stub, the app's own paths)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.evals import qualify_report as thresholds
from coach.evals.qualify import QualifyPlan, qualify
from coach.evals.qualify_report import Prices, Qualification, Status, markdown
from coach.services import CoachServices
from tests.evals import model_standins
from tests.openai_stub import Behaviour, OpenAIStub
from tests.reliability.llm_figures import llm_settings

PRICES = Prices(input=2.5, cached_input=1.25, output=10.0)


def _qualify(model: Behaviour, tmp_path: Path, plan: QualifyPlan | None = None) -> Qualification:
    with OpenAIStub(otherwise=model) as stub:
        settings = llm_settings(tmp_path / "data", stub.base_url)
        settings = settings.model_copy(update={"request_timeout": 10.0})
        return qualify(CoachServices(settings=settings), plan or QualifyPlan(short=True), PRICES)


def _failed(report: Qualification) -> set[str]:
    return {c.name for c in report.checks if c.status is Status.FAIL}


@pytest.fixture(scope="module")
def well_behaved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Qualification]:
    yield _qualify(model_standins.WELL_BEHAVED, tmp_path_factory.mktemp("well"))


def test_a_well_behaved_model_passes_every_check(well_behaved: Qualification) -> None:
    assert well_behaved.status is Status.PASS, markdown(well_behaved)
    assert {c.status for c in well_behaved.checks} == {Status.PASS}
    assert well_behaved.replies > 100 and well_behaved.critiques == 5
    parts = {c.part for c in well_behaved.checks}
    assert parts == {"counterpart", "critique"}


def test_tokens_and_cost_use_the_prices_given(well_behaved: Qualification) -> None:
    usage = well_behaved.usage
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    expected = (usage.prompt_tokens * 2.5 + usage.completion_tokens * 10.0) / 1_000_000
    assert well_behaved.cost == pytest.approx(expected, abs=1e-4)  # no cached tokens here


def test_a_model_that_leaks_fails_on_leaks(tmp_path: Path) -> None:
    report = _qualify(model_standins.LEAKS, tmp_path, QualifyPlan(short=True, critique=False))
    assert thresholds.LEAKS.name in _failed(report)
    leak = next(c for c in report.checks if c.name == thresholds.LEAKS.name)
    assert leak.examples and "gives away" in leak.examples[0]
    assert report.status is Status.FAIL


def test_a_model_that_breaks_character_fails_on_that(tmp_path: Path) -> None:
    report = _qualify(
        model_standins.BREAKS_CHARACTER, tmp_path, QualifyPlan(short=True, critique=False)
    )
    assert thresholds.BREAKS.name in _failed(report)
    assert thresholds.LEAKS.name not in _failed(report)
    assert report.status is Status.FAIL


def test_a_model_that_writes_paragraphs_fails_on_length(tmp_path: Path) -> None:
    report = _qualify(
        model_standins.WRITES_PARAGRAPHS, tmp_path, QualifyPlan(short=True, critique=False)
    )
    assert thresholds.LONG.name in _failed(report)
    assert thresholds.BREAKS.name not in _failed(report)


def test_a_critic_with_malformed_output_fails_on_structure(tmp_path: Path) -> None:
    report = _qualify(
        model_standins.MALFORMED_CRITIC, tmp_path, QualifyPlan(short=True, counterpart=False)
    )
    assert _failed(report) == {thresholds.FELL_BACK.name, thresholds.REPAIRED.name}
    assert report.critiques == 5 and report.replies == 0


def test_the_command_reports_saves_and_exits_by_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    for model, code in ((model_standins.WELL_BEHAVED, 0), (model_standins.MALFORMED_CRITIC, 1)):
        with OpenAIStub(otherwise=model) as stub:
            monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
            monkeypatch.setenv("COACH_LLM", "openai")
            monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
            monkeypatch.setenv("COACH_REQUEST_TIMEOUT", "10")
            done = runner.invoke(
                app,
                [
                    "eval",
                    "qualify",
                    "--short",
                    "--part",
                    "critique",
                    "--json",
                    "--input-price",
                    "1",
                    "--output-price",
                    "2",
                ],
            )
        assert done.exit_code == code, done.output
        report = json.loads(done.stdout)
        assert report["status"] == ("pass" if code == 0 else "fail")
    kept = sorted((tmp_path / "data" / "qualifications").glob("*.json"))
    assert len(kept) == 2
    assert {json.loads(p.read_text())["status"] for p in kept} == {"pass", "fail"}


def test_without_a_model_the_command_says_what_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "offline")
    done = CliRunner().invoke(app, ["eval", "qualify", "--short"])
    assert done.exit_code == 1
    assert "No language model is configured" in done.output


def test_reports_saved_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    from coach.cli.evaluate_qualify import save_report
    from coach.models import Usage

    report = Qualification(
        model="m/x:1",
        server="s",
        date="2026-12-01T09:00:00+00:00",
        short=True,
        status=Status.PASS,
        checks=[],
        replies=0,
        critiques=0,
        usage=Usage(),
        cost=None,
    )
    first, second = save_report(report, tmp_path), save_report(report, tmp_path)
    assert first != second and first.name == "2026-12-01T090000Z-m-x-1.json"
    assert second.name == "2026-12-01T090000Z-m-x-1-2.json"
