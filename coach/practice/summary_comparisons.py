"""A comparison turned round in a summary (pure): "Jasmine is more angry than worried" after
"She's more worried than mad". Read by coach.practice.detail_fix, which both decides that a
summary is corrected for it and says the comparison the persona made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.summary_feelings import KIND_OF

_MORE_THAN = re.compile(r"\bmore ([a-z]+) than ([a-z]+)\b", re.I)
# Words of a kind that the feelings leave out: "mad" is angry.
_ALSO = {"mad": KIND_OF["angry"]}


def _kind(word: str) -> int | str:
    word = word.lower()
    return _ALSO.get(word, KIND_OF.get(word, word))


def turned_comparison(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's "more X than Y" and the summary's "more Y than X" (in words of the same
    kinds), as each was written, or None."""
    said = [m for line in history for m in _MORE_THAN.finditer(line)]
    for given in _MORE_THAN.finditer(claim) if said else ():
        for theirs in said:
            flipped = _kind(given[1]) == _kind(theirs[2]) and _kind(given[2]) == _kind(theirs[1])
            if flipped and _kind(given[1]) != _kind(given[2]):
                return theirs[0], given[0]
    return None
