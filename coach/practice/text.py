"""Splitting a turn or a line into sentences, the one way the practice package does it (pure)."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, split after ".", "!" or "?" and a space; none empty."""
    return [s for s in SENTENCE_END.split(text.strip()) if s]
