"""Retrieval quality on the shipped guidance: recall@5 and MRR over labelled queries.

The queries (evaluation/retrieval/queries.yaml, also read by ``coach eval retrieval``) name
the file and "## " heading of the passages that should come back. Run with ``-s`` to see the
metrics.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from coach.backends.chroma_store import ChromaGuidanceStore, open_guidance_store
from coach.backends.guidance_files import load_guidance_file
from coach.guidance.ingest import ingest_paths
from coach.settings import Settings
from tests.paths import REPO

ROOT = REPO
CORPUS = ROOT / "guidance"
QUERIES = ROOT / "evaluation" / "retrieval" / "queries.yaml"
K = 5
MIN_RECALL_AT_K = 0.80

pytestmark = pytest.mark.skipif(
    not QUERIES.is_file() or not any(CORPUS.glob("*.md")),
    reason="guidance corpus or labelled queries not written yet",
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaGuidanceStore]:
    data_dir = tmp_path_factory.mktemp("quality")
    store = open_guidance_store(Settings(data_dir=data_dir, embeddings="hashing"))
    report = ingest_paths(store, load_guidance_file, [CORPUS])
    assert report.ok, [e.message for e in report.errors]
    yield store
    store.close()


def labelled_queries() -> list[dict[str, Any]]:
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return data["queries"] if isinstance(data, dict) else data


def first_relevant_rank(store: ChromaGuidanceStore, case: dict[str, Any], k: int) -> int | None:
    """1-based rank of the first expected passage in the top ``k``, or None."""
    expected = {(e["source"], e["heading"]) for e in case["expected"]}
    ranked = [(p.source, p.heading) for p in store.search(case["query"], k=k)]
    return next((rank for rank, hit in enumerate(ranked, 1) if hit in expected), None)


def test_every_labelled_passage_exists(store: ChromaGuidanceStore) -> None:
    stored = {(p.source, p.heading) for p in store.search("guidance", k=store.count())}
    labelled = {(e["source"], e["heading"]) for q in labelled_queries() for e in q["expected"]}
    assert labelled - stored == set()


def test_recall_at_5_and_mrr(store: ChromaGuidanceStore) -> None:
    ranks = [first_relevant_rank(store, case, k=10) for case in labelled_queries()]
    recall = sum(1 for r in ranks if r is not None and r <= K) / len(ranks)
    mrr = sum(1 / r for r in ranks if r is not None) / len(ranks)
    print(f"\nretrieval over {len(ranks)} queries: recall@{K}={recall:.3f} MRR@10={mrr:.3f}")
    assert recall >= MIN_RECALL_AT_K, f"recall@{K}={recall:.3f}, MRR@10={mrr:.3f}"
