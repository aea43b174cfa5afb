"""Benchmarks of the guidance store: ingest throughput and search latency as the store grows."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from coach.bench.stats import Stat, peak_rss_mb, summarise
from coach.guidance.ingest import guidance_files, ingest_paths
from coach.guidance.passages import GuidanceChunk, chunk_id
from coach.ports import GuidanceStore
from coach.resources import shipped_dir
from coach.services import CoachServices
from coach.settings import EmbeddingBackend, Settings

SECTIONS_PER_FILE = 6  # about what the shipped guidance files hold
PROGRESS_EVERY = 5_000  # chunks between progress lines while a large store is loaded
QUERIES = (
    "ask open questions instead of closed yes or no questions",
    "reflect back what the mentee feels before giving advice",
    "summarise the conversation and check understanding",
    "giving constructive feedback about missed deadlines",
    "avoid stacking several questions at once",
    "build trust when there is a power imbalance",
    "affirm effort and strengths genuinely",
    "set boundaries and expectations early",
    "judgment and absolute words like always and never",
    "how to receive feedback without getting defensive",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class RetrievalBench:
    """Search latency per store size, and how fast chunks went in."""

    search_ms: dict[int, Stat]
    ingest_chunks_per_s: float
    bulk_load_chunks_per_s: float | None
    peak_rss_mb: dict[int, float]  # peak of a new process that opened each size and searched


def corpus_words() -> list[str]:
    """Every word of the shipped guidance, repeats kept, so sampling follows real frequencies."""
    load = CoachServices().guidance_loader()
    chunks = [c for p in guidance_files([shipped_dir("guidance")]) for c in load(p)]
    return [w for c in chunks for w in _WORD.findall(c.text)]


def synthetic_chunks(words: Sequence[str], stop: int, start: int = 0) -> list[GuidanceChunk]:
    """Chunks ``start`` to ``stop`` of 120-200 corpus words in sentences, a few per file.

    Chunk ``i`` is the same whichever slice it is made in, so a store can grow in steps
    without holding every chunk of the largest size in memory at once.
    """
    return [_synthetic_chunk(random.Random(i), words, i) for i in range(start, stop)]


def _synthetic_chunk(rng: random.Random, words: Sequence[str], index: int) -> GuidanceChunk:
    sentences = []
    for _ in range(rng.randint(10, 16)):
        sentence = " ".join(rng.choices(words, k=rng.randint(8, 16)))
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
    text = " ".join(sentences)
    source = f"synthetic-{index // SECTIONS_PER_FILE:05d}.md"
    heading = " ".join(rng.choices(words, k=3)).capitalize()
    return GuidanceChunk(
        chunk_id=chunk_id(source, heading, text, str(index)),
        source=source,
        title=f"Synthetic guidance {index // SECTIONS_PER_FILE}",
        heading=heading,
        skills=[rng.choice(("open_question", "reflection", "summary", "affirmation"))],
        text=text,
    )


@contextmanager
def bench_store(data_dir: Path) -> Iterator[GuidanceStore]:
    """An empty embedded store with the default (hashing) embeddings under ``data_dir``."""
    settings = Settings(data_dir=data_dir, embeddings=EmbeddingBackend.HASHING)
    store = CoachServices(settings).empty_guidance_store()
    try:
        yield store
    finally:
        store.close()


def retrieval(
    data_dir: Path,
    sizes: Sequence[int],
    queries: int,
    progress: Callable[[str], None] = lambda _: None,
    probe: Callable[[Path], float] = lambda _: peak_rss_mb(),
) -> RetrievalBench:
    """Grow one store to each size in turn and time searches at each.

    The first ``sizes[0]`` chunks are written as Markdown files and ingested as ``coach
    ingest`` does (read, split, embed, store): that is the ingest throughput. The rest go
    straight into the store in large batches, to save time.
    """
    words = corpus_words()
    library = write_library(data_dir / "library", synthetic_chunks(words, sizes[0]))
    search_ms: dict[int, Stat] = {}
    rss: dict[int, float] = {}
    bulk_rates = []
    ingest_rate = 0.0
    for size in sizes:
        with bench_store(data_dir / "store") as store:
            if not store.count():
                progress(f"ingesting {sizes[0]} chunks from Markdown files")
                ingest_rate = _ingest_rate(store, library)
            if store.count() < size:
                progress(f"loading {size - store.count()} more chunks ({size} in all)")
                bulk_rates.append(_bulk_load(store, words, size, progress))
            progress(f"timing searches in {store.count()} chunks")
            search_ms[size] = summarise(_search_times(store, queries), 1000.0)
        # Closed first: a new process opens it, as the web app or `coach critique` would.
        progress(f"memory of a new process that opens {size} chunks and searches")
        rss[size] = probe(data_dir / "store")
    bulk = sum(bulk_rates) / len(bulk_rates) if bulk_rates else None
    return RetrievalBench(search_ms, ingest_rate, bulk, rss)


def write_library(folder: Path, chunks: Sequence[GuidanceChunk]) -> Path:
    """The chunks as Markdown files, one ``##`` section per chunk, grouped by source."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[str]] = {}
    for chunk in chunks:
        files.setdefault(chunk.source, []).append(f"## {chunk.heading}\n\n{chunk.text}\n")
    for name, sections in files.items():
        (folder / name).write_text("\n".join(sections), encoding="utf-8")
    return folder


def _ingest_rate(store: GuidanceStore, library: Path) -> float:
    started = time.perf_counter()
    report = ingest_paths(store, CoachServices().guidance_loader(), [library])
    return report.added / (time.perf_counter() - started)


def _bulk_load(
    store: GuidanceStore, words: Sequence[str], size: int, progress: Callable[[str], None]
) -> float:
    """Grow the store to ``size`` chunks in slices, saying how far it got; chunks per second."""
    first = store.count()
    started = time.perf_counter()
    for start in range(first, size, PROGRESS_EVERY):
        stop = min(start + PROGRESS_EVERY, size)
        store.upsert(synthetic_chunks(words, stop, start))
        progress(f"  {stop} of {size} in the store")
    return (size - first) / (time.perf_counter() - started)


def _search_times(store: GuidanceStore, count: int) -> list[float]:
    store.search(QUERIES[0], k=5)  # warm-up: the index is loaded on first search
    timings = []
    for query in islice(cycle(QUERIES), count):
        started = time.perf_counter()
        store.search(query, k=5)
        timings.append(time.perf_counter() - started)
    return timings
