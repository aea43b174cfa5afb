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

import re
from typing import Literal

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
FEELINGS = frozenset(
    """afraid alone angry anxious ashamed betrayed conflicted confused disappointed drained
    embarrassed exhausted exposed frightened frustrated guilty helpless hopeful hurt isolated
    invisible lonely lost nervous overwhelmed panicked pressured proud relieved resentful sad
    scared stressed stuck tired torn trapped uneasy unheard unsure upset worried worry
    frustrating painful stressful hard tough heavy weighing relief fear shame dread
    caught squeezed undervalued sidelined""".split()  # noqa: SIM905  (a word list reads better as text)
)
# Words of no content, including the usual lead-ins of a reflection ("it sounds like").
FUNCTION_WORDS = frozenset(
    """the and but for nor yet with from into onto about over under that this these those
    there then than what when where which while who whom whose why how you your yours
    yourself i'm i've i'd i'll me my mine myself we our ours us they them their he him his
    she her it its it's that's was were are is am be been being have has had having do does
    did doing not no can could will would shall should may might must just really very so
    too also still even quite bit lot like sounds sound seems seem hear hearing sense feel
    feels felt think thought get got some any all one much more most now here okay yes yeah
    you're you've you'd you'll don't didn't doesn't can't won't isn't wasn't aren't weren't
    kind sort way thing things something""".split()  # noqa: SIM905
)
SIMPLE_AT = 0.6
COMPLEX_AT = 0.3
MIN_CONTENT_WORDS = 3
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def reflection_depth(reflection: str, previous: str | None) -> Depth | None:
    """``complex``, ``simple`` or None (cannot tell) for a reflection and what it answers."""
    lowered = reflection.lower().replace("\u2019", "'")
    if any(marker in lowered for marker in DOUBLE_SIDED):
        return "complex"
    before = previous.lower().replace("\u2019", "'") if previous else ""
    if _feelings(lowered) - _feelings(before):
        return "complex"
    words = content_words(lowered)
    if not previous or len(words) < MIN_CONTENT_WORDS:
        return None
    shared = len(words & content_words(before)) / len(words)
    if shared >= SIMPLE_AT:
        return "simple"
    return "complex" if shared <= COMPLEX_AT else None


def content_words(text: str) -> set[str]:
    """Stems of the words in ``text`` that carry content."""
    words = _WORD.findall(text.lower())
    return {stem(w) for w in words if len(w) >= 3 and w not in FUNCTION_WORDS}


def stem(word: str) -> str:
    """A light stem, so that "worried", "worries" and "worry" compare equal."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


def _feelings(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w in FEELINGS}
