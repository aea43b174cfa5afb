"""How often something happens, changed in a summary (pure).

"...doing your browsing at weekends" after "I've been scrolling vacancy sites pretty much every
night since February" gives another rhythm to the same thing; so does "half an hour once a
month" after "Every two weeks, half an hour." The persona puts it right ("Not quite: pretty
much every night, not at weekends."). So does "every so often" after "he reads every single
note": every one of a thing made now and then. Read by coach.practice.detail_fix, which both
decides that a summary is corrected for it and says the right rhythm back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.calendar_words import WEEKDAYS
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# Each way of saying how often, with the rhythm it stands for; a rhythm is told by its bucket.
_NIGHT = r"(?:night|evening|day|morning|weekday|weeknight)"
_WEEKDAY = rf"(?:{WEEKDAYS})"  # "every Thursday", "every other Friday"
_RHYTHMS: tuple[tuple[str, str], ...] = (
    (
        "daily",
        rf"\b(?:(?:pretty much|almost|nearly) )?(?:every|each|most) {_NIGHT}s?\b|\bnightly\b"
        r"|\bdaily\b",
    ),
    (
        "weekly",
        rf"\b(?:once|twice|(?:two|three|four|five|a couple of) times) a week\b"
        rf"|\b(?:a couple of|two|three|one or two) {_NIGHT}s a week\b"
        r"|\b(?:at|on|over) (?:the )?weekends?\b|\bevery (?:week|weekend)\b|\bweekly\b"
        rf"|\bevery {_WEEKDAY}\b",
    ),
    (
        "fortnightly",
        r"\bevery (?:two|other|second) weeks?\b|\bfortnightly\b|\bevery fortnight\b"
        r"|\bevery (?:couple of weeks|week or two|two or three weeks)\b"
        rf"|\bevery (?:other|second) {_WEEKDAY}\b",
    ),
    ("monthly", r"\b(?:once|twice) a month\b|\bevery month\b|\bmonthly\b"),
    ("quarterly", r"\bevery (?:quarter|three months)\b|\bonce a quarter\b|\bquarterly\b"),
)
_RHYTHM = [(name, re.compile(pattern, re.I)) for name, pattern in _RHYTHMS]
SAME_THING = 2  # content words a sentence of the summary shares with the persona's about it


def _rhythms(sentence: str) -> list[tuple[str, str]]:
    """Each rhythm a sentence names, as (bucket, words as written); a bucket with how many
    times in it when the words count them ("weekly:2" for "twice a week")."""
    return [
        (_counted(name, found[0]), found[0])
        for name, rx in _RHYTHM
        for found in rx.finditer(sentence)
    ]


def _counted(bucket: str, words: str) -> str:
    counted = _COUNTED.match(words)
    return f"{bucket}:{_TIMES[counted[1].lower()]}" if counted else bucket


# How many times in a week or a month: "once a week", "twice a month", "two times a week".
_TIMES = {"once": 1, "twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5}
_COUNTED = re.compile(rf"({'|'.join(_TIMES)}) a (?:week|month)\b", re.I)


def _same_rhythm(given: str, heard: set[str]) -> bool:
    """Whether a rhythm given is one the persona named: the same bucket, and the same count
    when both count ("once a week" is not "twice a week"; "at weekends" counts nothing)."""
    bucket = given.split(":")[0]
    return any(
        said == given or (said.split(":")[0] == bucket and (":" not in said or ":" not in given))
        for said in heard
    )


def changed_rhythm(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The rhythm the persona gave and the other the summary gives the same thing ("pretty
    much every night", "at weekends"), or None: a sentence of each about the same thing
    (SAME_THING content words besides the rhythms; the persona's with the sentence before it),
    the persona's naming one rhythm, the summary's another; only when the persona named one
    rhythm in all it said."""
    # (a rhythm's sentence is read with the one before it in the line, which may name the
    # thing: "The client likes calls. We're on with them three times a week, sometimes more.")
    named = [
        (" ".join(said[max(0, n - 1) : n + 1]), _rhythms(sentence))
        for said in (sentences(line) for line in history)
        for n, sentence in enumerate(said)
    ]
    told = [(sentence, found) for sentence, found in named if len(found) == 1]
    heard = {name for _, found in named for name, _ in found}
    if len({said.split(":")[0] for said in heard}) != 1:
        return None  # (of several rhythms, which went with what is the persona's to say)
    for sentence in sentences(claim):
        found = _rhythms(sentence)
        for name, given in found:
            if _same_rhythm(name, heard) or _or_theirs(sentence, given, found, heard):
                continue
            own = stems(_strip(sentence))
            near = _beside(sentence, given)
            for theirs, [(_, said)] in told:
                shared = own & stems(_strip(theirs))
                # (or one word of the thing itself, beside both rhythms: "the weekly Halvorsen
                # call" after "On the calls every fortnight?")
                if len(shared) >= SAME_THING or near & _beside(theirs, said) & shared:
                    return said[:1].lower() + said[1:], given[:1].lower() + given[1:]
    return None


def _or_theirs(
    sentence: str, given: str, found: Sequence[tuple[str, str]], heard: set[str]
) -> bool:
    """Whether the summary offers the rhythm given as one of two, the other the persona's:
    "weekly or fortnightly" after "every Tuesday at nine"."""
    return any(
        _same_rhythm(name, heard)
        and re.search(
            rf"{re.escape(given)},? or {re.escape(other)}|{re.escape(other)},? or "
            rf"{re.escape(given)}",
            sentence,
            re.I,
        )
        for name, other in found
    )


BESIDE_WORDS = 2  # words either side of a rhythm that name what it is the rhythm of


def _beside(sentence: str, rhythm: str) -> set[str]:
    """The longer stems of the BESIDE_WORDS words either side of a rhythm in a sentence."""
    at = sentence.find(rhythm)
    before = sentence[:at].split()[-BESIDE_WORDS:]
    after = sentence[at + len(rhythm) :].split()[:BESIDE_WORDS]
    return {w for w in stems(_OWNER.sub("", " ".join(before + after))) if len(w) > 3}


def _strip(sentence: str) -> str:
    """A sentence without its rhythms, so that "every night" shares nothing by itself, and
    without its owners' "'s" ("The call's every other Thursday" is of the call)."""
    for _, rx in _RHYTHM:
        sentence = rx.sub(" ", sentence)
    return _OWNER.sub("", sentence)


_OWNER = re.compile(r"'s\b", re.I)


# Every one of a thing, as the persona tells it: "he reads every single note his people write".
# (not a rhythm: "every two weeks", "every week", "every Tuesday")
_EVERY_ONE = re.compile(
    r"\bevery (?:single )?(?!(?:so|other|now|time|one|two|three|four|few|couple|second|third"
    r"|day|night|week|weekend|fortnight|month|year|quarter|term|morning|afternoon|evening|hour"
    r"|minute|session|shift|\w+day)s?\b)([a-z]{3,})\b",
    re.I,
)
# Now and then, as a summary may put it: "he spot-checks his team's notes every so often".
_NOW_AND_THEN = re.compile(
    r"\b(?:every so often|now and (?:then|again)|from time to time|once in a while"
    r"|occasionally|sometimes|here and there)\b",
    re.I,
)


def made_occasional(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """Every one of a thing the persona told ("every single note") made now and then in a
    summary's sentence about it ("spot-checks his team's notes every so often"), as each was
    written, or None."""
    every = [
        (found[0], stems(found[1]))
        for line in history
        for sentence in sentences(line)
        for found in _EVERY_ONE.finditer(sentence)
    ]
    for sentence in sentences(claim) if every else ():
        occasional = _NOW_AND_THEN.search(sentence)
        if occasional is None:
            continue
        said = stems(sentence)
        for told, thing in every:
            if thing & said:
                return told, occasional[0]
    return None
