"""``coach practice`` with an LLM: the real openai client streams from a local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, reply, status
from tests.paths import TEST_DATA

DATA = TEST_DATA
runner = CliRunner()


@pytest.fixture(autouse=True)
def _llm_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIStub
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("COACH_LLM", "auto")
    monkeypatch.setenv("COACH_RETRY_BASE_DELAY", "0")
    monkeypatch.setenv("COACH_MAX_RETRIES", "1")


def test_llm_mode_streams_one_call_per_learner_turn(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(
        reply("I guess it has been a rough few weeks."), reply("The residents scare me a bit.")
    )
    script = tmp_path / "two_turns.txt"
    script.write_text("What has been going on?\nIt sounds like it has been hard.\n")
    result = runner.invoke(
        app, ["practice", "giving-feedback", "--learner-script", str(script), "--no-critique"]
    )
    assert result.exit_code == 0, result.output
    assert "LLM MODE" in result.stdout
    assert "I guess it has been a rough few weeks." in result.stdout
    assert len(openai_server.chat_requests) == 2
    last = openai_server.chat_requests[-1]
    assert last["stream"] is True
    user_messages = [m["content"] for m in last["messages"] if m["role"] == "user"]
    assert user_messages == ["What has been going on?", "It sounds like it has been hard."]


def test_llm_session_ends_with_a_critique_even_when_the_model_answers_nonsense(
    openai_server: OpenAIStub,
) -> None:
    openai_server.enqueue(reply("Where do I even start."), reply("not json"), reply("still not"))
    result = runner.invoke(
        app, ["practice", "giving-feedback", "--json"], input="What happened?\n/end\n"
    )
    assert result.exit_code == 0, result.output
    session = json.loads(result.stdout[result.stdout.index("{") :])
    critique = session["critique"]
    assert critique["mode"] == "offline"
    assert any("offline" in notice for notice in critique["notices"])
    assert len(openai_server.chat_requests) == 3  # the reply, the critique, one repair


def test_usage_of_each_call_is_stored(openai_server: OpenAIStub) -> None:
    openai_server.enqueue(reply("Fine, I suppose.", cached_tokens=5))
    result = runner.invoke(
        app,
        ["practice", "building-trust", "--json"],
        input="How are things on the floor?\n/end\n",
    )
    assert result.exit_code == 0, result.output
    session = json.loads(result.stdout[result.stdout.index("{") :])
    assert session["mode"] == "llm"
    stored = CoachServices().repository.get_session(session["session_id"])
    reply_turn = stored.turns[-1]
    assert reply_turn.text == "Fine, I suppose."
    assert reply_turn.usage is not None and reply_turn.usage.prompt_tokens > 0
    assert reply_turn.usage.cached_tokens == 5


def test_llm_failure_keeps_the_learners_turn(openai_server: OpenAIStub) -> None:
    openai_server.enqueue(status(503), status(503))
    result = runner.invoke(
        app, ["practice", "setting-boundaries"], input="What made you message so late?\n"
    )
    assert result.exit_code == 1
    error_lines = [line for line in result.output.splitlines() if "Error:" in line]
    assert len(error_lines) == 1 and "saved" in error_lines[0]
    assert "--offline" in error_lines[0]  # the CLI says what the CLI can do about it
    assert "Traceback" not in result.output
    services = CoachServices()
    sessions = services.repository.list_sessions(services.repository.ensure_user(_me()))
    stored = services.repository.get_session(sessions[0].id)
    assert stored.turns[-1].text == "What made you message so late?"
    assert stored.turns[-1].acts


def test_offline_flag_overrides_a_configured_llm(openai_server: OpenAIStub) -> None:
    result = runner.invoke(
        app,
        ["practice", "giving-feedback", "--offline", "--json"],
        input="What happened at the consultation?\n/end\n",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout[result.stdout.index("{") :])["mode"] == "offline"
    assert openai_server.chat_requests == []


def _me() -> str:
    import getpass

    return getpass.getuser()


def test_the_state_note_tells_the_model_the_move_and_the_phase(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(reply("Yes. Twice."), reply("Maybe I could take them round the model."))
    script = tmp_path / "moves.txt"
    script.write_text("Did Margit brief you before the evenings?\nWhat would help next time?\n")
    result = runner.invoke(
        app, ["practice", "giving-feedback", "--learner-script", str(script), "--no-critique"]
    )
    assert result.exit_code == 0, result.output
    notes = [request["messages"][-1]["content"] for request in openai_server.chat_requests]
    assert "asks of you: yes no question (say yes or no first" in notes[0]
    assert "Where the conversation is: exploring" in notes[0]
    assert "asks of you: plan invite (offer an idea of your own" in notes[1]
    assert "Where the conversation is: planning" in notes[1]
