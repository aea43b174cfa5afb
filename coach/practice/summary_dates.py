"""Dates of the month in a summary other than the persona's for the same thing (pure): "the
fourteenth" for "the twenty-fourth", "October fifteenth" for "the first of October", the end of
a span moved ("from the 3rd to the 21st" after "between the 3rd and the 14th"). Split from
coach.practice.summary_days; read by coach.practice.detail_fix, which says the right date back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.calendar_words import MONTHS
from coach.practice.numbers import day_number
from coach.practice.summary_days import ORDINAL
from coach.practice.word_stems import stems

# A date of the month said on its own: "on the twenty-fourth", "before the 14th".
_DAY_OF_MONTH = re.compile(rf"\bthe ({ORDINAL})(?=\s*(?:$|[,.;:!?)]|of\b|and\b|so\b|but\b))", re.I)
DATE_CONTEXT = 4  # words before a date that say what it is the date of


def redated(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The date of the month the persona gave and the other one the summary gives for the
    same thing, told by a word before both ("a decision before the client meeting on the
    fourteenth" after "The next client meeting is on the twenty-fourth"), or None."""
    claim, history = _month_last(claim), [_month_last(line) for line in history]
    heard = " ".join(history)
    ranged = _moved_end(claim, history, heard)
    if ranged is not None:
        return ranged
    said = [
        (m.group(1), _before(line, m)) for line in history for m in _DAY_OF_MONTH.finditer(line)
    ]
    told = {day_number(d) for d, _ in said}
    for found in _DAY_OF_MONTH.finditer(claim) if said else ():
        if re.search(rf"\b{re.escape(found.group(1))}\b", heard, re.I):
            continue
        if day_number(found.group(1)) in told:
            continue  # the same day in other figures: "October 1st" after "the first of October"
        own = _before(claim, found)
        # (of the persona's dates about it, one the summary left out, sharing most words)
        candidates = [
            (re.search(rf"\bthe {d}\b", claim, re.I) is None, len(own & words), d)
            for d, words in said
            if d.lower() != found.group(1).lower() and own & words
        ]
        theirs = max(candidates)[2] if candidates else None
        if theirs:
            return f"the {theirs}", f"the {found.group(1)}"
    return None


# A date with its month first: "by October fifteenth", "on March the 18th".
_MONTH_FIRST = re.compile(rf"\b({'|'.join(MONTHS)}) (?:the )?({ORDINAL})\b", re.I)


def _month_last(text: str) -> str:
    """The text with each date put month last ("by the fifteenth of October"), as
    _DAY_OF_MONTH and _before read them."""
    return _MONTH_FIRST.sub(r"the \2 of \1", text)


# A span of dates: "from the 3rd to the 21st", "between the 3rd and the 14th".
_SPAN = re.compile(
    rf"\b(?:from|between) the ({ORDINAL}) (?:to|and|until|till|through) the ({ORDINAL})\b", re.I
)


def _moved_end(claim: str, history: Sequence[str], heard: str) -> tuple[str, str] | None:
    """The end of a span of dates the persona gave and the other one the summary gives, the
    other end the same ("from the 3rd to the 21st" after "between the 3rd and the 14th"), the
    summary's never said; or None."""
    spans = [m.groups() for line in history for m in _SPAN.finditer(line)]
    for start, end in (m.groups() for m in _SPAN.finditer(claim)):
        for their_start, their_end in spans:
            ends = ((start, their_start, their_end, end), (end, their_end, their_start, start))
            for same, their_same, theirs, own in ends:
                kept = same.lower() == their_same.lower()
                unsaid = not re.search(rf"\b{re.escape(own)}\b", heard, re.I)
                if kept and unsaid and theirs.lower() != own.lower():
                    return f"the {theirs}", f"the {own}"
    return None


def _before(text: str, found: re.Match[str]) -> set[str]:
    """The content words of the DATE_CONTEXT words before a match, in its sentence, and the
    month after it ("the third of July": same month, same thing)."""
    start = max(text.rfind(end, 0, found.start()) for end in ".!?")
    month = _OF_MONTH.match(text, found.end())
    before = stems(" ".join(text[start + 1 : found.start()].split()[-DATE_CONTEXT:]))
    return before | ({month.group(1).lower()} if month else set())


_OF_MONTH = re.compile(rf"\s+of\s+({'|'.join(MONTHS)})\b", re.I)
