"""Embeddings computed on this machine with sentence-transformers (optional extra)."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from coach.errors import CoachError

INSTALL_HINT = "pip install 'mentor-coach[local-embeddings]'"


class SentenceTransformerEmbedder:
    """A TextEmbedder backed by a sentence-transformers model, loaded on first use."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._library = _sentence_transformers()  # fail now, not at the first search
        self._encoder: Any = None

    @property
    def name(self) -> str:
        return f"sentence-transformers:{self.model}"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._loaded().encode(list(texts), normalize_embeddings=True)
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def _loaded(self) -> Any:
        if self._encoder is None:
            self._encoder = self._library.SentenceTransformer(self.model)
        return self._encoder


def _sentence_transformers() -> Any:
    # Imported lazily: the package (and torch) is an optional, heavy extra.
    try:
        return importlib.import_module("sentence_transformers")
    except ImportError:
        raise CoachError(
            f"COACH_EMBEDDINGS=sentence-transformers needs the optional extra; run "
            f"`{INSTALL_HINT}` or use COACH_EMBEDDINGS=hashing."
        ) from None
