"""Ingest guidance files into a store: idempotent, an edited file replaces its old chunks.

The store and the file loader come in as parameters; this module only decides what to add,
keep and remove, and reports per-file problems without stopping the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from coach.errors import CoachError
from coach.guidance.passages import SUPPORTED_SUFFIXES, GuidanceChunk
from coach.ports import GuidanceStore
from coach.resources import shipped_dir

GuidanceLoader = Callable[[Path], list[GuidanceChunk]]
Progress = Callable[[int, int, str], None]  # (files done, files in total, file just done)
SHIPPED_STAMP = "shipped-corpus"
# New chunks of several files go to the store together: each write has a fixed cost (tens
# of ms in Chroma) that dominated ingest when files of a few chunks were written one by one.
BATCH_CHUNKS = 256


class FileError(BaseModel):
    """A file that could not be ingested, and why."""

    path: str
    message: str


class IngestReport(BaseModel):
    """What an ingest run did."""

    files_ok: list[str] = Field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: list[FileError] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One line for people: files, chunks added / unchanged / removed, failures."""
        failed = f"; {len(self.errors)} failed" if self.errors else ""
        return (
            f"{len(self.files_ok)} file(s) ingested{failed}: {self.added} chunk(s) added, "
            f"{self.unchanged} unchanged, {self.removed} removed."
        )


def guidance_files(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: folders are searched for supported files; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if _is_guidance(p))
        else:
            found.append(path)  # the loader reports missing or unsupported files
    return found


def ingest_paths(
    store: GuidanceStore,
    load: GuidanceLoader,
    paths: Iterable[Path],
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest every file under ``paths``; a file that fails is reported, the rest go on."""
    files = guidance_files(paths)
    report = IngestReport()
    seen: dict[str, Path] = {}
    batch = _Batch()
    for done, path in enumerate(files, 1):
        _plan_one(store, load, path, seen, report, batch)
        if len(batch.new) >= BATCH_CHUNKS:
            batch.write(store, report)
        if progress:
            progress(done, len(files), path.name)
    batch.write(store, report)
    return report


def ensure_shipped_corpus(
    store: GuidanceStore,
    load: GuidanceLoader,
    folder: Path | None = None,
    progress: Progress | None = None,
) -> IngestReport | None:
    """Ingest the shipped guidance if the store lacks it or it changed; None if up to date."""
    files = guidance_files([folder or shipped_dir("guidance")])
    stamp = corpus_stamp(files)
    previous_hash, previous_sources = _read_stamp(store)
    if store.count() > 0 and previous_hash == stamp:
        return None
    report = ingest_paths(store, load, files, progress)
    current = {p.name for p in files}
    for gone in sorted(set(previous_sources) - current):
        report.removed += len(store.chunk_ids(gone))
        store.delete_source(gone)  # dropped from the shipped corpus since last time
    if report.ok:  # a failed file is retried (and reported) next time
        store.write_stamp(SHIPPED_STAMP, json.dumps({"hash": stamp, "sources": sorted(current)}))
    return report


def shipped_corpus_stamp(folder: Path | None = None) -> str:
    """The stamp of the shipped guidance files as they are now."""
    return corpus_stamp(guidance_files([folder or shipped_dir("guidance")]))


def corpus_stamp(files: Sequence[Path]) -> str:
    """A hash of the files' names and bytes: cheap to compute, changes with any edit."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode("utf-8") + b"\x00")
        digest.update(path.read_bytes() + b"\x00")
    return digest.hexdigest()


@dataclass
class _SourcePlan:
    """What ingesting one file changes: its new chunks and its stale chunk ids."""

    path: Path
    new: list[GuidanceChunk]
    unchanged: int
    stale: list[str]


@dataclass
class _Batch:
    """Planned changes of several files, written to the store in one upsert."""

    plans: list[_SourcePlan] = field(default_factory=list)
    new: list[GuidanceChunk] = field(default_factory=list)

    def add(self, plan: _SourcePlan) -> None:
        self.plans.append(plan)
        self.new += plan.new

    def write(self, store: GuidanceStore, report: IngestReport) -> None:
        """Apply the plans; if the store refuses, every file in the batch is reported."""
        plans, new = self.plans, self.new
        if not plans:
            return
        self.plans, self.new = [], []
        try:
            store.upsert(new)
            for plan in plans:
                store.delete_ids(plan.stale)
        except CoachError as exc:
            report.errors += [FileError(path=str(p.path), message=str(exc)) for p in plans]
            return
        for plan in plans:
            report.files_ok.append(str(plan.path))
            report.added += len(plan.new)
            report.unchanged += plan.unchanged
            report.removed += len(plan.stale)


def _plan_one(
    store: GuidanceStore,
    load: GuidanceLoader,
    path: Path,
    seen: dict[str, Path],
    report: IngestReport,
    batch: _Batch,
) -> None:
    try:
        if path.name in seen:
            raise CoachError(
                f"{path}: has the same name as {seen[path.name]}, which was just ingested; "
                "rename one of them."
            )
        chunks = load(path)
        new, unchanged, stale = _source_changes(store, chunks)
    except CoachError as exc:
        report.errors.append(FileError(path=str(path), message=str(exc)))
        return
    seen[path.name] = path
    batch.add(_SourcePlan(path, new, unchanged, stale))


def replace_source(store: GuidanceStore, chunks: Sequence[GuidanceChunk]) -> tuple[int, int, int]:
    """Make the store hold exactly ``chunks`` for their source: (added, unchanged, removed)."""
    new, unchanged, stale = _source_changes(store, chunks)
    store.upsert(new)
    store.delete_ids(stale)
    return len(new), unchanged, len(stale)


def _source_changes(
    store: GuidanceStore, chunks: Sequence[GuidanceChunk]
) -> tuple[list[GuidanceChunk], int, list[str]]:
    """The chunks the store lacks, how many it has already, and its ids no longer wanted."""
    if not chunks:
        return [], 0, []
    old = store.chunk_ids(chunks[0].source)
    new = [c for c in chunks if c.chunk_id not in old]
    stale = sorted(old - {c.chunk_id for c in chunks})
    return new, len(chunks) - len(new), stale


def _read_stamp(store: GuidanceStore) -> tuple[str | None, list[str]]:
    """The shipped corpus's hash and file names when it was last ingested."""
    raw = store.read_stamp(SHIPPED_STAMP)
    try:
        data = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        data = {}  # written by another version: treat as absent, the corpus is re-checked
    if not isinstance(data, dict):
        return None, []
    return data.get("hash"), [str(s) for s in data.get("sources", [])]


def _is_guidance(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in SUPPORTED_SUFFIXES
        and not path.name.startswith(".")
    )
