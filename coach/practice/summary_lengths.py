"""Whether a summary changes a length of time the persona gave (pure): "more than a week late"
after "more than three days late", compared in minutes up to two months and in months beyond.
Split from coach.practice.summary_check.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import lru_cache

from coach.practice.numbers import NUMBER_WORDS, in_digits, near
from coach.practice.summary_counts import NUMBER
from coach.practice.summary_names import CLAUSE_BREAK
from coach.practice.text import SENTENCE_END
from coach.practice.word_stems import stems

# How long something took or will take ("three days late", "a fortnight", "an hour", "thirty
# focused minutes"), or how often ("every fortnight").
_LENGTH = re.compile(
    rf"\b(an?|every|each|{NUMBER})[ -](?:(?!(?:an?|{NUMBER})\b)[a-z]+ )?"
    r"(minute|hour|day|week|fortnight|month|year)s?\b",
    re.I,
)
# Parts of an hour in words: "the first half hour", "half an hour", "a half-hour slot", "a
# quarter of an hour", "three quarters of an hour"; and "a couple of weeks" (two).
_PART_OF_HOUR = re.compile(
    r"\b(half)(?: an)?[ -]hour\b|\b(?:(three|3) )?quarters?(?: of an)?[ -]hours?\b", re.I
)
_EVERY_OTHER = re.compile(r"\bevery (?:other|second) (minute|hour|day|week|month|year)\b", re.I)
_COUPLE = re.compile(
    r"\b(?:(every|each) )?(?:a )?couple of (?=(?:minute|hour|day|week|month|year)s\b)", re.I
)
_DAY = 24 * 60
TIED_MINUTES = 60  # the shortest length a word beside it ties to another said
_MINUTES_IN = {"minute": 1, "hour": 60, "day": _DAY, "week": 7 * _DAY, "fortnight": 14 * _DAY}
_MINUTES_IN |= {"month": 30 * _DAY, "year": 365 * _DAY}


def changes_a_length(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary gives a length of time the persona never gave where it gave
    another for the same thing, told by a word in the clauses of both ("more than a week
    late" after "more than three days late"; not "two weeks" after "nearly a fortnight")."""
    said = [found for line in history for found in _line_lengths(line)]
    claimed = _lengths(in_digits(claim))
    if gives_another(claimed, said):
        return True
    # or one said of something else put where another was said beside the same length
    # ("thirty minutes once a month" after "two coffees a month apart" and "thirty minutes
    # every two weeks": "a month" was said, but not beside "thirty minutes")
    # (one length beside it: "thirty minutes every two weeks rather than a long coffee once a
    # month" sets three against each other)
    for value, around in claimed:
        beside = {w for w in around if w.startswith("~")}
        paired = {v for v, words in said if beside & words}
        if len(beside) == 1 and paired and value not in paired:
            return True
        # or said of something else where a word beside it ties it to another length ("two
        # coffees two weeks apart" after "Two lovely coffees, a month apart" and "every
        # couple of weeks" for what he would like)
        # (alone in its clause, of the same unit, and no "a minute" or "two minutes late" said
        # in passing)
        words = {w for w in around if not w.startswith("~")}
        tied = {v for v, theirs in said if words & theirs and _long(v) and v[0] == value[0]}
        alone = not beside and _long(value)
        if alone and tied and value not in tied and any(v == value for v, _ in said):
            return True
    return False


def _long(value: tuple[str, int]) -> bool:
    """A length long enough for a word beside it to tie it to the thing ("a month apart")."""
    return value[0] != "minutes" or value[1] >= TIED_MINUTES


def changed_length(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The length of time the persona gave and the one the summary gave instead for the same
    thing, as each was written ("twenty minutes", "two hours"), or None."""
    said = [found for line in history for found in _line_lengths(line)]
    given = {value for value, _ in said}
    for value, around in _lengths(in_digits(claim)):
        theirs = {other for other, words in said if around & words} - {value}
        if value not in given and len(theirs) == 1:
            was, now = _as_written(" ".join(history), theirs.pop()), _as_written(claim, value)
            if was and now:
                return was, now
    return None


def _as_written(text: str, value: tuple[str, int]) -> str | None:
    """The words of ``text`` that give a length of ``value``."""
    for part in _PART_OF_HOUR.finditer(text):
        if value == ("minutes", _part_minutes(part)):
            return part.group(0)
    for match in _LENGTH.finditer(text):
        if _value(_minutes(_LENGTH.search(in_digits(match.group(0))) or match)) == value:
            return match.group(0)
    return None


@lru_cache(maxsize=4096)
def _line_lengths(line: str) -> tuple[tuple[tuple[str, int], set[str]], ...]:
    """The lengths of time of one of the persona's lines, worked out once per line (lengths
    are read clause by clause, and no clause runs from one line into the next)."""
    return tuple(_lengths(in_digits(line), sentence_wide=True))


_ANY_TIME = stems("since after before until till every last next")


def _lengths(text: str, *, sentence_wide: bool = False) -> list[tuple[tuple[str, int], set[str]]]:
    """Each length of time in ``text`` (in minutes up to two months, in months beyond, so that
    "a year and a half" is "eighteen months"), with the content words of its clause other than
    lengths and words of any time ("since", "after"), and the other lengths of the clause, or
    of the sentence when ``sentence_wide`` (the persona's "a short slot, thirty minutes, every
    two weeks" sets both lengths of one thing; a summary's sentence may join two things)."""
    found = []
    text = _PART_OF_HOUR.sub(lambda m: f"{_part_minutes(m)} minutes", text)
    text = _COUPLE.sub(lambda m: f"{m.group(1) or ''} 2 ".lstrip(), text)
    text = _EVERY_OTHER.sub(r"every 2 \1s", text)  # "every second week" is every two weeks
    text = _AND_A_HALF.sub(lambda m: f"{round(_minutes(m) * 1.5)} minutes", text)
    text = _BARE_AFTER.sub(r"\1 \2s \3 \4 \2s", _BARE_BEFORE.sub(r"\1 \4s \2 \3 \4s", text))
    for sentence in SENTENCE_END.split(text):
        before: set[str] = set()
        clauses = []
        for clause in CLAUSE_BREAK.split(sentence):
            # a clause of the length alone takes the words of the one before it ("I cancelled
            # our July session by text, twenty minutes before.")
            around = (stems(_LENGTH.sub(" ", clause)) - _ANY_TIME) | _here(clause) or before
            before = around
            clauses.append((around, [_value(_minutes(m)) for m in _LENGTH.finditer(clause)]))
        wide = [value for _, values in clauses for value in values]
        start = 0  # where the clause's lengths begin among the sentence's
        for around, own in clauses:
            for i, value in enumerate(own):
                # another length beside it tells the thing too ("... every two weeks")
                others = (
                    wide[: start + i] + wide[start + i + 1 :]
                    if sentence_wide
                    else own[:i] + own[i + 1 :]
                )
                found.append((value, around | {f"~{o[1]}{o[0]}" for o in others}))
            start += len(own)
    return found


# How long someone has been where they are: "Twenty months here", "you've been here about
# three years" (a word the stems leave out, so marked apart).
_HERE = re.compile(r"\bhere\b", re.I)


def _here(clause: str) -> set[str]:
    return {"@here"} if _HERE.search(clause) else set()


def _part_minutes(part: re.Match[str]) -> int:
    """The minutes of a part of an hour _PART_OF_HOUR found."""
    return 30 if part.group(1) else 45 if part.group(2) else 15


def _value(minutes: int) -> tuple[str, int]:
    long = minutes >= LONG * _DAY  # compared in months from two months on
    return ("months", round(minutes / _DAY / MONTH)) if long else ("minutes", minutes)


_AND_A_HALF = re.compile(rf"{_LENGTH.pattern} and a half\b", re.I)
# A bare number beside a length it is set against counts in its unit: "eight weeks of arrears
# now instead of twelve", "eight weeks behind rather than twelve", "from twelve to eight weeks".
_UNIT_OF_TIME = r"(minute|hour|day|week|fortnight|month|year)"
_BARE_AFTER = re.compile(
    rf"\b({NUMBER})[ -]{_UNIT_OF_TIME}s?((?: [\w']+){{0,3}}?,? (?:instead of|rather than|not|or"
    r"|(?:down |up )?to))"
    rf" ({NUMBER})(?=\s*(?:[.,;:!?)]|$|(?:and|but|now|so|then)\b))",
    re.I,
)
_BARE_BEFORE = re.compile(
    rf"\b({NUMBER}) (to|or|and|instead of) ({NUMBER})[ -]{_UNIT_OF_TIME}s?\b", re.I
)
LONG, MONTH = 60, 30.4  # a length this many days or more is compared in months


def _minutes(length: re.Match[str]) -> int:
    count, unit = length.group(1).lower(), length.group(2).lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
    return number * _MINUTES_IN[unit]


def gives_another(
    claimed: Sequence[tuple[Hashable, set[str]]], said: Sequence[tuple[Hashable, set[str]]]
) -> bool:
    """Whether the summary gives a value (with the words beside it) the persona never gave,
    beside a word the persona used beside a value of its own."""
    given = {value for value, _ in said}
    return any(
        value not in given
        and not (isinstance(value, str) and near(value, {str(g) for g in given}))
        and any(around & theirs for _, theirs in said)
        for value, around in claimed
    )
