"""Contradicting what the counterpart just raised (pattern data, and the one reading of it):
their own word denied ("The scheme isn't really that thin, though." after "the department
scheme is basically three bullet points... it's so thin"), someone they raised stood up for
("I don't think that's fair on him, honestly."), a neglect they told denied ("I wasn't
ignoring you."), or the fault turned back on them ("you could have chased me on it"). Read by
coach.critique.flaws beside coach.critique.defending_cues. And its opposite, their word denied
to turn their verdict on themselves round ("That's not wasted, that's a list we haven't used
yet.").
"""

from __future__ import annotations

import re

from coach.coder.words import FUNCTION_WORDS
from coach.critique.defending_cues import TAKES_IT
from coach.critique.evidence import sentences

# A thing said not to be what they called it, with a word that argues: "The scheme isn't
# really that thin, though.", "The review wasn't so harsh." (not "you're not stupid", about them)
_DENIED = re.compile(
    r"^\W*(?:(?:well|but|and|honestly|look)[,.]?\s+)?(?!(?:you|i|we)\b)(?:the |that |this |"
    r"your |his |her |their )?(?:[a-z-]+ ){0,2}?(?:[a-z-]+)(?:'s| is| was)? ?(?:isn't|is not"
    r"|wasn't|was not|aren't|are not|weren't|were not|'s not) (?:really |actually |all )?"
    r"(?:that|so) (?!(?:you|i|we|they|he|she|it|the|a|an|my|your|his|her|their|our|this"
    r"|there|much|many)\b)(?P<word>[a-z-]+)\b",
    re.I,
)
# Someone they raised stood up for: "I don't think that's fair on him, honestly."
_FAIR_ON_THEM = re.compile(
    r"\bi (?:don't|do not) think (?:that's|that is|it's|it is) (?:fair|right) (?:on|to)"
    r" (?:him|her|them|(?-i:[A-Z][a-z]+))\b",
    re.I,
)
# A neglect they told, denied: "I wasn't ignoring you.", "I was never avoiding you."
_NOT_NEGLECT = re.compile(
    r"\bi (?:wasn't|was not|was never) (?:ignoring|avoiding|dodging|dismissing|blanking"
    r"|fobbing off) you\b",
    re.I,
)


# The fault turned back on them, or one's own diligence pleaded: "I do think it cuts both ways:
# you could have chased me on it.", "if you'd just dropped me a line", "and I did check with
# you in June that it worked".
_TURNED_BACK = re.compile(
    r"\bit cuts both ways\b|\byou could have (?:chased|reminded|nudged|pinged)"
    r" me\b|\bif you'd (?:just |only )?(?:dropped me a line|reminded me|chased me)\b"
    r"|\bi did (?:check with you|mention (?:it|that) to you|remind you|flag (?:it|that) to you)\b",
    re.I,
)


def contradicts(text: str, heard: str) -> bool:
    """Whether the turn argues with what they just said (``heard``), and does not also take
    it in ("That's fair. ..."); or turns the fault back on them, whatever it took in."""
    if _TURNED_BACK.search(text):
        return True
    if TAKES_IT.search(text):
        return False
    theirs = heard.lower()
    for sentence in sentences(text):
        if "?" in sentence:
            continue
        found = _DENIED.search(sentence)
        word = found.group("word").lower() if found else ""
        if (
            len(word) > 2
            and word not in FUNCTION_WORDS
            and re.search(rf"\b{re.escape(word)}\b", theirs)
        ):
            return True  # (not "It wasn't that at all.", their reading of the learner put right)
    return bool(_FAIR_ON_THEM.search(text) or _NOT_NEGLECT.search(text))


# Their own word denied and the thing named again: "That's not wasted, that's a list we
# haven't used yet." after "...feeling I'd wasted your hour".
_REFRAMED = re.compile(
    r"^\W*(?:that|it|this)(?:'s| is| was)(?:n't| not) ([a-z]+)\s*[,;:—–-]+\s*"
    r"(?:that's|that is|it's|it is|it was|that was)\b",
    re.I,
)


def reframes(sentence: str, theirs: str) -> bool:
    """Whether a sentence denies a word the counterpart just said of what they did and names
    it again: their verdict on themselves turned round, no verdict of the learner's (read by
    coach.critique.judging)."""
    denied = _REFRAMED.match(sentence)
    return denied is not None and f" {denied[1].lower()} " in f" {theirs} "
