"""Splitting a turn or a line into sentences, the one way the practice package does it, what
it counts as a word, and taking the words of a phrase up to the word that ends it (pure)."""

from __future__ import annotations

import re
from collections.abc import Collection

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"[\w'-]+")  # a word with its apostrophes and hyphens: "Denise's", "fourth-floor"


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, split after ".", "!" or "?" and a space; none empty."""
    return [s for s in SENTENCE_END.split(text.strip()) if s]


def sentence_at(text: str, position: int) -> str:
    """The sentence of ``text``, split as ``sentences`` splits it, that holds ``position``."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, position + 1)), default=0)
    end = SENTENCE_END.search(text, position)
    return text[start : end.start() if end else len(text)]


def words_through(
    text: str, ending: Collection[str], limit: int, word: re.Pattern[str]
) -> list[str]:
    """The words (``word``) at the start of ``text``, at most ``limit``, through the first one
    that is in ``ending`` lower-cased ("fourth-floor terrace", "data analyst"); [] if none is."""
    words = word.findall(text)[:limit]
    end = next((i for i, w in enumerate(words, 1) if w.lower() in ending), 0)
    return words[:end]
