"""``coach eval counterpart`` and the checks it judges replies by."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.evals.counterpart_checks import failed_checks
from tests.paths import TEST_DATA

runner = CliRunner()
PRIVATE = [
    "My own model shows the Alder Street corner floods in a heavy storm and I was overruled."
]


@pytest.mark.parametrize(
    ("reply", "expect", "fits"),
    [
        ("Yes, twice.", {"answer": "yes_no"}, True),
        ("She was.", {"answer": "yes_no"}, True),
        ("The residents were angry.", {"answer": "yes_no"}, False),
        ("Not quite. It's not about the hours.", {"summary": "correct"}, True),
        ("Yes, that's it.", {"summary": "correct"}, False),
        ("Yes, that's it.", {"summary": "confirm"}, True),
        ("Mostly, yes. But I did care about it.", {"summary": "correct"}, True),
        ("What would that involve?", {"offer": "respond"}, True),
        ("The weather was grim.", {"offer": "respond"}, False),
        ("Good idea, I'll do that.", {"deflect": True}, False),
        ("I've tried that. It's not that simple.", {"deflect": True}, True),
        (
            "I'm not going to lean on Gareth for you, if that's where this is heading.",
            {"deflect": True},
            True,
        ),
        (
            "That's the official version. It doesn't feel like that from my desk.",
            {"deflect": True},
            True,
        ),
        ("Okay, I'll do it instead of the report.", {"deflect": True}, False),
        (
            "I'd rather hear your version of Tuesday first. Times, not feelings.",
            {"deflect": True},
            True,
        ),
        ("Your version of Tuesday. Times, not feelings.", {"deflect": True}, False),
        (
            "Sure. Be more open. People have told me that before; it didn't help.",
            {"deflect": True},
            True,
        ),
        ("Sure. Be more open. I'll start with the first table.", {"deflect": True}, False),
        ("I'd like that, thank you. My stories stay mine.", {"plan": "respond"}, True),
        ("My stories, you mean. From the crit evening.", {"plan": "respond"}, False),
        ("Fine. Noted.", {"withdraw": True}, True),
        (
            "Fine. The model shows Alder Street corner floods in a storm; I was overruled.",
            {"withdraw": True},
            False,
        ),
        ("Maybe I could take them round the model.", {"plan": "contribute"}, True),
        ("It was a long week.", {"plan": "contribute"}, False),
        ("Maybe a smaller first step: one page of the outline.", {"plan": "contribute"}, True),
        ("Maybe. It was a long week.", {"plan": "contribute"}, False),
        ("I'll ask Margit for ten minutes on Monday.", {"plan": "commit"}, True),
        ("I might think about it.", {"plan": "commit"}, False),
        ("Thanks. See you next week.", {"close": True}, True),
        ("The meeting was on Thursday.", {"about": ["meet", "Thursday"]}, True),
        ("It went fine.", {"about": ["meet", "Thursday"]}, False),
    ],
)
def test_each_check_can_pass_and_fail(reply: str, expect: dict[str, object], fits: bool) -> None:
    assert (failed_checks(reply, expect, PRIVATE) == []) is fits


def test_the_command_reports_cases_moves_and_scripted_learners() -> None:
    result = runner.invoke(app, ["eval", "counterpart", "--set", str(TEST_DATA / "counterpart")])
    assert result.exit_code == 0, result.output
    assert "3 responsiveness cases" in result.stdout
    for move in ("yes_no_question", "judgment", "closing"):
        assert move in result.stdout
    assert "scripted learners:" in result.stdout and "giving-feedback" in result.stdout


def test_json_has_every_case_and_every_scripted_run() -> None:
    result = runner.invoke(
        app, ["eval", "counterpart", "--set", str(TEST_DATA / "counterpart"), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {c["id"] for c in report["cases"]} == {"t-01", "t-02", "t-03"}
    assert len(report["played"]) == 9  # three learners at three difficulties
    good = [p for p in report["played"] if p["learner"] == "good"]
    stock = [p for p in report["played"] if p["learner"] == "stock"]
    assert all(g["trust"] > s["trust"] for g, s in zip(good, stock, strict=True))


def test_a_bad_case_file_is_a_one_line_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cases-x.jsonl").write_text('{"id": "x"}\n')
    result = runner.invoke(app, ["eval", "counterpart", "--set", str(tmp_path)])
    assert result.exit_code == 1
    assert "cases-x.jsonl:1" in result.output


def test_a_set_of_scripts_alone_reports_the_scripted_learners_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copytree(TEST_DATA / "counterpart" / "scripts", tmp_path / "scripts")
    result = runner.invoke(app, ["eval", "counterpart", "--set", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "scripted learners only" in result.stdout and "fitting replies" not in result.stdout
    assert "scripted learners:" in result.stdout


def test_a_set_of_cases_alone_says_it_has_no_scripted_learners() -> None:
    from coach.cli.evaluate_counterpart import render_counterpart
    from coach.evals.counterpart import CounterpartEvaluation

    empty = CounterpartEvaluation(
        cases=[], fitting=0.0, by_move={}, played=[], verdicts=[], repeated_lines=0
    )
    text = render_counterpart(empty, "somewhere", failures=False)
    assert "(this set has no scripted learners)" in text
    assert "0 of 0" not in text
