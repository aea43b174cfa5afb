"""Is a reflection simple or complex? A word-overlap heuristic (pure).

A simple reflection mostly repeats what the counterpart just said ("You were told it was
settled."). A complex one adds something: a feeling they did not name, the two sides of a
mixed feeling, or meaning in words of the learner's own. The heuristic, applied to the
sentences of a learner turn that the coder reads as reflections:

1. complex when it is double-sided ("on the one hand", "and at the same time", "part of
   you", ...);
2. complex when it names a feeling word the counterpart's previous turn did not contain;
3. otherwise it needs the counterpart's previous turn and at least three content words
   (words of three or more letters, not function words, lightly stemmed) to tell:
   complex when at most 30% of its content words occur in that turn, simple when at least
   60% do; in between, and in the cases above that cannot be told, the answer is None.
"""

from __future__ import annotations

from typing import Literal

from coach.coder.words import content_words, feelings

Depth = Literal["simple", "complex"]

DOUBLE_SIDED = (
    "on the one hand",
    "on one hand",
    "on the other hand",
    "at the same time",
    "part of you",
    "and yet",
    "but also",
    "even though",
    "torn between",
)
SIMPLE_AT = 0.6
COMPLEX_AT = 0.3
MIN_CONTENT_WORDS = 3


def reflection_depth(reflection: str, previous: str | None) -> Depth | None:
    """``complex``, ``simple`` or None (cannot tell) for a reflection and what it answers."""
    lowered = reflection.lower().replace("\u2019", "'")
    if any(marker in lowered for marker in DOUBLE_SIDED):
        return "complex"
    before = previous.lower().replace("\u2019", "'") if previous else ""
    if feelings(lowered) - feelings(before):
        return "complex"
    words = content_words(lowered)
    if not previous or len(words) < MIN_CONTENT_WORDS:
        return None
    shared = len(words & content_words(before)) / len(words)
    if shared >= SIMPLE_AT:
        return "simple"
    return "complex" if shared <= COMPLEX_AT else None
