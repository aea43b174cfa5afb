"""``coach critique`` and ``coach code`` end to end."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coach.cli import code as code_command  # noqa: F401  (registers `coach code`)
from coach.cli import critique as critique_command  # noqa: F401  (registers `coach critique`)
from coach.cli.app import app
from coach.critique.models import Critique
from tests.paths import REPO

TRANSCRIPTS = REPO / "evaluation" / "critique" / "pairs"
GOOD = TRANSCRIPTS / "giving-feedback-good.json"
POOR = TRANSCRIPTS / "giving-feedback-poor.json"  # has growth areas to work on
LINES = 10_000
runner = CliRunner()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data folder for the module, so the guidance store is built only once."""
    return tmp_path_factory.mktemp("data")


@pytest.fixture(autouse=True)
def _isolated(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))
    monkeypatch.setenv("COACH_EMBEDDINGS", "hashing")
    monkeypatch.setenv("COACH_LLM", "offline")
    monkeypatch.delenv("COACH_CHROMA_URL", raising=False)


def run(*args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


def critique_json(path: Path, *extra: str) -> dict[str, Any]:
    result = run("critique", str(path), "--json", "--offline", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_output_is_the_critique_contract() -> None:
    data = critique_json(GOOD)
    assert Critique.model_validate(data).scenario == "giving-feedback"
    assert {"overall", "metrics", "rubric", "strengths", "growth_areas"} <= set(data)
    assert {"persona_outcome", "mode", "notices"} <= set(data)
    assert data["mode"] == "offline"
    assert {"id", "title", "score", "evidence"} <= set(data["rubric"][0])
    assert {"turn", "quote"} == set(data["rubric"][0]["evidence"][0])
    area = critique_json(POOR)["growth_areas"][0]
    assert {"title", "detail", "rewrite", "guidance"} <= set(area)
    assert {"turn", "original", "suggested"} == set(area["rewrite"])
    assert {"source", "chunk_id", "text"} <= set(area["guidance"][0])


def test_text_output_is_a_readable_debrief() -> None:
    result = run("critique", str(POOR), "--offline")
    assert result.exit_code == 0, result.output
    overall = critique_json(POOR)["overall"]
    assert f"overall {overall}/100" in result.stdout
    for heading in ("Rubric", "What went well", "What to work on", "Try:", "Read:"):
        assert heading in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_difficulty_option_overrides_the_file() -> None:
    standard = critique_json(GOOD)["persona_outcome"]
    hard = critique_json(GOOD, "--difficulty", "hard")["persona_outcome"]
    assert hard["trust_start"] < standard["trust_start"]


def test_the_json_of_coach_practice_is_accepted(tmp_path: Path) -> None:
    session = json.loads(GOOD.read_text(encoding="utf-8"))
    session |= {"session_id": 7, "mode": "offline", "persona_trace": []}
    data = critique_json(write(tmp_path, "session.json", json.dumps(session)))
    assert data["overall"] == critique_json(GOOD)["overall"]


def test_stdin_is_read_for_a_dash() -> None:
    result = run("critique", "-", "--json", stdin=GOOD.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scenario"] == "giving-feedback"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"scenario": "giving-feedback", "turns": [', "not valid JSON (line 1"),
        ("[1, 2]", "expected a JSON object"),
        ('{"scenario": "no-such-scenario", "turns": []}', "No scenario 'no-such-scenario'"),
        (
            '{"scenario": "giving-feedback", "turns": [{"speaker": "mentor", "text": "Hi"}]}',
            "turns.0.speaker",
        ),
        ('{"scenario": "giving-feedback", "turns": [], "extra": 1}', "extra: unknown key"),
        (
            '{"scenario": "giving-feedback", "turns": [{"speaker": "counterpart", "text": "Hi"}]}',
            "no learner turns",
        ),
    ],
)
def test_bad_transcripts_get_one_clear_line(tmp_path: Path, text: str, fragment: str) -> None:
    result = run("critique", str(write(tmp_path, "t.json", text)), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("critique", str(tmp_path / "nope.json"))
    assert result.exit_code == 1
    assert "Cannot read transcript" in result.stderr


def test_code_outputs_one_line_per_input_line(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "What got in the way?"},
        {"id": 2, "text": "Did you finish the report?"},
        {"id": "c", "text": "You should ask for an extension."},
        {
            "id": "d",
            "text": "It sounds like you were protecting a design you care about.",
            "context": "I only argued because I wanted to protect the design.",
        },
    ]
    path = write(tmp_path, "in.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    result = run("code", str(path), "--json")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["acts"]) for o in out] == [
        ("a", ["open_question"]),
        (2, ["closed_question"]),
        ("c", ["advice"]),
        ("d", ["reflection"]),
    ]
    assert out[0]["anchor"] == {"score": 0.0, "words": []}  # no context, nothing picked up
    assert out[3]["anchor"]["words"] == ["protecting", "design"]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("not json", "line 2: not valid JSON"),
        ('{"id": 1}', "line 2: needs both id and text"),
        ('{"id": 1, "text": 5}', "line 2: text and context must be strings"),
        ('{"id": [1], "text": "Hi"}', "line 2: id must be a string or a number"),
    ],
)
def test_code_names_the_bad_line(tmp_path: Path, line: str, fragment: str) -> None:
    path = write(tmp_path, "in.jsonl", '{"id": 1, "text": "Hi"}\n' + line + "\n")
    result = run("code", str(path))
    assert result.exit_code == 1
    assert fragment in result.stderr
    assert result.stdout == ""


def test_code_handles_ten_thousand_lines(tmp_path: Path) -> None:
    texts = [
        "How have things been since we last met?",
        "It sounds like you've been carrying this on your own.",
        "Did you finish the outline? Why not?",
        "You should block out an hour on Friday.",
        "That was careless.",
    ]
    rows = (json.dumps({"id": i, "text": f"{texts[i % len(texts)]} ({i})"}) for i in range(LINES))
    path = write(tmp_path, "big.jsonl", "\n".join(rows) + "\n")
    started = time.perf_counter()
    result = run("code", str(path))
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert len(out) == LINES
    assert [json.loads(out[i])["id"] for i in (0, 4_999, LINES - 1)] == [0, 4_999, LINES - 1]
    assert all(json.loads(line)["acts"] for line in out[:50])
    assert elapsed < 60, f"coding {LINES} lines took {elapsed:.1f}s"
