"""``coach ingest`` and ``coach search`` end to end, with the data dir in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import coach.cli.guidance  # noqa: F401  (registers ingest and search)
from coach.cli.app import app
from tests.openai_stub import OpenAIStub

runner = CliRunner()
NOTE = "---\ntitle: Pauses\nskills: [silence-skill]\n---\n## Waiting\n\nLet the pause last.\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_EMBEDDINGS", "hashing")
    monkeypatch.delenv("COACH_CHROMA_URL", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the checkout


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "pauses.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_ingest_prints_a_summary_and_is_idempotent(note: Path) -> None:
    first = runner.invoke(app, ["ingest", str(note)])
    assert first.exit_code == 0, first.output
    assert "1 file(s) ingested: 1 chunk(s) added, 0 unchanged, 0 removed." in first.stdout
    second = runner.invoke(app, ["ingest", str(note)])
    assert "0 chunk(s) added, 1 unchanged" in second.stdout


def test_a_failing_file_exits_non_zero_without_a_traceback(note: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nonsense")
    result = runner.invoke(app, ["ingest", str(broken), str(note)])
    assert result.exit_code == 1
    assert "Error: broken.pdf: not a readable PDF" in result.stderr
    assert "1 file(s) ingested; 1 failed" in result.stdout
    assert "Traceback" not in result.output


def test_search_ingests_the_shipped_corpus_first() -> None:
    result = runner.invoke(app, ["search", "open questions instead of yes/no", "--json", "-k", "3"])
    assert result.exit_code == 0, result.output
    passages = json.loads(result.stdout)
    assert len(passages) == 3
    assert {"chunk_id", "source", "heading", "text", "score", "skills"} <= set(passages[0])
    assert passages[0]["score"] >= passages[-1]["score"]


def test_search_with_a_skill_and_plain_output(note: Path) -> None:
    runner.invoke(app, ["ingest", str(note)])
    result = runner.invoke(app, ["search", "how long to pause", "--skill", "silence-skill"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1. pauses.md > Waiting  (score ")
    assert "Let the pause last." in result.stdout
    assert "\n2. " not in result.stdout


def test_changed_embeddings_ask_for_a_rebuild_which_works(
    note: Path, openai_server: OpenAIStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner.invoke(app, ["ingest", str(note)])
    monkeypatch.setenv("COACH_EMBEDDINGS", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    refused = runner.invoke(app, ["search", "pause"])
    assert refused.exit_code == 1
    assert "coach ingest --rebuild" in refused.stderr
    assert "Traceback" not in refused.output
    rebuilt = runner.invoke(app, ["ingest", "--rebuild", str(note)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "1 chunk(s) added" in rebuilt.stdout
    assert openai_server.embedding_requests


def test_a_folder_without_guidance_files_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["ingest", str(empty)])
    assert result.exit_code == 1
    assert "No .md, .txt or .pdf files found" in result.stderr
