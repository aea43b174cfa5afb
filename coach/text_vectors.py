"""A feature-hashing text embedder: needs no model download, deterministic, fast.

Each text becomes weighted features (word stems, neighbouring stem pairs, domain concepts
and character n-grams of words), hashed into a fixed number of signed dimensions and
L2-normalised, so the cosine of two vectors measures their shared, weighted vocabulary.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

from coach.text_vocabulary import VOCABULARY_VERSION, americanise, concepts, content_words
from coach.text_vocabulary import stem as stem_word

EMBEDDER_VERSION = 1
DEFAULT_DIMENSIONS = 2048

# Relative weight of each feature family. Stems carry the meaning; pairs reward matching
# phrases ("open question" over "open" + "question" apart); concepts join synonyms;
# character n-grams catch spelling variants and morphology the stemmer misses.
WEIGHTS = {"w": 1.0, "b": 0.6, "s": 0.8, "c": 0.35}
CHAR_GRAM = 4


class TextEmbedder(Protocol):
    """Turns texts into vectors; ``name`` identifies the model and version for a store."""

    @property
    def name(self) -> str: ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors for texts to be stored."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """The vector of a search query."""
        ...


class HashingEmbedder:
    """The default embedder: lexical, with light stemming and a domain synonym table."""

    def __init__(self, dimensions: int = DEFAULT_DIMENSIONS) -> None:
        if dimensions < 64:
            raise ValueError("dimensions must be at least 64")
        self.dimensions = dimensions

    @property
    def name(self) -> str:
        return f"hashing-v{EMBEDDER_VERSION}.{VOCABULARY_VERSION}-{self.dimensions}"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self.vector(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.vector(text).tolist()

    def vector(self, text: str) -> np.ndarray:
        """The unit-length vector of ``text`` (all zeros if it has no content words)."""
        weighted = weighted_features(text)
        if not weighted:
            return np.zeros(self.dimensions, dtype=np.float32)
        slots = np.array([_slot(f, self.dimensions) for f in weighted], dtype=np.float64)
        values = slots[:, 1] * np.fromiter(weighted.values(), dtype=np.float64)
        vec = np.bincount(slots[:, 0].astype(np.int64), values, self.dimensions)
        vec = vec.astype(np.float32)
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm > 0 else vec


def weighted_features(text: str) -> dict[str, float]:
    """Each feature of ``text`` with its weight: sublinear in count, scaled by family."""
    counts = Counter(features(text))
    return {f: (1.0 + math.log(n)) * WEIGHTS[f[0]] for f, n in counts.items()}


def features(text: str) -> list[str]:
    """The features of ``text``, one per occurrence, prefixed by family (``w:``, ``b:``...)."""
    words = content_words(text)
    stems = [stem_word(w) for w in words]
    result = [f"w:{s}" for s in stems]
    result += [f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]
    result += [f"s:{c}" for c in concepts(stems)]
    result += [f"c:{g}" for w in words for g in _char_grams(americanise(w))]
    return result


def _char_grams(word: str) -> list[str]:
    padded = f"<{word}>"
    if len(padded) <= CHAR_GRAM:
        return [padded]
    return [padded[i : i + CHAR_GRAM] for i in range(len(padded) - CHAR_GRAM + 1)]


@lru_cache(maxsize=200_000)
def _slot(feature: str, dimensions: int) -> tuple[int, float]:
    """Dimension and sign of a feature; the sign halves the bias that collisions add."""
    h = zlib.crc32(feature.encode("utf-8"))
    return h % dimensions, (1.0 if (h >> 31) & 1 else -1.0)
