"""Whether a summary says the persona will do what it said it would not (pure).

"So you'll help me lean on Gareth for a date" after "I'm not going to go and lean on Gareth
for you", or "I'll send my email tonight" after "Don't send that email": a clause of the
summary saying what someone will do, without a negation, shares the content of a sentence
the persona said with one. A summary that does this is corrected, however much of it is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.practice.answers import stems
from coach.practice.text import sentences

_NEGATION = re.compile(
    r"\b(?:not|no|never|can't|cannot|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't"
    r"|shouldn't|wouldn't|couldn't|nobody|nothing)\b",
    re.I,
)
# Only what someone will do is checked: what happened can be said many ways.
_WILL = re.compile(
    r"\b(?:you'll|you will|i'll|i will|we'll|we will|you're going to|i'm going to|then we)\b",
    re.I,
)
_CLAUSE = re.compile(r"[.;:!?]\s+|,\s+(?:and|but|then|so)\s+|\s+and then\s+|,\s+")
SHARED = 2  # content words a clause must share with the persona's negated sentence


def contradicts(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` affirms what a clause of ``earlier`` negated ("I'll phone
    him Monday, not to beg" negates only the begging)."""
    negated = [
        stems(clause)
        for line in earlier
        for sentence in sentences(line)
        for clause in _CLAUSE.split(sentence)
        if _NEGATION.search(clause)
    ]
    for clause in _CLAUSE.split(summary):
        if _NEGATION.search(clause) or not _WILL.search(clause):
            continue
        said = stems(clause)
        if any(len(said & sentence) >= SHARED for sentence in negated):
            return True
    return False
