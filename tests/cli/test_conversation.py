"""``coach practice`` when the LLM breaks off: retry at once, or stop and ``--resume`` later.

The real openai client streams from the local stub; turns are counted in the real store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.models import SessionRecord, Speaker
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, cut_off, reply, status

runner = CliRunner()
SCENARIO = "setting-boundaries"
ASKED = "What made you message so late?"


@pytest.fixture(autouse=True)
def _llm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIStub) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")


def _stored(session_id: int) -> SessionRecord:
    return CoachServices().repository.get_session(session_id)


def _only_session() -> SessionRecord:
    services = CoachServices()
    [session] = services.repository.list_sessions(services.repository.ensure_user("ada"))
    return services.repository.get_session(session.id)


def _practise(*args: str, input: str) -> tuple[int, str, str]:  # noqa: A002
    result = runner.invoke(app, ["practice", *args, "--user", "ada", "--no-critique"], input=input)
    return result.exit_code, result.stdout, result.stderr


def test_enter_retries_a_broken_off_reply_in_the_same_session(openai_server: OpenAIStub) -> None:
    openai_server.enqueue(cut_off("I was just, you know, busy", after=3), reply("Deadlines."))
    code, out, err = _practise(SCENARIO, input=f"{ASKED}\n\n/end\n")
    assert code == 0, err
    assert "I was just, [cut off: not part of the conversation]" in out
    assert "in the middle of its reply" in err and "Press Enter to retry" in err
    assert "Deadlines." in out
    record = _only_session()
    assert [t.text for t in record.turns if t.speaker is Speaker.LEARNER] == [ASKED]
    assert record.turns[-1].text == "Deadlines." and len(record.interrupted) == 1
    assert record.ended_at is not None


def test_stopping_after_a_failure_leaves_the_session_open_to_resume(
    openai_server: OpenAIStub,
) -> None:
    openai_server.enqueue(status(503))
    code, _, err = _practise(SCENARIO, input=f"{ASKED}\n/end\n")
    record = _only_session()
    assert code == 1 and record.ended_at is None
    [line] = [line for line in err.splitlines() if "Error:" in line]
    assert f"coach practice --resume {record.id}" in line and "HTTP 503" in line

    openai_server.enqueue(reply("Late is when I get time."), reply("Fine."))
    code, out, err = _practise("--resume", str(record.id), input="And why is that?\n/end\n")
    assert code == 0, err
    assert f"You: {ASKED}" in out and "has not answered your last turn yet" in out
    assert out.index("Late is when I get time.") < out.index("Fine.")
    record = _stored(record.id)
    learner = [t.text for t in record.turns if t.speaker is Speaker.LEARNER]
    assert learner == [ASKED, "And why is that?"] and record.ended_at is not None


def test_a_scripted_session_stops_at_a_broken_reply_and_resumes_with_its_script(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    script = tmp_path / "turns.txt"
    script.write_text(f"{ASKED}\nWhat would help?\n")
    openai_server.enqueue(cut_off("Well, the thing", after=2))
    code, _, err = _practise(SCENARIO, "--learner-script", str(script), input="")
    record = _only_session()
    assert code == 1 and "--resume" in err and len(record.interrupted) == 1
    assert [t.speaker for t in record.turns] == [Speaker.COUNTERPART, Speaker.LEARNER]

    more = tmp_path / "more.txt"
    more.write_text("What would help?\n")
    openai_server.enqueue(reply("Less noise."), reply("Time."))
    args = ["--resume", str(record.id), "--learner-script", str(more), "--json"]
    code, out, err = _practise(*args, input="")
    assert code == 0, err
    session = json.loads(out)
    said = [t["text"] for t in session["turns"]][1:]
    assert said == [ASKED, "Less noise.", "What would help?", "Time."]


def test_offline_flag_lets_the_built_in_engine_answer_a_resumed_turn(
    openai_server: OpenAIStub,
) -> None:
    openai_server.enqueue(cut_off("Well, the thing", after=2))
    _practise(SCENARIO, input=f"{ASKED}\n/end\n")
    record = _only_session()
    code, out, err = _practise("--resume", str(record.id), "--offline", input="/end\n")
    assert code == 0, err
    assert "OFFLINE MODE" in out and len(openai_server.chat_requests) == 1
    record = _stored(record.id)
    assert [t.speaker for t in record.turns][-2:] == [Speaker.LEARNER, Speaker.COUNTERPART]
