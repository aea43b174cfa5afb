"""The guidance store in Chroma: embedded on disk by default, or a Chroma server."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import chromadb
from chromadb.api import ClientAPI

from coach.backends.chroma_collection import (
    COLLECTION,
    UPSERT_BATCH,
    CoachEmbeddingFunction,
    open_collection,
    reset_collection,
)
from coach.backends.embedders import embedder_from_settings
from coach.backends.search_cache import StoreRevision, store_revision_path
from coach.errors import CoachError
from coach.guidance.embedder import HashingEmbedder
from coach.guidance.passages import GuidanceChunk, Passage, embedding_text, embedding_text_of
from coach.guidance.rerank import FeatureReranker, shipped_reranker
from coach.ports import TextEmbedder
from coach.settings import Settings

STAMP_PREFIX = "stamp:"


class ChromaGuidanceStore:
    """A GuidanceStore in one Chroma collection whose metadata names its embedder."""

    def __init__(
        self,
        client: ClientAPI,
        embedder: TextEmbedder,
        *,
        collection: str = COLLECTION,
        revision: StoreRevision | None = None,
        reranker: FeatureReranker | None = None,
    ) -> None:
        self.client = client
        self.embedder = embedder
        # Hashed vectors are short to keep the index small; their nearest few get an exact look.
        hashed = isinstance(embedder, HashingEmbedder)
        self.reranker = reranker or (shipped_reranker() if hashed else None)
        self.function = CoachEmbeddingFunction(embedder)
        self.revision = revision
        self.collection = open_collection(client, collection, self.function, self._changed)

    def upsert(self, chunks: Sequence[GuidanceChunk]) -> None:
        batch = max(1, min(self.client.get_max_batch_size(), UPSERT_BATCH))
        for start in range(0, len(chunks), batch):
            self._upsert_batch(chunks[start : start + batch])
        self._changed()

    def delete_source(self, source: str) -> None:
        self.collection.delete(where={"source": source})
        self._changed()

    def delete_ids(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            self.collection.delete(ids=list(chunk_ids))
            self._changed()

    def chunk_ids(self, source: str) -> set[str]:
        return set(self.collection.get(where={"source": source}, include=[])["ids"])

    def sources(self) -> dict[str, int]:
        metadatas = self.collection.get(include=["metadatas"])["metadatas"] or []
        return dict(sorted(Counter(str(m["source"]) for m in metadatas).items()))

    def search(self, query: str, k: int = 5, skills: Sequence[str] | None = None) -> list[Passage]:
        if k < 1 or not query.strip() or self.count() == 0:
            return []
        wanted = self.reranker.pool(k) if self.reranker else k
        result = self.collection.query(
            query_texts=[query],
            n_results=wanted,
            where=_skills_filter(skills),
            include=["documents", "metadatas", "distances"],
        )
        rows = zip(
            result["ids"][0],
            (result["documents"] or [[]])[0],
            (result["metadatas"] or [[]])[0],
            (result["distances"] or [[]])[0],
            strict=True,
        )
        passages = [_passage(cid, doc, meta, dist) for cid, doc, meta, dist in rows]
        if self.reranker is None:
            return passages
        texts = [embedding_text_of(p.title, p.heading, p.text) for p in passages]
        scored = zip(self.reranker.scores(query, texts), passages, strict=True)
        ranked = sorted(scored, key=lambda pair: -pair[0])[:k]
        return [passage.model_copy(update={"score": score}) for score, passage in ranked]

    def count(self) -> int:
        return self.collection.count()

    def read_stamp(self, key: str) -> str | None:
        value = (self.collection.metadata or {}).get(STAMP_PREFIX + key)
        return None if value is None else str(value)

    def write_stamp(self, key: str, value: str) -> None:
        metadata = dict(self.collection.metadata or {})
        metadata[STAMP_PREFIX + key] = value
        self.collection.modify(metadata=metadata)
        self._changed()

    def _changed(self) -> None:
        if self.revision is not None:
            self.revision.bump()

    def close(self) -> None:
        """Release the client (files and locks of an embedded store)."""
        # ClientAPI's type omits close(); the Client every constructor returns has it.
        close = getattr(self.client, "close", None)
        if close is not None:
            close()

    def _upsert_batch(self, chunks: Sequence[GuidanceChunk]) -> None:
        self.collection.upsert(
            ids=[c.chunk_id for c in chunks],
            documents=[c.text for c in chunks],
            embeddings=self.function([embedding_text(c) for c in chunks]),
            metadatas=[_metadata(c) for c in chunks],
        )


def _skills_filter(skills: Sequence[str] | None) -> dict[str, Any] | None:
    if not skills:
        return None
    conditions: list[dict[str, Any]] = [{"skills": {"$contains": s}} for s in skills]
    return conditions[0] if len(conditions) == 1 else {"$or": conditions}


def _metadata(chunk: GuidanceChunk) -> dict[str, Any]:
    meta: dict[str, Any] = {"source": chunk.source, "title": chunk.title, "heading": chunk.heading}
    if chunk.skills:  # Chroma refuses empty lists
        meta["skills"] = list(chunk.skills)
    if chunk.attribution:
        meta["attribution"] = chunk.attribution
    return meta


def _passage(chunk_id: str, text: str | None, meta: Any, distance: float) -> Passage:
    return Passage(
        chunk_id=chunk_id,
        source=str(meta["source"]),
        title=str(meta["title"]),
        heading=str(meta["heading"]),
        skills=[str(s) for s in meta.get("skills") or []],
        text=text or "",
        attribution=meta.get("attribution"),
        score=1.0 - float(distance),  # cosine distance -> cosine similarity
    )


def open_guidance_store(settings: Settings, *, rebuild: bool = False) -> ChromaGuidanceStore:
    """The store the settings describe; ``rebuild`` empties it first (for a new embedder)."""
    embedder = embedder_from_settings(settings)
    client = chroma_client(settings)
    revision = None if settings.chroma_url else StoreRevision(store_revision_path(settings))
    if rebuild:
        reset_collection(client)
        if revision is not None:
            revision.bump()
    if revision is not None and revision.read() is None:
        revision.bump()  # a store from before revisions were kept: give it one now
    return ChromaGuidanceStore(client, embedder, revision=revision)


def chroma_client(settings: Settings) -> ClientAPI:
    """A client of the server at ``settings.chroma_url``, or of files under the data dir."""
    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if not settings.chroma_url:
        path = settings.data_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    host, port, ssl = parse_chroma_url(settings.chroma_url)
    try:
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
    except Exception as exc:  # noqa: BLE001  connection failures surface as several types
        raise CoachError(
            f"Cannot reach the Chroma server at {settings.chroma_url} ({type(exc).__name__}); "
            "start it or unset COACH_CHROMA_URL to use the embedded store."
        ) from None


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """Host, port and whether to use TLS, from ``http(s)://host[:port]`` or ``host[:port]``."""
    parsed = urlsplit(url if "://" in url else f"http://{url}")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise CoachError(f"COACH_CHROMA_URL {url!r} is not like http://host:8000; fix it.")
    ssl = parsed.scheme == "https"
    try:
        port = parsed.port or (443 if ssl else 8000)
    except ValueError:
        raise CoachError(f"COACH_CHROMA_URL {url!r} has an invalid port; fix it.") from None
    return parsed.hostname, port, ssl
