"""A reason a summary gives that the persona never gave (pure).

"...and you can't promise me anything because Linda asked you not to make promises to staff"
after "I've got one vote. Linda's the partner who'll sign Dunmore... I won't give you a promise
I can't come through on." puts words in someone's mouth: the persona never said Linda asked
it anything. The reason is someone named asking, telling or wanting the persona to do a thing;
the persona said so only if one of its sentences names them with a word of asking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.text import sentences

# "because Linda asked you not to", "since Jasmine had told you to keep out of it".
_NAMED_REASON = re.compile(
    r"\b(?:because|since|as) (?:(?:Mrs|Mr|Ms|Dr)\.? )?([A-Z][a-z]{2,})"
    r"(?: had| has|'d|'s)? (?:asked|told|wanted|wants|warned|instructed|ordered|forbade|said to)"
    r" you\b"
)
# A word of someone asking or telling, in any of its forms.
_ASKING = re.compile(
    r"\b(?:ask|asks|asked|asking|tell|tells|told|telling|want|wants|wanted|warn|warns|warned"
    r"|instruct\w*|order|ordered|forbade|forbid\w*|said|says|say|request\w*|insist\w*)\b",
    re.I,
)


def reason_never_given(claim: str, history: Sequence[str]) -> str | None:
    """The one the summary says asked or told the persona to do what it gave as its reason
    ("Linda"), where no sentence of the persona's (``history``) names them with a word of
    asking or telling; None otherwise."""
    for found in _NAMED_REASON.finditer(claim):
        name = found[1]
        said = any(
            re.search(rf"\b{name}\b", sentence) and _ASKING.search(sentence)
            for line in history
            for sentence in sentences(line)
        )
        if not said:
            return name
    return None
