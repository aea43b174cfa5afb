"""The Chroma collection behind the guidance store: the embedding function Chroma calls, and
opening the collection for an embedder (creating it, converting a store of other hashed
vectors where it stands, or refusing another model with the fix)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, Embeddable, EmbeddingFunction, Embeddings, Space
from chromadb.errors import NotFoundError
from chromadb.utils.embedding_functions import register_embedding_function

from coach.errors import CoachError
from coach.guidance.embedder import HashingEmbedder
from coach.guidance.passages import embedding_text_of
from coach.ports import TextEmbedder

COLLECTION = "guidance"
EMBEDDER_KEY = "embedder"
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


def reset_collection(client: ClientAPI, name: str = COLLECTION) -> None:
    """Drop the collection so that it is created again for the current embedder."""
    with contextlib.suppress(NotFoundError):
        client.delete_collection(name)


def open_collection(
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
