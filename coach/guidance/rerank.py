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
from functools import cache
from pathlib import Path

from coach.guidance.embedder import features, weighted_features
from coach.guidance.passages import split_front_matter
from coach.resources import shipped_dir

POOL = 50  # candidates fetched for the exact look, at least (ten per result asked for)
_SECTION = re.compile(r"^## ", re.MULTILINE)


class FeatureRarity:
    """Inverse document frequency of each feature over a set of sections."""

    def __init__(self, sections: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for text in sections:
            counts.update(set(features(text)))
            total += 1
        self._total = total
        self._counts = counts

    def weight(self, feature: str) -> float:
        """log((N + 1) / (df + 1)) + 1: a feature no section has gets the most weight."""
        return math.log((self._total + 1) / (self._counts.get(feature, 0) + 1)) + 1.0


class FeatureReranker:
    """Orders candidate texts by exact weighted-feature cosine with the query."""

    def __init__(self, rarity: FeatureRarity) -> None:
        self._rarity = rarity

    def pool(self, k: int) -> int:
        """How many candidates to fetch for ``k`` results."""
        return max(POOL, 10 * k)

    def scores(self, query: str, texts: Sequence[str]) -> list[float]:
        """The cosine of ``query`` with each text, in the order given."""
        wanted = self._weighted(query)
        return [_cosine(wanted, self._weighted(text)) for text in texts]

    def _weighted(self, text: str) -> dict[str, float]:
        weight = self._rarity.weight
        return {f: w * weight(f) for f, w in weighted_features(text).items()}


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


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(feature, 0.0) for feature, value in a.items())
    norms = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norms if norms else 0.0
