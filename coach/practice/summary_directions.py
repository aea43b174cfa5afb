"""Which side a summary puts something on (pure).

A summary may turn what the persona placed on one side to another: "the swales on the west
side take the run-off" after "The swales along the east edge take the run-off". The side is a
point of the compass the persona never said, where the persona gave another beside a word the
summary also has beside its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.text import WORD
from coach.practice.word_stems import stems

# "east", "western", "north-east", "south west", "northern"
_SIDE = re.compile(r"\b(north|south)(?:[- ]?(east|west))?(?:ern)?\b|\b(east|west)(?:ern)?\b", re.I)
BESIDE = 4  # words either side of a point of the compass that say what lies there


def turned_side(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The side as the persona said it and as the summary says it ("east", "west"), or None."""
    said = [side for line in history for side in _sides(line)]
    if not said:
        return None
    told = {point for point, _ in said}
    for point, near in _sides(claim):
        if point in told:
            continue
        for other, around in said:
            if near & around:
                return other, point
    return None


def _sides(text: str) -> list[tuple[str, set[str]]]:
    """Each point of the compass in ``text`` with the content words beside it."""
    found = []
    for match in _SIDE.finditer(text):
        point = "".join(part for part in match.groups() if part).lower()
        before = WORD.findall(text[: match.start()])[-BESIDE:]
        after = WORD.findall(text[match.end() :])[:BESIDE]
        found.append((point, stems(" ".join([*before, *after]))))
    return found
