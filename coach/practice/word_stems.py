"""Words in any of their forms (pure): the content words of a line cut to their first letters,
so that "meet" and "meeting" count as one, how many a line shares with another, and how telling
each is among many lines. Split from coach.practice.answers, which cuts its verbs the same way.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from coach.coder.words import content_words

STEM = 5  # letters two words must share at the start to count as one ("meet", "meeting")


def stems(text: str) -> set[str]:
    """The content words of ``text``, cut to their first letters so that forms match."""
    return {word[:STEM] for word in content_words(text)}


def long_stems(text: str) -> frozenset[str]:
    """Every word of ``text`` longer than three letters, cut as ``stems`` cuts them."""
    return frozenset(w[:STEM] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3)


def rarity(lines: Sequence[str]) -> dict[str, float]:
    """How telling each word is among ``lines``: a name in every line says little about which
    line answers a question, a word in one line says a lot (inverse document frequency)."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(stems(line))
    total = max(len(lines), 1)
    return {word: 1.0 + math.log(total / n) for word, n in counts.items()}


def overlap(text: str, line: str) -> int:
    """How many content words (in any form) ``line`` shares with ``text``."""
    return len(stems(text) & stems(line))
