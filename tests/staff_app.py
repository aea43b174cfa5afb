"""AppTest helpers for the trainer and admin pages: users, sign-in, opening a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coach.people.models import Role, Viewer
from coach.services import CoachServices
from tests.ui_session import PASSWORD, button, texts
from tests.ui_session import sign_in as signed_in

__all__ = ["button", "field", "isolate", "open_page", "person", "signed_in", "texts"]

UI = Path(__file__).resolve().parents[1] / "coach" / "ui"


def isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh data dir, offline mode and no LLM settings from the environment."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "offline")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_MODEL"):
        monkeypatch.delenv(name, raising=False)


def person(services: CoachServices, name: str, role: Role = Role.LEARNER) -> Viewer:
    return services.accounts.create_user(name, PASSWORD, role)


def open_page(at: AppTest, script: str) -> AppTest:
    return at.switch_page(str(UI / script)).run()


def field(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    widgets = [*at.text_input, *at.text_area, *at.selectbox, *at.number_input, *at.checkbox]
    return next(w for w in widgets if w.label == label)
