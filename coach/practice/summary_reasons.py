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
from coach.practice.word_stems import stems

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


# A reason the summary gives in words of its own, something someone else did or is: "because
# she's complained about you to the head before", "because the contractor had already been
# appointed" (not what the persona thought or felt, which a reflection may put in other words).
_BECAUSE = re.compile(r"\b(?:because|'cause|cos) ((?:he|she|they|the \w+)\b[^,.;:?!]+)", re.I)
REASON_WORDS = 2  # content words of a reason, none of them said before, that make it unheard
# Words that tell when or how much, not why: "before", "again", "already".
_NOT_A_REASON = frozenset("befor after again alrea still alway never reall just often".split())  # noqa: SIM905


def reason_never_given(claim: str, history: Sequence[str], heard: Sequence[str] = ()) -> str | None:
    """The one the summary says asked or told the persona to do what it gave as its reason
    ("Linda"), where no sentence of the persona's (``history``) names them with a word of
    asking or telling; or a reason in REASON_WORDS or more content words of which nobody, the
    persona nor the learner (``heard``), said one, about what someone else did ("because she's
    complained about you to the head before" after "if you were sat beside me she'd actually
    take me seriously"); None otherwise."""
    said_before = set().union(set(), *(stems(line) for line in [*history, *heard]))
    for found in _BECAUSE.finditer(claim):
        words = {w for w in stems(found[1]) if "'" not in w} - _NOT_A_REASON
        if len(words) >= REASON_WORDS and not words & said_before:
            return found[1]
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
