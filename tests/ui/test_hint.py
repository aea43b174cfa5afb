"""The practice page's hint popover through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.services import CoachServices
from tests.ui_session import SCENARIO, button, signed_in


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "offline")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def _hint(at) -> str:  # type: ignore[no-untyped-def]
    popover = next(p for p in at.get("popover") if p.proto.popover.label == "Hint")
    return popover.markdown[0].value


def test_hint_follows_the_conversation() -> None:
    at = signed_in(CoachServices())
    at.button(key=f"brief-{SCENARIO}").click().run()
    at = button(at, "Start practice").click().run()
    assert "An open question works well here" in _hint(at)
    at.chat_input[0].set_value("Did you finish the report?").run()
    at.chat_input[0].set_value("Are you okay with the deadline?").run()
    assert not at.exception
    hint = _hint(at)
    assert "two closed questions in a row" in hint
    assert "What stands out to you about the deadline?" in hint
