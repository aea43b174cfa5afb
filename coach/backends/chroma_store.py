"""The guidance store in Chroma: embedded on disk by default, or a Chroma server."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, cast
from urllib.parse import urlsplit

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, Embeddable, EmbeddingFunction, Embeddings, Space
from chromadb.errors import NotFoundError
from chromadb.utils.embedding_functions import register_embedding_function

from coach.backends.embedders import embedder_from_settings
from coach.backends.search_cache import StoreRevision, store_revision_path
from coach.errors import CoachError
from coach.guidance.embedder import HashingEmbedder
from coach.guidance.passages import GuidanceChunk, Passage, embedding_text, embedding_text_of
from coach.guidance.rerank import FeatureReranker, shipped_reranker
from coach.ports import TextEmbedder
from coach.settings import Settings

COLLECTION = "guidance"
EMBEDDER_KEY = "embedder"
STAMP_PREFIX = "stamp:"
# Chunks per upsert call. Chroma turns every vector component into a Python object while it
# takes a batch in, so its own limit (thousands) briefly costs hundreds of megabytes.
UPSERT_BATCH = 512


@register_embedding_function
class CoachEmbeddingFunction(EmbeddingFunction[Documents]):
    """Any of the coach's TextEmbedders, in the shape Chroma calls."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        if isinstance(self.embedder, HashingEmbedder):
            # Its float32 vectors as they are: a detour through Python lists of floats costs
            # time and, for a large batch, hundreds of megabytes.
            return [self.embedder.vector(t) for t in input]
        return [np.asarray(v, dtype=np.float32) for v in self.embedder.embed_documents(input)]

    def embed_query(self, input: Documents) -> Embeddings:
        if isinstance(self.embedder, HashingEmbedder):
            return [self.embedder.vector(t) for t in input]
        return [np.asarray(self.embedder.embed_query(t), dtype=np.float32) for t in input]

    @staticmethod
    def name() -> str:
        return "mentor-coach"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {EMBEDDER_KEY: self.embedder.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> CoachEmbeddingFunction:
        # Chroma calls this to check the config round-trips. Only the hashing embedder can be
        # rebuilt from its name; the others need settings (keys, URLs), so they get a
        # stand-in that explains itself if used. The store always passes its own function.
        name = str(config.get(EMBEDDER_KEY, ""))
        dimensions = name.rsplit("-", 1)[-1]
        if name.startswith("hashing-") and dimensions.isdigit():
            return CoachEmbeddingFunction(HashingEmbedder(int(dimensions)))
        return CoachEmbeddingFunction(_UnconfiguredEmbedder(name))


class _UnconfiguredEmbedder:
    """Stands in for an embedder that needs settings to be built."""

    def __init__(self, name: str) -> None:
        self.name = name

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        raise CoachError(f"Embeddings {self.name!r} need settings; open the store with coach.")

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


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
        self.collection = _open_collection(client, collection, self.function, self._changed)

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


def reset_collection(client: ClientAPI, name: str = COLLECTION) -> None:
    """Drop the collection so that it is created again for the current embedder."""
    with contextlib.suppress(NotFoundError):
        client.delete_collection(name)


def _open_collection(
    client: ClientAPI,
    name: str,
    function: CoachEmbeddingFunction,
    changed: Callable[[], None],
) -> Collection:
    embedder = function.embedder.name
    try:
        # Without our function Chroma skips its own check, so ours can explain the fix.
        existing = client.get_collection(name, embedding_function=None)
    except NotFoundError:
        return _new_collection(client, name, function)
    stored = (existing.metadata or {}).get(EMBEDDER_KEY)
    if stored != embedder and _hashed(str(stored)) and _hashed(embedder):
        converted = _reembedded(client, existing, function)
        changed()  # cached search results came from the old vectors
        return converted
    if stored != embedder:
        raise CoachError(
            f"The guidance store was built with embeddings {stored!r} but {embedder!r} is "
            "configured; run `coach ingest --rebuild` to re-ingest with the new embeddings."
        )
    return client.get_collection(name, embedding_function=_as_chroma(function))


def _new_collection(
    client: ClientAPI, name: str, function: CoachEmbeddingFunction, metadata: Any = None
) -> Collection:
    return client.create_collection(
        name,
        embedding_function=_as_chroma(function),
        metadata={**(metadata or {}), EMBEDDER_KEY: function.embedder.name},
        configuration={"hnsw": {"space": "cosine"}},
    )


def _hashed(embedder: str) -> bool:
    return embedder.startswith("hashing-")


def _reembedded(client: ClientAPI, old: Collection, function: CoachEmbeddingFunction) -> Collection:
    """The collection with every chunk's vector made again by ``function``, nothing else lost.

    Hashed vectors are computed from the stored text, so a store built by another version
    of the hashing embedder (other dimensions, say) is converted where it stands instead of
    asking for a re-ingest that would need every uploaded file again. The copy is built
    beside the old collection, which is dropped only once the copy is complete.
    """
    copy_name = f"{old.name}-reembedding"
    with contextlib.suppress(NotFoundError):
        client.delete_collection(copy_name)  # left by a conversion that was interrupted
    copy = _new_collection(client, copy_name, function, old.metadata)
    total = old.count()
    for offset in range(0, total, UPSERT_BATCH):
        batch = old.get(include=["documents", "metadatas"], limit=UPSERT_BATCH, offset=offset)
        documents = batch["documents"] or []
        metadatas = batch["metadatas"] or []
        texts = [
            embedding_text_of(str(m["title"]), str(m["heading"]), d or "")
            for d, m in zip(documents, metadatas, strict=True)
        ]
        copy.add(
            ids=batch["ids"], documents=documents, metadatas=metadatas, embeddings=function(texts)
        )
    client.delete_collection(old.name)
    copy.modify(name=old.name)
    return client.get_collection(old.name, embedding_function=_as_chroma(function))


def _as_chroma(function: CoachEmbeddingFunction) -> EmbeddingFunction[Embeddable]:
    # Chroma types its parameter for text-or-image functions; a text-only one is what it
    # documents for custom functions, so only the static type needs adjusting.
    return cast(EmbeddingFunction[Embeddable], function)


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
