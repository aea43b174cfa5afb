"""The guidance store through a real Chroma server: ingest, search and a critique over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.backends.chroma_store import open_guidance_store
from coach.backends.guidance_files import load_guidance_file
from coach.guidance.ingest import ensure_shipped_corpus
from coach.models import Speaker, Transcript, TranscriptTurn
from coach.services import CoachServices
from coach.settings import LLMMode, Settings
from tests.chroma_server import ChromaServer, chroma_executable


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    executable = chroma_executable()
    if executable is None:
        pytest.skip("the `chroma` executable is missing; pip install -e '.[test]' installs it")
    with ChromaServer(executable, tmp_path_factory.mktemp("chroma") / "server") as server:
        yield server.url


def server_settings(data_dir: Path, chroma_url: str) -> Settings:
    return Settings(data_dir=data_dir, chroma_url=chroma_url, llm=LLMMode.OFFLINE)


def test_ingest_and_search_through_the_server(tmp_path: Path, chroma_url: str) -> None:
    store = open_guidance_store(server_settings(tmp_path, chroma_url), rebuild=True)
    report = ensure_shipped_corpus(store, load_guidance_file)
    assert report is not None and report.ok and report.added == store.count() > 50
    assert not (tmp_path / "chroma").exists()  # nothing embedded: the server holds it all
    passages = store.search("how do I stop giving advice too early", k=3)
    assert len(passages) == 3 and "advice" in passages[0].text.lower()
    assert ensure_shipped_corpus(store, load_guidance_file) is None  # the stamp lives there too


def test_a_critique_cites_guidance_from_the_server(tmp_path: Path, chroma_url: str) -> None:
    services = CoachServices(server_settings(tmp_path, chroma_url))
    turns = [
        TranscriptTurn(speaker=Speaker.COUNTERPART, text="I keep missing the deadlines."),
        TranscriptTurn(speaker=Speaker.LEARNER, text="You should just work longer hours."),
        TranscriptTurn(speaker=Speaker.COUNTERPART, text="I already stay late."),
        TranscriptTurn(speaker=Speaker.LEARNER, text="Have you tried making a list?"),
    ]
    critique = services.critique(Transcript(scenario="giving-feedback", turns=turns))
    assert not any("unavailable" in notice for notice in critique.notices)
    assert any(area.guidance for area in critique.growth_areas)
