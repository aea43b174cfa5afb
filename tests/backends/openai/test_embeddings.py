"""Embeddings over real HTTP from a local OpenAI-compatible server, stored in Chroma."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from coach.backends.chroma_store import open_guidance_store
from coach.backends.openai.embeddings import BATCH_SIZE, openai_embedder
from coach.errors import CoachError
from coach.guidance.passages import GuidanceChunk, chunk_id
from coach.settings import Settings
from tests.openai_stub import OpenAIStub, status


def stub_settings(server: OpenAIStub, tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        embeddings="openai",
        embedding_model="stub-embed",
        openai_base_url=server.base_url,
        openai_api_key=SecretStr("test-key"),
        max_retries=0,
    )


def chunk(heading: str, text: str) -> GuidanceChunk:
    return GuidanceChunk(
        chunk_id=chunk_id("notes.md", heading, text),
        source="notes.md",
        title="Notes",
        heading=heading,
        text=text,
    )


def test_store_embeds_through_the_server(openai_server: OpenAIStub, tmp_path: Path) -> None:
    store = open_guidance_store(stub_settings(openai_server, tmp_path))
    store.upsert([chunk("Silence", "wait in silence"), chunk("Dates", "agree a date")])
    [best] = store.search("silence", k=1)
    store.close()
    assert best.heading == "Silence"
    requests = openai_server.embedding_requests
    assert [r["model"] for r in requests] == ["stub-embed", "stub-embed"]
    assert requests[0]["encoding_format"] == "float"
    assert len(requests[0]["input"]) == 2 and requests[1]["input"] == ["silence"]


def test_large_inputs_are_sent_in_batches(openai_server: OpenAIStub, tmp_path: Path) -> None:
    embedder = openai_embedder(stub_settings(openai_server, tmp_path))
    vectors = embedder.embed_documents([f"text number {i}" for i in range(BATCH_SIZE + 3)])
    assert len(vectors) == BATCH_SIZE + 3
    assert [len(r["input"]) for r in openai_server.embedding_requests] == [BATCH_SIZE, 3]
    assert vectors[0] != vectors[1]


def test_the_embedder_name_records_the_model(openai_server: OpenAIStub, tmp_path: Path) -> None:
    assert openai_embedder(stub_settings(openai_server, tmp_path)).name == "openai:stub-embed"


def test_server_errors_become_one_clear_sentence(openai_server: OpenAIStub, tmp_path: Path) -> None:
    openai_server.enqueue(status(404, message="no such model"), route="embeddings")
    embedder = openai_embedder(stub_settings(openai_server, tmp_path))
    with pytest.raises(CoachError, match="COACH_EMBEDDING_MODEL"):
        embedder.embed_query("hello")


def test_an_unreachable_server_says_how_to_go_offline(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        embeddings="openai",
        openai_base_url="http://127.0.0.1:9/v1",
        max_retries=0,
    )
    with pytest.raises(CoachError, match="COACH_EMBEDDINGS=hashing"):
        openai_embedder(settings).embed_query("hello")


def test_no_key_and_no_url_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    settings = Settings(data_dir=tmp_path, embeddings="openai", _env_file=None)
    with pytest.raises(CoachError, match="OPENAI_API_KEY"):
        openai_embedder(settings)
