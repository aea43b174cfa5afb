"""A second, exact look at the passages a hashed-vector search found.

The store's index holds short hashed vectors (memory grows with their length), so unrelated
features share dimensions and the nearest few are approximate. The store therefore fetches a
wider pool of candidates and this module orders them by the exact cosine of their weighted
features, each weighted again by how rare it is in the shipped guidance (a word every
section uses says little about which section is meant).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

from coach.guidance.embedder import features, weighted_features
from coach.guidance.passages import split_front_matter
from coach.resources import shipped_dir

POOL = 50  # candidates fetched for the exact look, at least (ten per result asked for)
CACHED_TEXTS = 512  # candidates whose weights are kept (tens of kilobytes each)
_SECTION = re.compile(r"^## ", re.MULTILINE)


class FeatureRarity:
    """Inverse document frequency of each feature over a set of sections."""

    def __init__(self, sections: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for text in sections:
            counts.update(set(features(text)))
            total += 1
        # log((N + 1) / (df + 1)) + 1: a feature no section has gets the most weight.
        self._weights = {f: math.log((total + 1) / (n + 1)) + 1.0 for f, n in counts.items()}
        self._unseen = math.log(total + 1) + 1.0

    def weight(self, feature: str) -> float:
        return self._weights.get(feature, self._unseen)


class FeatureReranker:
    """Orders candidate texts by exact weighted-feature cosine with the query."""

    def __init__(self, rarity: FeatureRarity) -> None:
        self._rarity = rarity
        # The same passages come back for related questions: their weights are kept a while.
        self._weighted = lru_cache(maxsize=CACHED_TEXTS)(self._weigh)

    def pool(self, k: int) -> int:
        """How many candidates to fetch for ``k`` results."""
        return max(POOL, 10 * k)

    def scores(self, query: str, texts: Sequence[str]) -> list[float]:
        """The cosine of ``query`` with each text, in the order given."""
        wanted, length = self._weigh(query)
        return [_cosine(wanted, length, *self._weighted(text)) for text in texts]

    def _weigh(self, text: str) -> tuple[dict[str, float], float]:
        """Each feature's weight (count, family and rarity) and the vector's length."""
        weight = self._rarity.weight
        weights = {f: w * weight(f) for f, w in weighted_features(text).items()}
        return weights, math.sqrt(sum(v * v for v in weights.values()))


@cache
def shipped_reranker() -> FeatureReranker:
    """The reranker weighted by the shipped guidance (read once per process)."""
    return FeatureReranker(FeatureRarity(guidance_sections(shipped_dir("guidance"))))


def guidance_sections(folder: Path) -> list[str]:
    """Every ``## `` section (heading and body) of the Markdown files in ``folder``."""
    sections = []
    for path in sorted(folder.glob("*.md")):
        _, body = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        sections += [part.strip() for part in _SECTION.split(body) if part.strip()]
    return sections


def _cosine(
    query: Mapping[str, float], query_length: float, text: Mapping[str, float], length: float
) -> float:
    """Cosine of a (short) query's weights with a text's weights, given both lengths."""
    norm = query_length * length
    if not norm:
        return 0.0
    return sum(value * text.get(feature, 0.0) for feature, value in query.items()) / norm
