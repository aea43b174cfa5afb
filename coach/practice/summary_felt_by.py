"""Someone said to be "the one who" felt a thing the persona told of someone else, or said
that one did not feel (pure): "Jasmine is the one who's angry" after "Jasmine's not angry with
you. She's worried." Split from coach.practice.summary_feelings, whose kinds of feeling it
compares; coach.practice.summary_check corrects a summary for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.summary_feelings import FEELINGS, KIND_OF
from coach.practice.text import sentences

# Someone said to be the one who felt it: "So Jasmine is the one who's angry", "you were the
# one who was fed up with it".
_THE_ONE_WHO = re.compile(
    rf"\b(?P<who>(?-i:[A-Z][a-zà-ÿ]+)|you|he|she)\b(?:'s| is| was| were) the one who(?:'s| is"
    rf"| was| felt| feels| got)? (?:(?:so|really|getting|feeling) )?(?P<word>{FEELINGS})\b",
    re.I,
)
_DENIES = re.compile(r"\b(?:not|never|isn't|wasn't|aren't|weren't)\b|n't\b", re.I)


def feeling_put_on_another(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary says someone was "the one who" felt a thing the persona told of
    someone else, or said that one did not feel ("Jasmine is the one who's angry" after
    "Jasmine's not angry with you. She's worried. The angry ones are in terminal ops."; "you
    were the one who was fed up" after "Nobody was giving her anything and she was fed up.")."""
    heard = [s for line in history for s in sentences(line)]
    for found in _THE_ONE_WHO.finditer(claim):
        who, kind = found.group("who"), KIND_OF[found.group("word").lower()]
        felt = [n for n, s in enumerate(heard) if any(KIND_OF.get(w) == kind for w in _words_of(s))]
        if felt and not any(_felt_by(who, heard, n) and not _DENIES.search(heard[n]) for n in felt):
            return True
    return False


# A sentence about whom the last one named: "She's worried.", "Nobody told him and he was fed up."
_GOES_ON = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.I)


def _felt_by(who: str, heard: Sequence[str], n: int) -> bool:
    """Whether the ``n``th of the persona's sentences is about ``who`` ("you": the persona),
    by name or, after a sentence that names them, by "he", "she" or "they"."""
    if who.lower() == "you":
        return bool(re.search(r"\b(?:i|i'm|me|my)\b", heard[n], re.I))
    named = rf"\b{re.escape(who)}\b"
    if re.search(named, heard[n]):
        return True
    return n > 0 and bool(_GOES_ON.search(heard[n]) and re.search(named, heard[n - 1]))


def _words_of(sentence: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", sentence)]
