"""The practice page when the LLM breaks off a reply: AppTest against the stub over HTTP.

The broken-off words are not shown; the learner is told why, the chat input waits, and
Retry has the same turn answered.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coach.errors import ReplyInterrupted
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, cut_off, reply
from tests.ui_session import SCENARIO, button, open_page, signed_in, texts

ASKED = "How did the evenings feel for you?"
PARTIAL = "Honestly, the second"


@pytest.fixture(autouse=True)
def _llm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openai_server: OpenAIStub) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")


def _practising() -> AppTest:
    at = signed_in(CoachServices())
    at.button(key=f"brief-{SCENARIO}").click().run()
    return button(at, "Start practice").click().run()


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def test_a_broken_off_reply_is_not_shown_and_retry_answers_the_same_turn(
    openai_server: OpenAIStub,
) -> None:
    openai_server.enqueue(cut_off(f"{PARTIAL} evening was a blur.", after=3))
    at = _practising()
    at.chat_input[0].set_value(ASKED).run()
    assert not at.exception
    assert PARTIAL not in texts(at) and ASKED in texts(at)
    [warning] = at.warning
    assert "in the middle of its reply" in warning.value and "Your turn is saved" in warning.value
    assert "Settings" in warning.value
    assert at.chat_input[0].proto.disabled and "Retry" in _labels(at)

    openai_server.enqueue(reply("The second evening was a blur."))
    at = button(at, "Retry").click().run()
    assert not at.exception and not at.warning and "Retry" not in _labels(at)
    assert not at.chat_input[0].proto.disabled
    assert at.chat_message[-1].markdown[0].value == "The second evening was a blur."
    assert texts(at).count(ASKED) == 1
    first, again = openai_server.chat_requests
    assert again["messages"] == first["messages"]


def test_a_reopened_session_offers_to_retry_its_broken_reply(openai_server: OpenAIStub) -> None:
    services = CoachServices()
    at = signed_in(services)
    run = services.practice.start(services.local_viewer("ada"), SCENARIO)
    openai_server.enqueue(cut_off(f"{PARTIAL} evening.", after=2))
    with pytest.raises(ReplyInterrupted):
        list(run.say(ASKED))
    at = open_page(at, "practice.py", run.session_id)
    assert "was cut off" in at.warning[0].value and "Retry" in _labels(at)
    assert at.chat_input[0].proto.disabled
