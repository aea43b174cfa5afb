"""The Chroma guidance store: search, skills filter, persistence, embedder mismatch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.backends.chroma_collection import reset_collection
from coach.backends.chroma_store import (
    ChromaGuidanceStore,
    chroma_client,
    open_guidance_store,
    parse_chroma_url,
)
from coach.errors import CoachError
from coach.guidance.embedder import HashingEmbedder
from coach.guidance.passages import GuidanceChunk, chunk_id
from coach.settings import Settings


def chunk(source: str, heading: str, text: str, skills: list[str] | None = None) -> GuidanceChunk:
    return GuidanceChunk(
        chunk_id=chunk_id(source, heading, text),
        source=source,
        title=source.removesuffix(".md").title(),
        heading=heading,
        skills=skills or [],
        text=text,
    )


CHUNKS = [
    chunk("silence.md", "Waiting", "Let a pause last; silence gives time to think.", ["listening"]),
    chunk("questions.md", "Open questions", "Ask what and how, not yes or no.", ["questions"]),
    chunk("questions.md", "Stacked questions", "Ask one question at a time, then wait."),
    chunk(
        "deadlines.md",
        "Missed deadlines",
        "Agree dates and review commitments kindly.",
        ["feedback", "questions"],
    ),
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, embeddings="hashing", chroma_url=None)


@pytest.fixture
def store(settings: Settings) -> Iterator[ChromaGuidanceStore]:
    store = open_guidance_store(settings)
    store.upsert(CHUNKS)
    yield store
    store.close()


def test_search_returns_closest_passages_first(store: ChromaGuidanceStore) -> None:
    passages = store.search("the silence felt long so I waited", k=2)
    assert [p.heading for p in passages][0] == "Waiting"
    best = passages[0]
    assert best.source == "silence.md" and best.skills == ["listening"]
    assert best.text == CHUNKS[0].text and best.chunk_id == CHUNKS[0].chunk_id
    assert 0 < passages[1].score < best.score <= 1.0


def test_k_larger_than_the_store_returns_everything(store: ChromaGuidanceStore) -> None:
    assert len(store.search("questions", k=50)) == len(CHUNKS)


def test_skills_filter_keeps_tagged_chunks_only(store: ChromaGuidanceStore) -> None:
    tagged = store.search("questions", k=10, skills=["questions"])
    assert {p.heading for p in tagged} == {"Open questions", "Missed deadlines"}
    either = store.search("questions", k=10, skills=["listening", "feedback"])
    assert {p.heading for p in either} == {"Waiting", "Missed deadlines"}
    assert store.search("questions", k=10, skills=["nobody-has-this"]) == []


def test_empty_query_or_store_finds_nothing(settings: Settings) -> None:
    empty = open_guidance_store(settings)
    assert empty.search("anything") == []
    empty.upsert(CHUNKS[:1])
    assert empty.search("   ") == []
    empty.close()


def test_sources_ids_and_deletion(store: ChromaGuidanceStore) -> None:
    assert store.sources() == {"deadlines.md": 1, "questions.md": 2, "silence.md": 1}
    assert store.chunk_ids("questions.md") == {CHUNKS[1].chunk_id, CHUNKS[2].chunk_id}
    store.delete_ids([CHUNKS[1].chunk_id])
    store.delete_source("silence.md")
    assert store.count() == 2
    assert store.sources() == {"deadlines.md": 1, "questions.md": 1}


def test_upserting_the_same_chunks_again_adds_nothing(store: ChromaGuidanceStore) -> None:
    store.upsert(CHUNKS)
    assert store.count() == len(CHUNKS)


def test_data_and_stamps_persist_across_reopening(settings: Settings) -> None:
    first = open_guidance_store(settings)
    first.upsert(CHUNKS)
    first.write_stamp("corpus", "abc")
    first.close()
    again = open_guidance_store(settings)
    assert (settings.data_dir / "chroma").is_dir()
    assert again.count() == len(CHUNKS)
    assert again.read_stamp("corpus") == "abc"
    assert again.read_stamp("other") is None
    assert again.search("silence", k=1)[0].heading == "Waiting"
    again.close()


class _OtherModel(HashingEmbedder):
    """Stands in for a model whose vectors cannot be made again from the stored text."""

    @property
    def name(self) -> str:
        return "some-other-model"


def test_a_different_model_is_refused_with_the_fix(settings: Settings) -> None:
    open_guidance_store(settings).close()
    client = chroma_client(settings)
    with pytest.raises(CoachError, match="coach ingest --rebuild"):
        ChromaGuidanceStore(client, _OtherModel())
    ChromaGuidanceStore(client, HashingEmbedder()).close()  # the right one opens, then closes


def test_a_store_of_other_hashed_vectors_is_converted_keeping_every_chunk_and_stamp(
    settings: Settings, store: ChromaGuidanceStore
) -> None:
    store.write_stamp("corpus", "abc")
    before = store.revision.read() if store.revision else None
    store.close()
    client = chroma_client(settings)
    converted = ChromaGuidanceStore(client, HashingEmbedder(512), revision=store.revision)
    assert converted.collection.metadata["embedder"] == HashingEmbedder(512).name
    assert converted.count() == len(CHUNKS)
    assert converted.read_stamp("corpus") == "abc"
    assert converted.search("silence", k=1)[0].heading == "Waiting"
    assert converted.sources() == {"deadlines.md": 1, "questions.md": 2, "silence.md": 1}
    assert converted.revision is not None and converted.revision.read() != before
    assert [c.name for c in client.list_collections()] == ["guidance"]
    converted.close()


def test_rebuild_empties_the_store(settings: Settings, store: ChromaGuidanceStore) -> None:
    store.close()
    rebuilt = open_guidance_store(settings, rebuild=True)
    assert rebuilt.count() == 0
    rebuilt.close()


def test_after_a_reset_another_embedder_is_accepted(settings: Settings) -> None:
    open_guidance_store(settings).close()
    client = chroma_client(settings)
    reset_collection(client)
    store = ChromaGuidanceStore(client, HashingEmbedder(512))
    store.upsert(CHUNKS)
    assert store.search("silence", k=1)[0].heading == "Waiting"
    store.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://chroma.internal:9000", ("chroma.internal", 9000, False)),
        ("https://chroma.example.org", ("chroma.example.org", 443, True)),
        ("localhost", ("localhost", 8000, False)),
        ("localhost:8123", ("localhost", 8123, False)),
    ],
)
def test_chroma_urls_are_parsed(url: str, expected: tuple[str, int, bool]) -> None:
    assert parse_chroma_url(url) == expected


@pytest.mark.parametrize("url", ["ftp://host", "http://", "http://host:notaport"])
def test_bad_chroma_urls_say_what_to_fix(url: str) -> None:
    with pytest.raises(CoachError, match="COACH_CHROMA_URL"):
        parse_chroma_url(url)


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, chroma_url="http://127.0.0.1:9")
    with pytest.raises(CoachError, match="Cannot reach the Chroma server"):
        open_guidance_store(settings)
