"""The times an offline reply gives (pure): for a question asking when or how long, the time
the persona's own line told, or the short answer that gives it. Split from
coach.practice.reply_parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.practice.calendar_words import DAYS_AND_MONTHS
from coach.practice.numbers import NUMBER_WORDS
from coach.practice.word_stems import long_stems, stems

# A question asking when, or for how long.
ASKS_WHEN = re.compile(
    r"\b(?:when|how long|how soon|(?:what|which) (?:time|day|date|week|month))\b", re.I
)
# A time said in a line, with the word that places it: "in July", "two years ago", "since
# January", "on Tuesday", "last week"; May only after a word that places it ("I may have").
_TIME_SAID = re.compile(
    rf"\b(?:(?:back )?in |on |since |until |by |last |this |next )?(?:{DAYS_AND_MONTHS})s?\b"
    r"|\b(?:(?:back )?in|since|until|by|last|next) may\b"
    r"|\b(?:\w+ )?(?:years?|months?|weeks?|days?) ago\b|\b(?:since|in) \d{4}\b"
    r"|\b(?:last|this) (?:week|month|year|summer|spring|autumn|winter|term)\b|\byesterday\b",
    re.I,
)


SAME_CONCERN = 3  # content words a line shares with a disclosure that make it that concern


def time_told(question: str, lines: list[str], disclosures: list[str]) -> str | None:
    """For a question asking when ("When did that happen?") that nothing authored answers, the
    time the persona's latest line gave, or the disclosure that line told in other words
    (sharing SAME_CONCERN content words or more), or its earlier lines: "In July."."""
    if not ASKS_WHEN.search(question):
        return None
    latest = stems(lines[0]) if lines else set()
    shared = {d: len(stems(d) & latest) for d in disclosures}
    told = max(shared, key=shared.__getitem__, default=None)  # the concern the line told
    near = [told] if told is not None and shared[told] >= SAME_CONCERN else []
    for line in [*lines[:1], *near, *lines[1:]]:
        found = _TIME_SAID.search(line or "")
        if found:
            said = found.group(0)
            return f"{said[:1].upper()}{said[1:]}."
    return None


def gives_fact(question: str) -> Callable[[str], float]:
    """Whether a line gives the time a question about the persona asks for, when no line
    shares a word with it: "How long have you been at Northvale?" answered "About three years.
    Since the grant started." (Not how many of something, nor when for someone else: what
    nothing authored tells is not made up from a line about something else.)"""
    asked = bool(ASKS_WHEN.search(question)) and bool(_ABOUT_YOU.search(question))
    gives = _A_SPAN if _HOW_LONG.search(question) else _A_TIME  # "About six weeks."
    return lambda line: float(asked and bool(gives.search(line)))


def timed_instead(question: str, found: str) -> Callable[[str], float] | None:
    """For a question how long the persona has been or had something ("How long have you
    been in Revenue and Ridership?") that the line found answers with no span of time ("I'm a
    data analyst in the Revenue and Ridership team."), the score of a line that gives one
    (gives_fact); else None. Not how long something takes, nor when: a line found for those
    usually answers them in its own words. So too a question how much later or longer
    something is ("How much later is the new date than the one Halvorsen had?"): the line
    found names the thing, and a short answer gives the gap ("Three weeks. Give or take two
    days.")."""
    if _GAP.search(question):
        return None if _A_SPAN.search(found) else (lambda line: float(bool(_A_SPAN.search(line))))
    if _WHEN_IS.search(question) and not _A_TIME.search(found):
        return timed_about(question)  # "When exactly does the panel sit?": not who sits on it
    score = gives_fact(question)
    return score if _TENURE.search(question) and not score(found) else None


def timed_about(question: str, least: int = 1) -> Callable[[str], float]:
    """For a question asking when something is ("When does the site visit actually finish?"),
    the score of a line that gives a time and shares a word of four letters or more with the
    question, the more the better ("The catch is I've got the state site visit through
    Thursday, so the letter can't be a long one."); nothing for one without a time or sharing
    fewer than ``least`` such words."""
    if not _WHEN_IS.search(question):
        return lambda line: 0.0
    asked = long_stems(question) - _ASKING

    def score(line: str) -> float:
        shared = len(asked & long_stems(line)) if _A_TIME.search(line) else 0
        return float(shared) if shared >= least else 0.0

    return score


# How long the persona has been, had or done something: "How long have you been at Northvale?"
_TENURE = re.compile(r"\bhow long (?:have|had) you\b|\bhow long exactly\b", re.I)
# How much later, longer or earlier one time is than another: a gap of time asked for.
_GAP = re.compile(
    r"\bhow (?:much|many (?:days|weeks|months)) (?:later|longer|earlier|sooner)\b", re.I
)
_ABOUT_YOU = re.compile(r"\byou(?:'ve|'re)?\b", re.I)
_HOW_LONG = re.compile(r"\bhow long\b", re.I)
# A question when something is or happens, not how long it lasts.
_WHEN_IS = re.compile(r"\b(?:when|(?:what|which) (?:time|day|date|week|month))\b", re.I)
_ASKING = long_stems("when what which time exactly actually does will would could")
_A_TIME = re.compile(rf"\b(?:\w+day|weeks?|months?|years?|ago|since|\d|{DAYS_AND_MONTHS})\b", re.I)
_COUNT = "|".join(["\\d+", "a", "an", "few", "several", "couple of", *NUMBER_WORDS])
_A_SPAN = re.compile(
    rf"\b(?:since|ago)\b|\b(?:{_COUNT}) (?:days?|weeks?|months?|years?|fortnights?|hours?)\b", re.I
)
