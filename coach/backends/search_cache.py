"""Guidance search answers kept on disk while the store is unchanged (files only).

Opening the embedded Chroma store costs most of a second (importing Chroma alone is
0.7 s), and the offline critique asks the same few questions of it again and again: one query
per kind of growth area, with the scenario's skills. ``CachedSearch`` answers those from a small
JSON file and opens the store only for a question it has not seen since the store last changed.

Whether the store changed is read without opening it: every write through coach's store
(chunks added or removed, the shipped corpus re-stamped) writes a new token to a revision file
beside the store (``StoreRevision``), and the cache also records the embedder and the shipped
corpus's stamp. A store on a Chroma server is written by other machines too, so it is never
cached. The file is replaced atomically; a damaged or stale file is simply a miss.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from coach.guidance.passages import Passage
from coach.ports import GuidanceSearch
from coach.settings import Settings

REVISION_FILE = "coach-revision"
CACHE_FILE = "search-cache.json"
MOST_ANSWERS = 2000  # a cache with more is started afresh


def store_revision_path(settings: Settings) -> Path:
    return settings.data_dir / "chroma" / REVISION_FILE


def search_cache_path(settings: Settings) -> Path:
    return settings.data_dir / "chroma" / CACHE_FILE


class StoreRevision:
    """A token that changes whenever coach writes to the embedded store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def bump(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _replace(self.path, secrets.token_hex(16))


class CachedSearch:
    """A GuidanceSearch that answers from disk while the store and corpus are unchanged."""

    def __init__(
        self,
        cache_path: Path,
        revision: StoreRevision,
        context: str,
        open_store: Callable[[], GuidanceSearch | None],
    ) -> None:
        self.cache_path = cache_path
        self.revision = revision
        self.context = context  # what else the answers depend on: embedder, shipped corpus
        self.open_store = open_store
        self.misses = 0

    def search(self, query: str, k: int = 5, skills: Sequence[str] | None = None) -> list[Passage]:
        key = json.dumps([query, k, sorted(skills or [])])
        version = f"{self.revision.read()}|{self.context}"
        answers = self._load(version)
        if key in answers:
            return [Passage.model_validate(p) for p in answers[key]]
        self.misses += 1
        store = self.open_store()
        if store is None:
            return []
        found = store.search(query, k=k, skills=skills)
        version = f"{self.revision.read()}|{self.context}"  # opening may have updated the store
        answers = self._load(version)
        if len(answers) >= MOST_ANSWERS:
            answers = {}
        answers[key] = [p.model_dump(mode="json") for p in found]
        self._save(version, answers)
        return found

    def _load(self, version: str) -> dict[str, list[dict[str, object]]]:
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != version:
            return {}
        answers = data.get("answers")
        return answers if isinstance(answers, dict) else {}

    def _save(self, version: str, answers: dict[str, list[dict[str, object]]]) -> None:
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            _replace(self.cache_path, json.dumps({"version": version, "answers": answers}))
        except OSError:
            pass  # a cache that cannot be written only costs time


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (readers see the old file or the new one)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
