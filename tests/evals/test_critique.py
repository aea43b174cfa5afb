"""Critique validity metrics on hand-made inputs, and ``coach eval critique`` on a small subset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coach.cli import evaluate  # noqa: F401  (registers ``coach eval``)
from coach.cli.app import app
from coach.cli.expert_sets import EXPERT_SETS, NEWEST
from coach.critique.models import Critique, GrowthArea
from coach.critique.offline import critique_offline
from coach.critique.wording import CritiqueWording, GrowthWording, load_critique_wording
from coach.evals.critique import (
    NamedArea,
    detection_rate,
    evaluate_critique,
    flaw_found,
    growth_kind,
    mean_gap,
    min_gap,
    near_miss_result,
    pair_result,
    pairwise_accuracy,
    repeatability,
)
from coach.evals.critique_cases import (
    CaseSet,
    CritiqueCases,
    ExpectedFlaw,
    NearMiss,
    TranscriptPair,
    default_cases_path,
)
from coach.models import Speaker, Transcript, TranscriptTurn
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import FlawKind
from tests.paths import REPO

runner = CliRunner()
CASES = default_cases_path()
WORDING = load_critique_wording()
JUDGMENT = ExpectedFlaw(kind="judgment", skill="feedback")


def pair(case_id: str) -> TranscriptPair:
    return TranscriptPair(
        id=case_id, scenario="giving-feedback", situation="A hand-made pair.", good="g", poor="p"
    )


def near(case_id: str, transcript: str = "n", based_on: str | None = None) -> NearMiss:
    return NearMiss(
        id=case_id,
        scenario="giving-feedback",
        transcript=transcript,
        based_on=based_on,
        flaw=JUDGMENT,
        note="A hand-made near-miss.",
    )


def area(kind: str) -> GrowthArea:
    text = WORDING.growth_area(FlawKind(kind))
    return GrowthArea(kind=kind, title=text.title, detail="detail", skill=text.skill)


@pytest.fixture(scope="module")
def template() -> Critique:
    """A real offline critique to vary: only overall and growth areas matter here."""
    path = REPO / "evaluation" / "critique" / "pairs" / "giving-feedback-good.json"
    transcript = Transcript.model_validate_json(path.read_text(encoding="utf-8"))
    scenario = ScenarioLibrary(None).get(transcript.scenario)
    return critique_offline(transcript, scenario, None)


def critique(template: Critique, overall: int, *kinds: str) -> Critique:
    return template.model_copy(
        update={"overall": overall, "growth_areas": [area(k) for k in kinds]}
    )


# --- pairs -----------------------------------------------------------------------------------


def test_pair_results_accuracy_and_gaps() -> None:
    results = [
        pair_result(pair("a"), 80, 20),
        pair_result(pair("b"), 50, 50),
        pair_result(pair("c"), 30, 40),
    ]
    assert [(r.gap, r.correct) for r in results] == [(60, True), (0, False), (-10, False)]
    assert pairwise_accuracy(results) == pytest.approx(1 / 3)
    assert mean_gap(results) == pytest.approx(50 / 3)
    assert min_gap(results) == -10
    assert (pairwise_accuracy([]), mean_gap([]), min_gap([])) == (0.0, 0.0, 0)


# --- near-misses -----------------------------------------------------------------------------


def test_growth_kind_reads_the_title_back() -> None:
    stacked = WORDING.growth_area(FlawKind.STACKED_QUESTIONS).title
    summary = WORDING.growth_area(FlawKind.NO_SUMMARY).title
    assert growth_kind(stacked, WORDING) == "stacked_questions"
    assert growth_kind(summary, WORDING) == "no_summary"
    assert growth_kind("Something the wording never says", WORDING) is None


def test_growth_kind_matches_titles_with_placeholders() -> None:
    extra = GrowthWording(
        label="interrupting",
        title="Let $name finish first",
        detail="A detail long enough.",
        skill="x",
        query="a query here",
    )
    wording = CritiqueWording.model_validate(
        {**WORDING.model_dump(), "growth_areas": {"judgment": extra.model_dump()}}
    )
    assert growth_kind("Let Emre finish first", wording) == "judgment"
    assert growth_kind("Let Emre finish", wording) is None


def test_flaw_found_by_kind_and_by_skill() -> None:
    judged = NamedArea(kind="judgment", skill="feedback", title="t")
    same_skill = NamedArea(kind=None, skill="feedback", title="t")
    other = NamedArea(kind="no_summary", skill="summaries", title="t")
    assert flaw_found(JUDGMENT, [other, judged]) == (True, True)
    assert flaw_found(JUDGMENT, [same_skill]) == (False, True)
    assert flaw_found(JUDGMENT, [other]) == (False, False)


def test_near_miss_result_against_its_base(template: Critique) -> None:
    flawed = critique(template, 60, "judgment", "no_reflections")
    base = critique(template, 80, "no_reflections", "content_only_reflections")
    result = near_miss_result(near("n"), flawed, WORDING, base)
    assert (result.by_kind, result.by_skill, result.detected) == (True, True, True)
    assert (result.overall, result.base_overall, result.base_by_kind) == (60, 80, False)
    assert [a.kind for a in result.named] == ["judgment", "no_reflections"]
    missed = near_miss_result(near("m"), base, WORDING)
    assert (missed.detected, missed.base_overall, missed.base_by_kind) == (False, None, None)
    assert detection_rate([result, missed]) == 0.5
    assert detection_rate([]) == 0.0


def test_repeatability_counts_transcripts_with_identical_runs() -> None:
    result = repeatability({"a": ["x", "x"], "b": ["x", "y"], "c": ["z", "z"]})
    assert (result.transcripts, result.runs, result.identical) == (3, 2, 2)
    assert result.rate == pytest.approx(2 / 3)
    assert result.differing == ["b"]


# --- the whole evaluation with a stand-in critic ----------------------------------------------


def transcript(text: str) -> Transcript:
    return Transcript(
        scenario="giving-feedback", turns=[TranscriptTurn(speaker=Speaker.LEARNER, text=text)]
    )


def test_evaluate_critique_with_a_stand_in_critic(template: Critique) -> None:
    cases = CritiqueCases(
        pairs=[pair("pair")], near_misses=[near("hit", "n", "g"), near("miss", "m")]
    )
    transcripts = {ref: transcript(ref) for ref in ("g", "p", "n", "m")}
    canned = {
        "g": critique(template, 70, "judgment", "content_only_reflections"),
        "p": critique(template, 75, "judgment"),
        "n": critique(template, 50, "judgment", "no_summary"),
        "m": critique(template, 40, "stacked_questions"),
    }
    calls: list[str] = []

    def critic(t: Transcript) -> Critique:
        ref = t.turns[0].text
        calls.append(ref)
        # The "m" transcript changes its score on every run: not repeatable.
        bump = calls.count(ref) if ref == "m" else 0
        return canned[ref].model_copy(update={"overall": canned[ref].overall + bump})

    result = evaluate_critique(CaseSet(cases=cases, transcripts=transcripts), critic, WORDING, 3)
    assert sorted(calls) == sorted(["g", "p", "n", "m"] * 3)
    assert (result.pairs, result.pairwise_accuracy, result.min_gap) == (1, 0.0, -5)
    assert (result.detection_rate, result.detection_rate_by_kind) == (0.5, 0.5)
    assert result.named_on_base == 1  # the base "g" names judgment too
    assert result.near_miss_results[1].overall == 41  # the first run is the one scored
    assert result.repeatability.differing == ["m"]
    assert result.repeatability.rate == 0.75


# --- the command -------------------------------------------------------------------------------


@pytest.fixture
def subset(tmp_path: Path) -> Path:
    """One shipped pair and one shipped near-miss, in an index of their own."""
    shipped = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    chosen_pair = next(p for p in shipped["pairs"] if p["scenario"] == "asking-for-help")
    chosen_near = next(n for n in shipped["near_misses"] if n["id"].endswith("stacked"))
    for case in (chosen_pair, chosen_near):
        for key in ("good", "poor", "transcript", "based_on"):
            if key in case:
                case[key] = str(CASES.parent / case[key])
    path = tmp_path / "cases.yaml"
    path.write_text(yaml.safe_dump({"pairs": [chosen_pair], "near_misses": [chosen_near]}))
    return path


@pytest.fixture
def experts(tmp_path: Path) -> Path:
    """The five expert-scored transcripts of one scenario from the development set."""
    folder = tmp_path / "experts"
    folder.mkdir()
    for path in (REPO / "evaluation" / "critique" / "expert-dev").glob("giving-feedback-*.json"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_cli_json_and_text_on_a_subset(
    subset: Path, experts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_dir = tmp_path / "user-data"
    monkeypatch.setenv("COACH_DATA_DIR", str(user_dir))
    chosen = ["--cases", str(subset), "--expert-dir", str(experts)]
    result = runner.invoke(app, ["eval", "critique", *chosen, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    expert = data["expert"]
    assert (expert["transcripts"], expert["scenarios"]) == (5, 1)
    assert {s["kind"] for s in expert["scored"]} == {"good", "poor", "middle", "near_miss", "stock"}
    assert -1 <= expert["spearman"] <= 1
    assert data["pairs"] == 1 and data["near_misses"] == 1
    assert set(data) >= {"pairwise_accuracy", "mean_gap", "min_gap", "detection_rate"}
    first = data["pair_results"][0]
    assert first["gap"] == first["good"] - first["poor"]
    assert data["repeatability"]["transcripts"] == 4  # pair, near-miss and its base
    assert data["repeatability"]["runs"] == 2
    assert not user_dir.exists()  # the evaluation used a throwaway store

    text = runner.invoke(app, ["eval", "critique", *chosen, "--runs", "1"])
    assert text.exit_code == 0, text.output
    for field in ("pairwise accuracy", "near-miss detection", "repeatability", "gap mean"):
        assert field in text.output
    assert "Spearman with the expert's scores" in text.output
    assert "giving-feedback-near_miss.json" in text.output
    assert "asking-for-help-meridian" in text.output


def test_cli_reports_a_bad_index_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "critique", "--cases", str(tmp_path / "none.yaml")])
    assert result.exit_code == 1
    assert "none.yaml" in result.output and "Traceback" not in result.output


def test_cli_names_the_sets_when_asked_for_one_that_does_not_exist() -> None:
    result = runner.invoke(app, ["eval", "critique", "--set", "expert-9999"])
    assert result.exit_code == 2
    assert "expert-9999" in result.output and "expert-dev" in result.output
    # every set the option accepts is one shipped in evaluation/critique
    shipped = {p.name for p in (REPO / "evaluation" / "critique").iterdir() if p.is_dir()}
    assert set(EXPERT_SETS) <= shipped
    assert f"expert-{NEWEST + 1}" not in shipped  # (NEWEST is raised with each new set)
