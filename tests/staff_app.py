"""AppTest helpers for the trainer and admin pages: users, sign-in, opening a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coach.accounts import Role, Viewer, open_accounts
from coach.services import CoachServices

APP = Path(__file__).resolve().parents[1] / "app.py"
UI = Path(__file__).resolve().parents[1] / "coach" / "ui"
PASSWORD = "a long enough secret"


def isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh data dir, offline mode and no LLM settings from the environment."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_LLM", "offline")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_MODEL"):
        monkeypatch.delenv(name, raising=False)


def person(services: CoachServices, name: str, role: Role = Role.LEARNER) -> Viewer:
    return open_accounts(services).create_user(name, PASSWORD, role)


def signed_in(name: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    fields = {field.label: field for field in at.text_input}
    fields["Username"].input(name)
    fields["Password"].input(PASSWORD)
    return button(at, "Sign in").click().run()


def open_page(at: AppTest, script: str) -> AppTest:
    return at.switch_page(str(UI / script)).run()


def button(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in at.button if b.label == label)


def texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def field(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    widgets = [*at.text_input, *at.text_area, *at.selectbox, *at.number_input, *at.checkbox]
    return next(w for w in widgets if w.label == label)
