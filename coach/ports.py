"""Protocols the core depends on; backends implement them, tests pass their own."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from coach.models import (
    Act,
    ChatMessage,
    Difficulty,
    PersonaState,
    Reaction,
    SessionRecord,
    Speaker,
    Usage,
)


class ChatModel(Protocol):
    """A chat model that streams its reply. ``last_usage`` holds the usage of the last call."""

    last_usage: Usage | None

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        """Yield the reply's text as it arrives. Exactly one model call per invocation."""
        ...


class Repository(Protocol):
    """Storage of users, practice sessions and their turns."""

    def ensure_user(self, username: str, role: str = "learner") -> int:
        """The id of the user called ``username``, created (without password) if absent."""
        ...

    def create_session(
        self, user_id: int, scenario_id: str, difficulty: Difficulty, mode: str
    ) -> int:
        """Start a practice session and return its id."""
        ...

    def add_turn(
        self,
        session_id: int,
        speaker: Speaker,
        text: str,
        *,
        acts: Sequence[Act] | None = None,
        persona_state: PersonaState | None = None,
        reaction: Reaction | None = None,
        usage: Usage | None = None,
    ) -> int:
        """Append a turn, committed before returning; returns its 0-based index."""
        ...

    def get_session(self, session_id: int) -> SessionRecord:
        """The session with its turns; raises NotFoundError if absent."""
        ...

    def end_session(self, session_id: int) -> None:
        """Mark the session ended now."""
        ...
