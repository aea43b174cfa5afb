"""What a learner turn picks up of the counterpart's turn before it (pure).

A reflection that says back what the other person said ("It sounds like you were protecting
a design you care about" after "I wanted to protect the design") shares content words with
it; a formula ("It sounds like there's a lot going on") shares none. The anchor is the share
of the turn's content words (lightly stemmed) that the counterpart had used, with those words
as the learner wrote them, so the critique can quote them and the counterpart can react.
"""

from __future__ import annotations

import re

from coach.coder.words import FUNCTION_WORDS, stem
from coach.models import Anchor

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


def anchor(text: str, context: str | None) -> Anchor:
    """The turn's anchor in ``context`` (an empty anchor when there is no context)."""
    own = _content(text)
    if not own or not context:
        return Anchor()
    heard = set(_content(context).values())
    picked = [word for word, stemmed in own.items() if stemmed in heard]
    return Anchor(score=round(len(picked) / len(own), 3), words=picked)


def _content(text: str) -> dict[str, str]:
    """Each content word of ``text`` (first spelling kept) with its stem, in order."""
    found: dict[str, str] = {}
    for word in _WORD.findall(text):
        lowered = word.lower().replace("\u2019", "'")
        if len(lowered) >= 3 and lowered not in FUNCTION_WORDS:
            found.setdefault(lowered, stem(lowered))
    return found
