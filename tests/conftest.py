"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.openai_stub import OpenAIStub


@pytest.fixture
def openai_server() -> Iterator[OpenAIStub]:
    """A running OpenAI-compatible stub on 127.0.0.1; ``.base_url`` ends in /v1."""
    with OpenAIStub() as stub:
        yield stub
