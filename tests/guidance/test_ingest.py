"""Ingesting guidance: idempotent, edits replace old chunks, bad files reported, shipped corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.backends.chroma_store import ChromaGuidanceStore, open_guidance_store
from coach.backends.guidance_files import load_guidance_file
from coach.errors import CoachError
from coach.guidance.ingest import (
    IngestReport,
    corpus_stamp,
    ensure_shipped_corpus,
    guidance_files,
    ingest_paths,
)
from coach.settings import Settings
from tests.minimal_pdf import write_text_pdf

SILENCE = """---
title: Silence
skills: [active-listening]
---
## Waiting

Let the pause last; the mentee is thinking.

## Prompts

A quiet "go on" keeps them talking.
"""
DEADLINES = "## Missed deadlines\n\nAgree a date together and review it kindly.\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ChromaGuidanceStore]:
    store = open_guidance_store(Settings(data_dir=tmp_path / "data", embeddings="hashing"))
    yield store
    store.close()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "silence.md").write_text(SILENCE, encoding="utf-8")
    (folder / "deadlines.md").write_text(DEADLINES, encoding="utf-8")
    return folder


def ingest(store: ChromaGuidanceStore, *paths: Path) -> IngestReport:
    return ingest_paths(store, load_guidance_file, paths)


def test_ingesting_again_adds_nothing(store: ChromaGuidanceStore, library: Path) -> None:
    first = ingest(store, library)
    assert (first.added, first.unchanged, first.removed) == (3, 0, 0)
    assert len(first.files_ok) == 2 and first.ok
    second = ingest(store, library)
    assert (second.added, second.unchanged, second.removed) == (0, 3, 0)
    assert store.count() == 3


def test_an_edited_file_replaces_its_old_chunks(store: ChromaGuidanceStore, library: Path) -> None:
    ingest(store, library)
    edited = SILENCE.replace("the mentee is thinking", "they are still thinking it over")
    (library / "silence.md").write_text(edited, encoding="utf-8")
    report = ingest(store, library / "silence.md")
    assert (report.added, report.unchanged, report.removed) == (1, 1, 1)
    assert store.sources() == {"deadlines.md": 1, "silence.md": 2}
    texts = {p.text for p in store.search("pause thinking", k=10)}
    assert "Let the pause last; they are still thinking it over." in texts
    assert "Let the pause last; the mentee is thinking." not in texts


def test_a_removed_section_is_removed(store: ChromaGuidanceStore, library: Path) -> None:
    ingest(store, library)
    (library / "silence.md").write_text(SILENCE.split("## Prompts")[0], encoding="utf-8")
    report = ingest(store, library)
    assert report.removed == 1
    assert store.sources()["silence.md"] == 1


def test_bad_files_are_reported_and_the_rest_ingested(
    store: ChromaGuidanceStore, library: Path, tmp_path: Path
) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\ngarbage")
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    bad = [tmp_path / "broken.pdf", tmp_path / "slides.pptx", tmp_path / "missing.md"]
    report = ingest(store, bad[0], library, *bad[1:])
    assert not report.ok
    assert [e.path for e in report.errors] == [str(p) for p in bad]
    assert all(p.name in e.message for p, e in zip(bad, report.errors, strict=True))
    assert report.added == 3 and len(report.files_ok) == 2
    assert "2 file(s) ingested; 3 failed: 3 chunk(s) added" in report.summary()


def test_pdf_text_is_ingested_and_searchable(store: ChromaGuidanceStore, tmp_path: Path) -> None:
    pdf = write_text_pdf(
        tmp_path / "handbook.pdf",
        ["Reflective listening mirrors the speaker's feelings.", "Set boundaries early."],
        title="Mentor handbook",
    )
    report = ingest(store, pdf)
    assert report.ok and report.added == 2
    [best] = store.search("how do I reflect feelings back", k=1)
    assert (best.source, best.heading, best.title) == ("handbook.pdf", "Page 1", "Mentor handbook")


def test_two_files_with_one_name_do_not_overwrite_each_other(
    store: ChromaGuidanceStore, library: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "deadlines.md").write_text("## Else\n\nSomething else entirely.\n", encoding="utf-8")
    report = ingest(store, library, other)
    assert len(report.errors) == 1 and "same name" in report.errors[0].message
    assert store.sources()["deadlines.md"] == 1
    assert store.search("agree a date", k=1)[0].heading == "Missed deadlines"


def test_progress_is_reported_after_each_file(store: ChromaGuidanceStore, library: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    ingest_paths(store, load_guidance_file, [library], lambda *a: calls.append(a))
    assert calls == [(1, 2, "deadlines.md"), (2, 2, "silence.md")]


def test_folders_are_searched_for_supported_files(library: Path) -> None:
    (library / ".hidden.md").write_text("x", encoding="utf-8")
    (library / "image.png").write_bytes(b"\x89PNG")
    nested = library / "more"
    nested.mkdir()
    (nested / "extra.txt").write_text("extra", encoding="utf-8")
    names = [p.name for p in guidance_files([library, library / "given.docx"])]
    assert names == ["deadlines.md", "extra.txt", "silence.md", "given.docx"]


def test_shipped_corpus_is_ingested_once_and_when_it_changes(
    store: ChromaGuidanceStore, library: Path
) -> None:
    first = ensure_shipped_corpus(store, load_guidance_file, library)
    assert first is not None and first.added == 3
    assert ensure_shipped_corpus(store, load_guidance_file, library) is None
    (library / "deadlines.md").write_text(DEADLINES + "\nAlso check in weekly.\n", "utf-8")
    changed = ensure_shipped_corpus(store, load_guidance_file, library)
    assert changed is not None and (changed.added, changed.removed) == (1, 1)
    (library / "silence.md").unlink()
    shrunk = ensure_shipped_corpus(store, load_guidance_file, library)
    assert shrunk is not None and shrunk.removed == 2
    assert store.sources() == {"deadlines.md": 1}


def test_shipped_corpus_is_restored_into_an_emptied_store(
    store: ChromaGuidanceStore, library: Path
) -> None:
    ensure_shipped_corpus(store, load_guidance_file, library)
    for source in store.sources():
        store.delete_source(source)
    again = ensure_shipped_corpus(store, load_guidance_file, library)
    assert again is not None and store.count() == 3


def test_a_failing_shipped_file_is_retried_next_time(
    store: ChromaGuidanceStore, library: Path
) -> None:
    (library / "broken.pdf").write_bytes(b"not a pdf")
    first = ensure_shipped_corpus(store, load_guidance_file, library)
    assert first is not None and len(first.errors) == 1
    assert ensure_shipped_corpus(store, load_guidance_file, library) is not None


def test_the_default_shipped_corpus_is_found(store: ChromaGuidanceStore) -> None:
    report = ensure_shipped_corpus(store, load_guidance_file)
    assert report is not None and report.ok and report.added > 0
    assert len(store.sources()) == len(report.files_ok)


def test_corpus_stamp_changes_with_content_and_names(library: Path) -> None:
    files = guidance_files([library])
    before = corpus_stamp(files)
    assert corpus_stamp(files) == before
    (library / "silence.md").write_text(SILENCE + "\nMore.\n", encoding="utf-8")
    assert corpus_stamp(files) != before


class CountingStore:
    """Wraps a store to count upserts, or to refuse them like an unreachable embedder."""

    def __init__(self, inner: ChromaGuidanceStore, *, refuse: bool = False) -> None:
        self.inner, self.refuse, self.upserts = inner, refuse, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def upsert(self, chunks: object) -> None:
        if self.refuse:
            raise CoachError("The embeddings server is down; start it.")
        self.upserts += 1
        self.inner.upsert(chunks)  # type: ignore[arg-type]


def test_files_are_written_to_the_store_together(store: ChromaGuidanceStore, library: Path) -> None:
    counting = CountingStore(store)
    report = ingest_paths(counting, load_guidance_file, [library])  # type: ignore[arg-type]
    assert report.ok and report.added == 3
    assert counting.upserts == 1
    assert store.sources() == {"deadlines.md": 1, "silence.md": 2}


def test_a_store_that_refuses_a_batch_reports_every_file_in_it(
    store: ChromaGuidanceStore, library: Path
) -> None:
    refusing = CountingStore(store, refuse=True)
    report = ingest_paths(refusing, load_guidance_file, [library])  # type: ignore[arg-type]
    assert report.files_ok == [] and report.added == 0
    assert sorted(Path(e.path).name for e in report.errors) == ["deadlines.md", "silence.md"]
    assert all("down" in e.message for e in report.errors)
    assert store.count() == 0
