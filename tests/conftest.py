"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.services import CoachServices
from tests.openai_stub import OpenAIStub


@pytest.fixture
def openai_server() -> Iterator[OpenAIStub]:
    """A running OpenAI-compatible stub on 127.0.0.1; ``.base_url`` ends in /v1."""
    with OpenAIStub() as stub:
        yield stub


@pytest.fixture
def offline_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder and offline mode, whatever the developer's environment says."""
    data = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    monkeypatch.setenv("COACH_LLM", "offline")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return data


@pytest.fixture
def services(offline_data_dir: Path) -> CoachServices:
    """Services over ``offline_data_dir``."""
    return CoachServices()
