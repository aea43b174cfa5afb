"""Words that carry content: function words, feelings, a light stem (pure).

Shared by the coder's features, its anchor (what a turn picks up from the counterpart) and
the reflection-depth heuristic.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    kind sort way thing things something say says said saying tell tells told telling""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def content_words(text: str) -> set[str]:
    """Stems of the words in ``text`` that carry content."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    return {stem(w) for w in words if len(w) >= 3 and w not in FUNCTION_WORDS}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem, so that "worried", "worries" and "worry" compare equal."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    # A silent "e" goes as "-ing" and "-ed" take it: "file" as "filing" and "filed"
    if word.endswith("e") and len(word) >= 4:
        return word[:-1]
    return word


# "lost two partners", "lost the contract", "the runs were lost to the column": something
# lost, not feeling lost; "leave drainage alone": something let be, not feeling alone; "got
# stuck after the title": a task that stopped, not feeling stuck.
_LOST_SOMETHING = re.compile(
    r"\blost (?:a|an|the|two|three|four|five|some|his|her|their|my|your|our|it|them|\d)\b"
    r"|\b(?:was|were|been|being|get|got|gets) lost (?:to|in the (?:post|system|shuffle))\b"
    r"|\b(?:leave|left|leaving|let) (?:\w+ ){0,2}alone\b"
    r"|\b(?:got|get|gets|getting) stuck (?:after|on|at|with|behind)\b"
)


def feelings(text: str) -> set[str]:
    """Stems of the feeling words in ``text``."""
    return {stem(w) for w in _WORD.findall(_LOST_SOMETHING.sub(" ", text)) if w in FEELINGS}
