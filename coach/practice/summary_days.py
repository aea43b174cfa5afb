"""Days in a summary the persona never said, or put nearer or further off than it did (pure).

Split from coach.practice.summary_check, which uses both when it decides to correct.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coach.practice.calendar_words import DAYS_AND_MONTHS, WEEKDAYS
from coach.practice.numbers import NUMBER_WORDS
from coach.practice.summary_names import CLAUSE_BREAK
from coach.practice.text import SENTENCE_END
from coach.practice.word_stems import stems

_HOUR_WORDS = [word for word, value in NUMBER_WORDS.items() if value <= 12]  # "one" to "twelve"
_HOURS = "|".join([r"1[0-2]|[1-9]", *_HOUR_WORDS])
_WHEN = re.compile(rf"\b(?:{DAYS_AND_MONTHS})(?=s?\b)", re.I)  # "on Mondays" too


def names_unsaid_day(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary names a weekday or month that none of the persona's lines did."""
    heard = " ".join(history).lower()
    return any(day.lower() not in heard for day in _WHEN.findall(claim))


# A weekday with how far off it is: "this Thursday", "two weeks on Thursday", "Thursday week".
_DAY_OFF = re.compile(
    rf"\b(this(?: coming)?|coming|next|(?:a|one|two|three|four|\d) weeks? (?:on|from)"
    rf"|a fortnight (?:on|from))"
    rf" ({WEEKDAYS})\b|\b({WEEKDAYS}) (week)\b|\b({WEEKDAYS})\b",
    re.I,
)


def moves_a_day(claim: str, history: Sequence[str], heard: Sequence[str] = ()) -> bool:
    """Whether the summary puts a weekday nearer or further off than the persona did ("this
    Thursday" after only "two weeks on Thursday"), or gives a date the persona put on one
    weekday another ("Friday the fourteenth" after "Thursday the fourteenth"); a weekday said
    bare settles nothing (``heard``: the learner's earlier turns, see moved_day)."""
    return moved_day(claim, history, heard) is not None


ORDINAL = (
    r"\d{1,2}(?:st|nd|rd|th)|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
# A weekday with its date: "Thursday the fourteenth", "Friday 14th".
_DATED = re.compile(rf"\b({WEEKDAYS}),? (?:the )?({ORDINAL})\b", re.I)


def moved_day(
    claim: str, history: Sequence[str], heard: Sequence[str] = ()
) -> tuple[str, str] | None:
    """How the persona put the weekday the summary moved, and how the summary put it
    ("two weeks on Thursday", "this Thursday"; "Thursday the fourteenth", "Friday the
    fourteenth"), or None. A weekday the learner named in ``heard`` (their earlier turns) is
    not one put in place of the persona's only one ("...walk in on Friday" after the learner's
    "what to do about Friday" and the persona's "the phone calls Tuesday")."""
    dated = {date.lower(): (day, phrase) for line in history for day, date, phrase in _dates(line)}
    for day, date, phrase in _dates(claim):
        same_date = dated.get(date.lower())
        if same_date and same_date[0].lower() != day.lower():
            return same_date[1], phrase
    said = _days_off(history)
    for day, off, phrase in _days_off_list(claim):
        theirs = said.get(day, {})
        if off and theirs and off not in theirs and set(theirs) - {""}:
            return next(p for o, p in theirs.items() if o), phrase
    return _swapped_weekday(claim, history, heard) or _moved_in_the_day(claim, " ".join(history))


# A day with the part of it: "Monday morning", "first thing Monday morning", "Friday
# afternoons".
_PART_OF_DAY = re.compile(
    rf"\b({WEEKDAYS}|tomorrow)s? (morning|afternoon|evening|night|lunchtime)s?\b", re.I
)
# A day with a clock time close after it: "every Tuesday, nine o'clock sharp", "Friday at
# 10am", "Tuesdays at nine".
_DAY_AT = re.compile(
    rf"\b({WEEKDAYS})s?,?(?: (?!at\b)[a-z]+)?(?:,? (at))? ({_HOURS})(?:[:.][0-5]\d)?"
    r"(?: ?(am|pm|o'clock))?\b",
    re.I,
)


def _clock_part(hour: str, marker: str) -> str:
    """The part of the day a clock time said with a day falls in: "nine o'clock" is the
    morning, "two" the afternoon, "seven pm" the evening."""
    number = int(hour) if hour.isdigit() else NUMBER_WORDS[hour.lower()]
    if marker.lower() == "pm" and number < 12:
        number += 12
    elif marker.lower() != "am" and number < 7:
        number += 12  # "at two", "at four o'clock": the afternoon
    return "morning" if number < 12 else "afternoon" if number < 18 else "evening"


def _moved_in_the_day(claim: str, heard: str) -> tuple[str, str] | None:
    """A part of a day the summary gives where the persona gave only another for that day
    ("Monday morning" and "Monday afternoon"; "Tuesday afternoons" after "every Tuesday, nine
    o'clock sharp")."""
    said: dict[str, dict[str, str]] = {}
    for found in _PART_OF_DAY.finditer(heard):
        said.setdefault(found[1].lower(), {})[found[2].lower()] = found[0]
    for found in _DAY_AT.finditer(heard):
        if not (found[2] or found[4]):
            continue  # "Tuesday, three people came": no time
        part = _clock_part(found[3], found[4] or "")
        said.setdefault(found[1].lower(), {}).setdefault(part, found[0])
    for found in _PART_OF_DAY.finditer(claim):
        theirs = said.get(found[1].lower(), {})
        if theirs and found[2].lower() not in theirs:
            return next(iter(theirs.values())), found[0]
    return None


_A_WEEKDAY = re.compile(rf"\b({WEEKDAYS})s?\b", re.I)


def _swapped_weekday(
    claim: str, history: Sequence[str], heard: Sequence[str] = ()
) -> tuple[str, str] | None:
    """Another weekday for the same thing, told by a word in the clauses of both ("only in on
    Thursdays" after "Their bookkeeper is part-time, in on Tuesdays.")."""
    said = [found for line in history for found in _weekdays(line)]
    for day, around, phrase in _weekdays(claim, borrow=False):
        theirs = {(d, p) for d, words, p in said if _telling(around & words)}
        if len({d for d, _ in theirs}) == 1 and day not in {d for d, _ in theirs}:
            return sorted(theirs)[0][1], phrase
    named = {day for line in heard for day, _, _ in _weekdays(line)}
    return _the_one_weekday(claim, said, named)


def _the_one_weekday(
    claim: str, said: Sequence[tuple[str, frozenset[str], str]], learners: set[str]
) -> tuple[str, str] | None:
    """Another weekday put "on" where the persona named only one in all it said ("So on
    Monday afternoon, ... you sent her a real date" after "Fine. Tuesday, just after four.";
    "So the panel meets Friday" after only Thursdays)."""
    days = {d for d, _, _ in said}
    if len(days) != 1:
        return None
    for found in _ON_A_WEEKDAY.finditer(claim):
        if found.group(1).lower() not in days | learners:
            return said[0][2], found.group(1)
    return None


# A weekday something is put on: "on Friday", "the panel meets Friday", "it's Friday".
_ON_A_WEEKDAY = re.compile(
    rf"\b(?:on|is|meets|sits|happens|falls|it's|that's) ({WEEKDAYS})\b", re.I
)


def _telling(shared: frozenset[str]) -> bool:
    """Whether words two clauses share tell that they are of the same thing: one longer than
    three letters ("bookkeeper"; not "own" in "owns it" and "on my own")."""
    return any(len(word) > 3 for word in shared)


@lru_cache(maxsize=4096)
def _weekdays(text: str, *, borrow: bool = True) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Each weekday of ``text`` with the content words of its clause, as written; if
    ``borrow``, a clause of the day alone takes those of the clause before it in the sentence
    (the persona's "..., in on Tuesdays."; not a summary's "Friday: one sentence that...",
    which starts a new item)."""
    found = []
    for sentence in SENTENCE_END.split(text):
        before: frozenset[str] = frozenset()
        for clause in CLAUSE_BREAK.split(sentence):
            own = frozenset(stems(_A_WEEKDAY.sub(" ", clause)))
            around = own or (before if borrow else own)
            before = around
            found += [(m.group(1).lower(), around, m.group(0)) for m in _A_WEEKDAY.finditer(clause)]
    return tuple(found)


@lru_cache(maxsize=4096)
def _dates(text: str) -> tuple[tuple[str, str, str], ...]:
    """Each weekday with its date in ``text``: the weekday, the date, the words."""
    return tuple((m.group(1), m.group(2), m.group(0)) for m in _DATED.finditer(text))


@lru_cache(maxsize=4096)
def _days_off_list(text: str) -> tuple[tuple[str, str, str], ...]:
    """Each weekday of ``text`` with how far off it was put ("" when bare), as written."""
    found = []
    for m in _DAY_OFF.finditer(text):
        if m.group(2):
            off = " ".join(m.group(1).lower().split())
            off = "this" if off in ("this coming", "coming") else off  # "this coming Thursday"
            found.append((m.group(2).lower(), off, m.group(0)))
        elif m.group(3):
            found.append((m.group(3).lower(), "week", m.group(0)))
        else:
            found.append((m.group(5).lower(), "", m.group(0)))
    return tuple(found)


def _days_off(lines: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each weekday of ``lines``: how far off it was put, each with the words that put it."""
    days: dict[str, dict[str, str]] = {}
    for line in lines:
        for day, off, phrase in _days_off_list(line):
            days.setdefault(day, {}).setdefault(off, phrase)
    return days
