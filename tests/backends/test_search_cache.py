"""Guidance search answers cached on disk: reused while the store is unchanged, never after."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from coach.backends.chroma_store import open_guidance_store
from coach.backends.search_cache import (
    CachedSearch,
    StoreRevision,
    search_cache_path,
    store_revision_path,
)
from coach.guidance.passages import GuidanceChunk, Passage
from coach.services import CoachServices
from coach.settings import Settings


class CountingStore:
    """A store that answers every query with one passage and counts the searches."""

    def __init__(self) -> None:
        self.searches = 0

    def search(self, query: str, k: int = 5, skills: Sequence[str] | None = None) -> list[Passage]:
        self.searches += 1
        chunk = GuidanceChunk(
            chunk_id=f"c{self.searches}", source="s.md", title="T", heading="H",
            skills=list(skills or []), text=f"About {query}.",
        )  # fmt: skip
        return [Passage(**chunk.model_dump(), score=0.5)]


@pytest.fixture
def parts(tmp_path: Path) -> tuple[CachedSearch, CountingStore, StoreRevision]:
    store = CountingStore()
    revision = StoreRevision(tmp_path / "revision")
    revision.bump()
    return (
        CachedSearch(tmp_path / "cache.json", revision, "hashing|corpus1", lambda: store),
        store,
        revision,
    )


def test_a_repeated_question_is_answered_from_disk(parts) -> None:  # type: ignore[no-untyped-def]
    cached, store, _ = parts
    first = cached.search("open questions", k=3, skills=["open-questions"])
    again = cached.search("open questions", k=3, skills=["open-questions"])
    assert first == again and store.searches == 1
    cached.search("open questions", k=2, skills=["open-questions"])  # another question
    assert store.searches == 2


def test_a_changed_store_or_corpus_or_a_broken_file_is_a_miss(parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cached, store, revision = parts
    cached.search("q")
    revision.bump()  # coach wrote to the store
    cached.search("q")
    assert store.searches == 2
    other = CachedSearch(cached.cache_path, revision, "hashing|corpus2", lambda: store)
    other.search("q")  # the shipped corpus changed
    assert store.searches == 3
    cached.cache_path.write_text("{not json", encoding="utf-8")
    cached.search("q")
    assert store.searches == 4


def test_every_write_to_the_embedded_store_changes_its_revision(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, embeddings="hashing")
    store = open_guidance_store(settings)
    revision = StoreRevision(store_revision_path(settings))
    before = revision.read()
    assert before is not None
    chunk = GuidanceChunk(
        chunk_id="a", source="a.md", title="A", heading="H", skills=["x"], text="Some words."
    )
    store.upsert([chunk])
    after_upsert = revision.read()
    store.delete_source("a.md")
    assert len({before, after_upsert, revision.read()}) == 3
    store.close()


def test_the_critique_opens_the_store_once_then_answers_from_the_cache(tmp_path: Path) -> None:
    from coach.models import Transcript
    from tests.paths import REPO

    settings = Settings(data_dir=tmp_path, embeddings="hashing", llm="offline")
    path = REPO / "evaluation" / "critique" / "pairs" / "giving-feedback-poor.json"
    transcript = Transcript.model_validate_json(path.read_text(encoding="utf-8"))
    first = CoachServices(settings).critique(transcript, offline=True)
    assert search_cache_path(settings).exists()
    later = CoachServices(settings)
    search, _ = later.citations()
    second = later.critique(transcript, offline=True)
    assert second == first
    assert "_guidance" not in later.__dict__  # never opened: every answer came from the cache
    assert isinstance(search, CachedSearch)


def test_a_store_on_a_server_is_not_cached(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, embeddings="hashing", chroma_url="http://127.0.0.1:9")
    search, notices = CoachServices(settings).citations()
    assert not isinstance(search, CachedSearch) and search is None and notices
