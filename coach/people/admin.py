"""Admin use cases: the LLM connection and its test, data retention, database and store status.

A connection changed here is written to this server process's environment, so it applies
until the process restarts; the server's own environment or .env keeps it for good.
"""

from __future__ import annotations

import os
from collections.abc import Callable, MutableMapping
from datetime import datetime, timedelta

from pydantic import BaseModel

from coach.errors import CoachError
from coach.models import ChatMessage
from coach.people.models import Viewer
from coach.people.roles import require_admin
from coach.ports import AdminStore, ChatModel, GuidanceStore
from coach.settings import EmbeddingBackend, Settings

BASE_URL_VARIABLE = "OPENAI_BASE_URL"
MODEL_VARIABLE = "COACH_MODEL"
PING = "Reply with the single word OK."
MAX_REPLY = 80  # characters of the test reply shown back

StoreOpener = Callable[[], tuple[GuidanceStore | None, list[str]]]


class DatabaseStatus(BaseModel):
    url: str
    counts: dict[str, int]


class StoreStatus(BaseModel):
    chunks: int
    sources: int
    embedder: str
    problem: str | None = None


def embedder_label(settings: Settings) -> str:
    """The embedding backend as people read it, with its model when it has one."""
    if settings.embeddings is EmbeddingBackend.HASHING:
        return "hashing (built in, offline)"
    return f"{settings.embeddings.value} · {settings.embedding_model}"


class Administration:
    """What only admins may do; every method checks the viewer first."""

    def __init__(
        self,
        settings: Settings,
        store: AdminStore,
        guidance: StoreOpener,
        chat_model: Callable[[Settings], ChatModel],
    ) -> None:
        self._settings, self._store = settings, store
        self._guidance, self._chat_model = guidance, chat_model

    def check_connection(self, viewer: Viewer, base_url: str, model: str) -> str:
        """Send one tiny chat request; the start of the reply, or CoachError in one sentence."""
        require_admin(viewer)
        trial = self._settings.model_copy(
            update={
                "openai_base_url": base_url.strip() or None,
                "model": model.strip(),
                "max_retries": 0,
                "request_timeout": 20.0,
            }
        )
        chat = self._chat_model(trial)
        reply = "".join(chat.stream([ChatMessage(role="user", content=PING)])).strip()
        return reply[:MAX_REPLY] or "(an empty reply)"

    def apply_connection(
        self,
        viewer: Viewer,
        base_url: str,
        model: str,
        environ: MutableMapping[str, str] | None = None,
    ) -> None:
        """Use this base URL and model for new sessions in this server process."""
        require_admin(viewer)
        if not model.strip():
            raise CoachError("Enter a model name, such as gpt-4.1-mini.")
        environ = os.environ if environ is None else environ
        if base_url.strip():
            environ[BASE_URL_VARIABLE] = base_url.strip()
        else:
            environ.pop(BASE_URL_VARIABLE, None)
        environ[MODEL_VARIABLE] = model.strip()

    def delete_old_transcripts(self, viewer: Viewer, days: int, now: datetime) -> int:
        """Delete practice sessions (turns, critiques) started more than ``days`` days ago."""
        require_admin(viewer)
        if days < 1:
            raise CoachError("Keep at least 1 day of transcripts; enter 1 or more.")
        return self._store.delete_sessions_started_before(now - timedelta(days=days))

    def database_status(self, viewer: Viewer) -> DatabaseStatus:
        require_admin(viewer)
        return DatabaseStatus(url=self._store.masked_url(), counts=self._store.table_counts())

    def store_status(self, viewer: Viewer) -> StoreStatus:
        require_admin(viewer)
        label = embedder_label(self._settings)
        store, notices = self._guidance()
        if store is None:
            return StoreStatus(chunks=0, sources=0, embedder=label, problem=" ".join(notices))
        return StoreStatus(chunks=store.count(), sources=len(store.sources()), embedder=label)
