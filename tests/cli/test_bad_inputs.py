"""Bad inputs to the CLI: one line of error each, never a traceback (non-UTF-8, too large,
YAML aliases), and `coach critique` reads what `coach practice --json` wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.inputs import MAX_SCENARIO_BYTES, MAX_TRANSCRIPT_BYTES, MAX_TURN_CHARS
from tests.reliability.figures import record

runner = CliRunner()
LATIN1 = "Ça va? Très bien, merci.".encode("latin-1")


TRIED: list[str] = []


@pytest.fixture(autouse=True)
def _offline(offline_data_dir: Path, request: pytest.FixtureRequest) -> None:
    """Every command here runs offline in a fresh data folder; the inputs tried are counted."""
    TRIED.append(request.node.name)
    record("bad_inputs", inputs_tried=len(TRIED))


def _one_line_error(result: object, *words: str, prefix: str = "Error:") -> None:
    output = getattr(result, "output", "")
    assert getattr(result, "exit_code", 0) == 1, output
    errors = [line for line in output.splitlines() if line.startswith(prefix)]
    assert len(errors) == 1 and "Traceback" not in output, output
    for word in words:
        assert word in errors[0], errors[0]


def test_non_utf8_learner_script_is_one_line(tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_bytes(LATIN1)
    result = runner.invoke(app, ["practice", "giving-feedback", "--learner-script", str(script)])
    _one_line_error(result, "not UTF-8", "save it as UTF-8")


@pytest.mark.parametrize("command", [["critique", "-"], ["code", "-"]])
def test_non_utf8_standard_input_is_one_line(command: list[str]) -> None:
    result = runner.invoke(app, command, input=LATIN1)
    _one_line_error(result, "standard input", "not UTF-8")


def test_an_oversized_transcript_is_refused_before_any_work(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    turn = {"speaker": "learner", "text": "x" * 1000}
    huge.write_text(json.dumps({"scenario": "giving-feedback", "turns": [turn] * 3000}))
    assert huge.stat().st_size > MAX_TRANSCRIPT_BYTES
    _one_line_error(runner.invoke(app, ["critique", str(huge)]), "byte limit")


def test_too_many_turns_or_too_long_a_turn_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "long.json"
    turns = [{"speaker": "learner", "text": "y" * 9000}]
    path.write_text(json.dumps({"scenario": "giving-feedback", "turns": turns}))
    _one_line_error(runner.invoke(app, ["critique", str(path)]), "turns.0.text")
    turns = [{"speaker": "learner", "text": "Hello?"}] * 900
    path.write_text(json.dumps({"scenario": "giving-feedback", "turns": turns}))
    _one_line_error(runner.invoke(app, ["critique", str(path)]), "turns")


def test_a_learner_turn_over_the_limit_is_refused(tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_text("What happened? " + "a" * MAX_TURN_CHARS + "\n")
    result = runner.invoke(app, ["practice", "giving-feedback", "--learner-script", str(script)])
    _one_line_error(result, "keep one turn under")


def test_a_yaml_alias_bomb_and_a_huge_scenario_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text('a: &a ["lol", "lol"]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n')
    result = runner.invoke(app, ["scenarios", "validate", str(bomb)])
    _one_line_error(result, "alias", prefix="invalid:")
    big = tmp_path / "big.yaml"
    big.write_text("id: big\nbrief: " + "z" * (MAX_SCENARIO_BYTES + 1) + "\n")
    result = runner.invoke(app, ["scenarios", "validate", str(big)])
    _one_line_error(result, "limit", prefix="invalid:")


def test_critique_reads_the_output_of_practice_json(tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_text("What happened on the second evening, from your side?\n")
    practised = runner.invoke(
        app, ["practice", "giving-feedback", "--learner-script", str(script), "--json"]
    )
    assert practised.exit_code == 0, practised.output
    session = tmp_path / "session.json"
    session.write_text(practised.stdout[practised.stdout.index("{") :])
    assert "critique" in json.loads(session.read_text())
    result = runner.invoke(app, ["critique", str(session), "--json", "--offline"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scenario"] == "giving-feedback"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ("not valid JSON",)),
        (bytes(range(256)) * 4, ("not UTF-8",)),
        (b"[" * 100_000, ("nested too deeply",)),
        (b'{"scenario": "../../etc/passwd", "turns": []}', ("No scenario",)),
    ],
    ids=["empty", "binary", "deeply-nested", "path-like-id"],
)
def test_malformed_transcripts_are_one_line(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "transcript.json"
    path.write_bytes(content)
    _one_line_error(runner.invoke(app, ["critique", str(path)]), *words)


def test_deeply_nested_yaml_and_coder_lines_are_one_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 10_000 + "\n")
    result = runner.invoke(app, ["scenarios", "validate", str(deep)])
    _one_line_error(result, "nested too deeply", prefix="invalid:")
    result = runner.invoke(app, ["code", "-"], input='{"id": 1, "text": ' + "[" * 50_000 + "\n")
    _one_line_error(result, "nested too deeply")
    for path_like in ("../../etc/passwd", "/etc/passwd", "giving-feedback/../x"):
        _one_line_error(runner.invoke(app, ["scenarios", "show", path_like]), "No scenario")
