"""Admin use cases: the LLM connection and its test, data retention, database and store status.

A connection changed here is written to this server process's environment, so it applies
until the process restarts; the server's own environment or .env keeps it for good.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from datetime import datetime, timedelta

from pydantic import BaseModel

from coach.errors import CoachError
from coach.models import ChatMessage
from coach.people.models import Viewer
from coach.people.roles import require_admin
from coach.services import CoachServices
from coach.settings import Settings

BASE_URL_VARIABLE = "OPENAI_BASE_URL"
MODEL_VARIABLE = "COACH_MODEL"
PING = "Reply with the single word OK."
MAX_REPLY = 80  # characters of the test reply shown back


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
    if settings.embeddings == "hashing":
        return "hashing (built in, offline)"
    return f"{settings.embeddings} · {settings.embedding_model}"


def check_connection(viewer: Viewer, settings: Settings, base_url: str, model: str) -> str:
    """Send one tiny chat request; the start of the reply, or CoachError in one sentence."""
    require_admin(viewer)
    from coach.backends.openai.chat import OpenAIChatModel

    trial = settings.model_copy(
        update={"openai_base_url": base_url.strip() or None, "model": model.strip()}
    )
    trial = trial.model_copy(update={"max_retries": 0, "request_timeout": 20.0})
    chat = OpenAIChatModel(trial)
    reply = "".join(chat.stream([ChatMessage(role="user", content=PING)])).strip()
    return reply[:MAX_REPLY] or "(an empty reply)"


def apply_connection(
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


def delete_old_transcripts(
    viewer: Viewer, services: CoachServices, days: int, now: datetime
) -> int:
    """Delete practice sessions (turns, critiques) started more than ``days`` days ago."""
    require_admin(viewer)
    if days < 1:
        raise CoachError("Keep at least 1 day of transcripts; enter 1 or more.")
    from coach.backends.sql.admin import delete_sessions_started_before

    return delete_sessions_started_before(services.repository.engine, now - timedelta(days=days))


def database_status(viewer: Viewer, services: CoachServices) -> DatabaseStatus:
    require_admin(viewer)
    from coach.backends.sql.admin import masked_url, table_counts

    url = services.settings.resolved_database_url
    return DatabaseStatus(url=masked_url(url), counts=table_counts(services.repository.engine))


def store_status(viewer: Viewer, services: CoachServices) -> StoreStatus:
    require_admin(viewer)
    label = embedder_label(services.settings)
    with services.guidance() as (store, notices):
        if store is None:
            return StoreStatus(chunks=0, sources=0, embedder=label, problem=" ".join(notices))
        return StoreStatus(chunks=store.count(), sources=len(store.sources()), embedder=label)
