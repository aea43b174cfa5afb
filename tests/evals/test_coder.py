"""Coder evaluation: metric functions on hand-computed cases, the data file, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import evaluate  # noqa: F401  (registers ``coach eval``)
from coach.cli.app import app
from coach.evals.coder import (
    QuestionKind,
    act_scores,
    exact_match_rate,
    macro_f1,
    question_confusion,
    question_kind,
    question_scores,
    reflection_scores,
    scores_from_counts,
)
from coach.evals.coder import evaluate as evaluate_acts
from coach.evals.coder_data import (
    EvaluationDataError,
    Situation,
    default_utterances_path,
    load_evaluation_set,
)
from coach.evals.coder_sets import load_in_context, set_path
from coach.models import Act, LearnerRole

OQ, CQ, RF, SU = Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.REFLECTION, Act.SUMMARY
IN, OT = Act.INFORMATION, Act.OTHER
runner = CliRunner()


# --- metrics ---------------------------------------------------------------------------------


def test_scores_from_counts() -> None:
    s = scores_from_counts(hits=2, predicted=4, support=3)
    assert (s.precision, s.recall) == (0.5, pytest.approx(2 / 3))
    assert s.f1 == pytest.approx(4 / 7)  # 2 * 0.5 * 2/3 / (0.5 + 2/3)
    empty = scores_from_counts(hits=0, predicted=0, support=0)
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_act_scores_macro_f1_and_exact_match() -> None:
    gold = [{OQ, RF}, {OQ}, {IN}]
    predicted = [{OQ}, {CQ}, {IN}]
    scores = act_scores(gold, predicted)
    assert (scores[OQ].precision, scores[OQ].recall) == (1.0, 0.5)
    assert scores[OQ].f1 == pytest.approx(2 / 3)
    assert (scores[CQ].f1, scores[CQ].predicted, scores[CQ].support) == (0.0, 1, 0)
    assert (scores[RF].f1, scores[RF].support) == (0.0, 1)
    assert scores[IN].f1 == 1.0
    # present: OQ 2/3, CQ 0, RF 0, IN 1; absent acts are left out
    assert macro_f1(scores.values()) == pytest.approx((2 / 3 + 1) / 4)
    assert exact_match_rate(gold, predicted) == pytest.approx(1 / 3)


def test_macro_f1_of_nothing_is_zero() -> None:
    assert macro_f1([]) == 0.0
    assert macro_f1([scores_from_counts(0, 0, 0)]) == 0.0


@pytest.mark.parametrize(
    ("acts", "kind"),
    [
        ({OQ, CQ}, QuestionKind.OPEN),
        ({CQ, RF}, QuestionKind.CLOSED),
        ({RF}, QuestionKind.NONE),
        (set(), QuestionKind.NONE),
    ],
)
def test_question_kind(acts: set[Act], kind: QuestionKind) -> None:
    assert question_kind(acts) == kind


def test_question_confusion_and_macro_f1() -> None:
    gold = [{OQ}, {CQ}, {RF}, {OQ, CQ}]
    predicted = [{CQ}, {CQ}, {OT}, {OQ}]
    table = question_confusion(gold, predicted)
    assert table[QuestionKind.OPEN] == {
        QuestionKind.NONE: 0,
        QuestionKind.OPEN: 1,
        QuestionKind.CLOSED: 1,
    }
    assert table[QuestionKind.CLOSED][QuestionKind.CLOSED] == 1
    assert table[QuestionKind.NONE][QuestionKind.NONE] == 1
    scores = question_scores(table)
    assert scores[QuestionKind.OPEN].f1 == pytest.approx(2 / 3)  # P 1, R 1/2
    assert scores[QuestionKind.CLOSED].f1 == pytest.approx(2 / 3)  # P 1/2, R 1
    assert scores[QuestionKind.NONE].f1 == 1.0
    assert macro_f1(scores.values()) == pytest.approx(7 / 9)


def test_reflection_counts_summary_as_reflection() -> None:
    gold = [{RF}, {SU}, {IN}, {RF}]
    predicted = [{SU}, {IN}, {RF}, {RF, CQ}]
    s = reflection_scores(gold, predicted)
    assert (s.support, s.predicted) == (3, 3)
    assert s.f1 == pytest.approx(2 / 3)


def test_evaluate_gathers_the_numbers() -> None:
    gold = [{OQ}, {CQ}, {RF}, {OQ, CQ}]
    predicted = [{CQ}, {CQ}, {OT}, {OQ}]
    result = evaluate_acts(gold, predicted)
    assert result.utterances == 4
    assert result.exact_match == 0.25
    assert result.question_macro_f1 == pytest.approx(7 / 9)
    assert result.reflection.f1 == 0.0


def test_metrics_refuse_unparallel_inputs() -> None:
    with pytest.raises(ValueError, match="2 gold act sets but 1 predicted"):
        act_scores([{OQ}, {CQ}], [{OQ}])


# --- the data file ---------------------------------------------------------------------------


def test_shipped_evaluation_set_is_complete() -> None:
    items = load_evaluation_set(default_utterances_path()).utterances
    assert len(items) >= 600
    assert {i.situation for i in items} == set(Situation)
    assert {i.voice for i in items} == set(LearnerRole)
    assert len({i.id for i in items}) == len(items)
    assert len({i.text for i in items}) == len(items), "duplicate texts"
    dev_share = sum(i.split == "dev" for i in items) / len(items)
    assert 0.5 <= dev_share <= 0.7
    for situation in Situation:
        assert {i.split for i in items if i.situation == situation} == {"dev", "test"}


# In the order they were written, measured and added to the training data.
BLIND_SETS = ["blind", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7"]


@pytest.mark.parametrize("name", BLIND_SETS)
def test_a_blind_set_shares_nothing_with_what_was_trained_on_before_it(name: str) -> None:
    # Each blind set became training data once measured: the corpus and the sets before it.
    trained = load_in_context(set_path("corpus"))
    for earlier in BLIND_SETS[: BLIND_SETS.index(name)]:
        trained += load_in_context(set_path(earlier))
    blind = load_in_context(set_path(name))
    assert len(trained) >= 4000 and len(blind) >= 599
    assert not {(i.context, i.text) for i in trained} & {(i.context, i.text) for i in blind}
    shared = {i.text for i in trained} & {i.text for i in blind}
    assert all(len(text.split()) <= 12 for text in shared)  # formulas: "Tell me more."
    assert not {i.id for i in trained} & {i.id for i in blind}
    assert {i.id.split("-")[0] for i in trained}.isdisjoint({i.id.split("-")[0] for i in blind})
    for items in (trained, blind):
        assert len({i.id for i in items}) == len(items)
        assert all(i.acts and i.context.strip() for i in items)


ITEM = "- {id: a-1, text: Hi., acts: [other], situation: building_trust, voice: mentor, split: dev}"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (ITEM.replace("}", ", core: true}"), "item 1 core"),
        (ITEM + "\n" + ITEM, "ids are repeated: a-1"),
        (ITEM.replace("[other]", "[other, apology]"), "item 1 acts"),
        (ITEM.replace("mentor", "coach"), "item 1 voice"),
    ],
)
def test_invalid_files_name_file_and_field(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(EvaluationDataError, match=problem) as caught:
        load_evaluation_set(path)
    assert str(path) in str(caught.value)


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_prints_a_table_for_the_test_split() -> None:
    result = runner.invoke(app, ["eval", "coder", "--split", "test"])
    assert result.exit_code == 0, "coach eval coder --split test failed"
    n_test = len(load_evaluation_set(default_utterances_path()).select("test"))
    assert f"test split ({n_test} utterances)" in result.stdout
    for field in ("macro-F1", "exact match", "question macro-F1", "reflection F1"):
        assert field in result.stdout
    assert all(act.value in result.stdout for act in Act)


@pytest.mark.parametrize("split", ["dev", "test", "all"])
def test_cli_json_has_the_numbers(split: str) -> None:
    result = runner.invoke(app, ["eval", "coder", "--split", split, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    expected = len(load_evaluation_set(default_utterances_path()).select(split))
    assert (report["split"], report["utterances"]) == (split, expected)
    assert set(report["acts"]) == {act.value for act in Act}
    assert set(report["question_confusion"]["open"]) == {"none", "open", "closed"}
    assert 0.0 <= report["question_macro_f1"] <= 1.0
    assert 0.0 <= report["reflection"]["f1"] <= 1.0


def test_cli_reports_a_bad_file_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "coder", "--data", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 1
    assert "cannot be read" in result.stderr
