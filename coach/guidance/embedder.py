"""A feature-hashing text embedder: needs no model download, deterministic, fast.

Each text becomes weighted features (word stems, neighbouring stem pairs, domain concepts
and character n-grams of words), hashed into a fixed number of signed dimensions and
L2-normalised, so the cosine of two vectors measures their shared, weighted vocabulary.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from coach.guidance.vocabulary import VOCABULARY_VERSION, americanise, concepts, content_words
from coach.guidance.vocabulary import stem as stem_word

EMBEDDER_VERSION = 1
DEFAULT_DIMENSIONS = 1024  # the store's search gives its pool an exact second look

# Relative weight of each feature family. Stems carry the meaning; pairs reward matching
# phrases ("open question" over "open" + "question" apart); concepts join synonyms;
# character n-grams catch spelling variants and morphology the stemmer misses.
WEIGHTS = {"w": 1.0, "b": 0.6, "s": 0.8, "c": 0.35}
CHAR_GRAM = 4
SLOT_CACHE_SIZE = 500_000  # features whose slot is remembered; cleared when it overflows


class HashingEmbedder:
    """The default embedder: lexical, with light stemming and a domain synonym table."""

    def __init__(self, dimensions: int = DEFAULT_DIMENSIONS) -> None:
        if dimensions < 64:
            raise ValueError("dimensions must be at least 64")
        self.dimensions = dimensions
        self._index: dict[str, int] = {}
        self._signed: dict[str, float] = {}

    @property
    def name(self) -> str:
        return f"hashing-v{EMBEDDER_VERSION}.{VOCABULARY_VERSION}-{self.dimensions}"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self.vector(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.vector(text).tolist()

    def vector(self, text: str) -> np.ndarray:
        """The unit-length vector of ``text`` (all zeros if it has no content words)."""
        counts = Counter(features(text))
        if not counts:
            return np.zeros(self.dimensions, dtype=np.float32)
        self._remember_slots(counts)
        size = len(counts)
        index = np.fromiter(map(self._index.__getitem__, counts), dtype=np.int64, count=size)
        signed = np.fromiter(map(self._signed.__getitem__, counts), dtype=np.float64, count=size)
        values = signed * _count_scales(counts.values(), size)
        vec = np.bincount(index, values, self.dimensions).astype(np.float32)
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm > 0 else vec

    def _remember_slots(self, features: Iterable[str]) -> None:
        """Cache each new feature's dimension and signed family weight (hashing is the cost)."""
        if len(self._index) > SLOT_CACHE_SIZE:
            self._index.clear()
            self._signed.clear()
        for feature in features:
            if feature not in self._index:
                index, sign = _slot(feature, self.dimensions)
                self._index[feature] = index
                self._signed[feature] = sign * WEIGHTS[feature[0]]


def weighted_features(text: str) -> dict[str, float]:
    """Each feature of ``text`` with its weight: sublinear in count, scaled by family."""
    counts = Counter(features(text))
    scales, top = _SCALE_LIST, len(_SCALE_LIST)
    return {
        f: (scales[n] if n < top else _count_scale(n)) * WEIGHTS[f[0]] for f, n in counts.items()
    }


def _count_scale(count: int) -> float:
    """Sublinear weight of a feature seen ``count`` times."""
    return 1.0 + math.log(count)


def _count_scales(counts: Iterable[int], size: int) -> np.ndarray:
    """``_count_scale`` of each count, from a table for all but huge counts."""
    array = np.fromiter(counts, dtype=np.int64, count=size)
    if int(array.max()) < len(_SCALES):
        return _SCALES[array]
    return np.array([_count_scale(int(n)) for n in array], dtype=np.float64)


def features(text: str) -> list[str]:
    """The features of ``text``, one per occurrence, prefixed by family (``w:``, ``b:``...)."""
    words = content_words(text)
    stems = [stem_word(w) for w in words]
    result = [f"w:{s}" for s in stems]
    result += [f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]
    result += [f"s:{c}" for c in concepts(stems)]
    result += [g for w in words for g in _char_grams(w)]
    return result


@lru_cache(maxsize=100_000)
def _char_grams(word: str) -> tuple[str, ...]:
    """The ``c:`` features of one word (cached: the same words recur in every text)."""
    padded = f"<{americanise(word)}>"
    if len(padded) <= CHAR_GRAM:
        return (f"c:{padded}",)
    return tuple(f"c:{padded[i : i + CHAR_GRAM]}" for i in range(len(padded) - CHAR_GRAM + 1))


# Computed with math.log, as weighted_features is, so both give the very same numbers.
_SCALE_LIST = [0.0] + [_count_scale(n) for n in range(1, 256)]
_SCALES = np.array(_SCALE_LIST, dtype=np.float64)


def _slot(feature: str, dimensions: int) -> tuple[int, float]:
    """Dimension and sign of a feature; the sign halves the bias that collisions add."""
    h = zlib.crc32(feature.encode("utf-8"))
    return h % dimensions, (1.0 if (h >> 31) & 1 else -1.0)
