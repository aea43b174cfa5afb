"""A time of day in a summary other than the one the persona gave for the same thing (pure).

"Denise told you to come at four" after "Denise said to be here at three" is corrected: the
clause of each time shares a word ("Denise") and the summary's time is one the persona never
gave. So is "you'll email him first thing tomorrow morning" after "I'll email him tonight",
the step set for another part of the day, and "your mum's stroke in June" after "In July my
mum had a stroke", the thing put in another month; or "around noon" for "in the morning".
Split from coach.practice.summary_check, which uses it when it decides to correct, and read by
coach.practice.detail_fix, which says the right time back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from coach.practice.calendar_words import MONTHS
from coach.practice.numbers import in_digits
from coach.practice.text import sentences
from coach.practice.word_stems import stems

# "at three", "at 3:30", "at half four", "at around nine": a clock time, not "at 40 minutes"
# or "at 3 percent" (what follows the number is no count of something).
# Or by a time that cannot be a count: "in by quarter past five", "by 9:30", "by six pm", "by
# about eleven in the morning".
_AT_TIME = re.compile(
    r"\b(?:at (?:about |around )?((?:half (?:past )?|quarter (?:past|to) )?(?:[1-9]|1[0-2])"
    r"(?:[:.][0-5]\d)?"
    r"(?:\s*(?:am|pm|o'clock))?)"
    r"|by (?:about |around )?((?:half (?:past )?|quarter (?:past|to) )(?:[1-9]|1[0-2])"
    r"|(?:[1-9]|1[0-2])(?:[:.][0-5]\d|\s*(?:am|pm|o'clock)|(?= in the (?:morning|afternoon"
    r"|evening)\b))))"
    r"(?![\w:.%]|\s+(?:[a-z]+s|per|percent|of)\b)",
    re.I,
)
# Clauses, without breaking a time in two ("3:30", "3.30").
CLAUSE = re.compile(r"(?<!\d)[,.;:!?()]|[,.;:!?()](?!\d)|\s(?:and|but|while|so|because)\s", re.I)
_ABOUT_A_TIME = stems("be here come came get arrive start finish meet said told asked since until")
MOVED_SHARED = 2  # words a clause shares with theirs that tie its time to theirs


def changed_time(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The time the persona gave and the one the summary gave instead for the same thing,
    or None when the summary gives no time the persona did not."""
    said = [found for line in history for found in _line_times(line)]
    given = {time for time, _ in said}
    for time, around in _times(claim):
        if time in given:
            continue
        theirs = {other for other, words in said if around & words}
        if len(theirs) == 1:
            return _as_written(" ".join(history), theirs.pop()), _as_written(claim, time)
    return None


def _as_written(text: str, time: str) -> str:
    """The words of ``text`` that give ``time`` ("at three" for "3")."""
    for match in re.finditer(r"\b(?:at|by)\b", text, re.I):
        words = text[match.start() :].split()[:TIME_WORDS]
        for end in range(2, len(words) + 1):
            phrase = " ".join(words[:end]).rstrip(",.;:!?")
            digits = in_digits(phrase)
            # (all of it a time, or a time and the part of the day: "By three in the afternoon")
            core = _PART_OF_DAY.sub("", digits)
            found = _AT_TIME.match(digits)
            if found and found.end() == len(core) and _clock_of(found) == time:
                return phrase
    return f"at {time}"


TIME_WORDS = 7  # words a time as written runs to: "by about eleven in the morning"
_PART_OF_DAY = re.compile(r" in the (?:morning|afternoon|evening)$", re.I)


def changes_a_time(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary moves a time of day the persona gave for the same thing."""
    return changed_time(claim, history) is not None


@lru_cache(maxsize=4096)
def _line_times(line: str) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(_times(line))


def _times(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each clock time of ``text`` (as written, numbers in digits) with the content words of
    its clause, other than words any time goes with ("come", "be here")."""
    found = []
    for clause in CLAUSE.split(in_digits(text)):
        around = frozenset(stems(_AT_TIME.sub(" ", clause)) - _ABOUT_A_TIME)
        found += [(_clock_of(m), around) for m in _AT_TIME.finditer(clause)]
    return found


def _clock_of(found: re.Match[str]) -> str:
    """The time an _AT_TIME match gives, "at ..." or "by ...", as compared."""
    return _clock(found[1] or found[2])


def _clock(time: str) -> str:
    """A time as compared: "11 o'clock" and "11" alike, "3.30" and "3:30" alike."""
    # ("half four" and "half past four" alike)
    plain = re.sub(r"\s*(?:o'clock|am|pm)$", "", time.lower()).replace(".", ":")
    return plain.replace("half past ", "half ")


A_MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")\b")  # not "I may"


# A part of a day a step is set for, by the day it falls on: "tonight" and "this evening" are
# tonight; "first thing tomorrow" and "tomorrow morning" are tomorrow.
_PART_OF_A_DAY = re.compile(
    r"\b(?:(tonight|this evening|later tonight)"
    r"|(today|this morning|this afternoon|(?:by )?(?:the )?end of (?:the )?day|at lunchtime)"
    r"|(tomorrow(?: (?:morning|afternoon|evening|night))?|first thing(?: tomorrow)?"
    r"(?: morning| in the morning)?))\b",
    re.I,
)
_DAYS = ("tonight", "today", "tomorrow")


def moved_part_of_day(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's "tonight" and the summary's "first thing tomorrow morning" (or the like)
    for the same step ("I'll email him tonight" summed up as "you'll email him first thing
    tomorrow morning"): a clause of each shares a content word and each sets it for another
    day, and the persona never set anything for the summary's. None when there is none."""
    return _moved(claim, history, _PART_OF_A_DAY, _group_named(_DAYS))


# The time of day something is set for, by its part: "at seven-thirty in the morning" is the
# morning, "around noon" midday.
_TIME_OF_DAY = re.compile(
    r"\b(?:(in the morning|this morning|tomorrow morning|first thing|morning)"
    r"|(noon|midday|lunchtime|at lunch|over lunch)"
    r"|(in the afternoon|this afternoon|tomorrow afternoon|afternoon)"
    r"|(in the evening|this evening|tomorrow evening|evening|tonight|after work))\b",
    re.I,
)
_PARTS = ("morning", "midday", "afternoon", "evening")


def moved_time_of_day(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's time of day and the summary's other one for the same step ("you'll call
    Curtis on Monday around noon" after "I'll phone him Monday at seven-thirty in the
    morning"), as for moved_part_of_day."""
    return _moved(claim, history, _TIME_OF_DAY, _group_named(_PARTS))


def moved_month(claim: str, history: Sequence[str]) -> tuple[str, str] | None:
    """The persona's month and the summary's other one for the same thing ("since your mum's
    stroke in June" after "In July my mum had a stroke"), as for moved_part_of_day; a month
    the learner named ("I promised in June") is no month the persona gave."""
    return _moved(claim, history, A_MONTH, lambda month: _written(month).lower())


# A time by the clock in a clause: "by noon", "at four" (the same in a summary's clause and
# in one of theirs with no day's part ties the step to theirs).
_CLOCKED = re.compile(
    r"\b(?:noon|midday|(?:at|by) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve))\b",
    re.I,
)
_Found = str | tuple[str, ...]  # what a pattern's findall gives: a group, or several


def _moved(
    claim: str, history: Sequence[str], when: re.Pattern[str], kind: Callable[[_Found], str]
) -> tuple[str, str] | None:
    """A time ``when`` finds in a clause of the summary, of a ``kind`` the persona never gave,
    where a clause of the persona's sharing a content word with it (or with the clauses after
    it that only add to it, see _tail) gave one of another kind;
    or of a kind they gave for something else, where no clause of theirs with it shares a word
    and one with another shares several ("The hub went live in February" after "Since the hub
    went live in January... scrolling vacancies since February"): theirs and the summary's."""
    # (each with its clause's own words, not its line's, to weigh against a clause with no time)
    said = [
        (
            kind(found[0]),
            found[0],
            _about(when.sub(" ", clause), clause, line),
            _tail(clauses, n),
            stems(when.sub(" ", clause)) - _ABOUT_A_TIME,
        )
        for line in history
        for clauses in (CLAUSE.split(sentence) for sentence in sentences(line))
        for n, clause in enumerate(clauses)
        if len(found := when.findall(clause)) == 1
    ]
    given = {of for of, *_ in said}
    # (for a day's part, a clause of theirs with no time that tells the step more closely:
    # "by noon tomorrow you send back notes" after "Send it tonight. You'll have my notes by
    # noon")
    untimed = [
        (stems(clause) - _ABOUT_A_TIME, {m.lower() for m in _CLOCKED.findall(clause)})
        for line in (history if when is _PART_OF_A_DAY else ())
        for sentence in sentences(line)
        for clause in CLAUSE.split(sentence)
        if not when.search(clause) and _CLOCKED.search(clause)
    ]
    clauses = CLAUSE.split(claim)
    for n, clause in enumerate(clauses):
        if len(times := when.findall(clause)) != 1:
            continue
        own, of = stems(when.sub(" ", clause)) - _ABOUT_A_TIME, kind(times[0])
        if len(own) <= FRAGMENT_WORDS and n:
            # (a time put beside what it is the time of: "at the Guild crit in May, the
            # afternoon session, ...")
            own |= stems(when.sub(" ", clauses[n - 1])) - _ABOUT_A_TIME
        tied = [(f, len(own & (mine | tail))) for _, f, w, tail, mine in said if own & (w | tail)]
        clocked = {m.lower() for m in _CLOCKED.findall(clause)}
        closer = max((len(own & words) for words, at in untimed if at & clocked), default=0)
        if closer >= MOVED_SHARED and closer > max((count for _, count in tied), default=0):
            continue  # (told more closely in a clause of theirs with no time)
        if of not in given and tied:
            return _written(tied[0][0]), _written(times[0])
        shared = [(len(own & words), o, found) for o, found, words, *_ in said if own & words]
        most = max(shared, key=lambda s: s[0], default=(0, of, ""))
        if most[0] >= MOVED_SHARED and all(o != of for _, o, _ in shared):
            return _written(most[2]), _written(times[0])
    return None


# A clause that only adds to the one before it: "..., after supper, with you copied".
_ADDS_TO = re.compile(r"^\s*(?:with|after|before|without|for|from)\b", re.I)


def _tail(clauses: Sequence[str], n: int) -> set[str]:
    """What the clauses after the ``n``th add to it, up to one with a step of its own ("I'll
    get a note to him tonight, after supper, with you copied": the note that is copied goes
    tonight; not "..., I'll mark it up by noon")."""
    tail: list[str] = []
    for clause in clauses[n + 1 :]:
        if not _ADDS_TO.match(clause):
            break
        tail.append(clause)
    return stems(_TIME_OF_DAY.sub(" ", " ".join(tail))) - _ABOUT_A_TIME


FRAGMENT_WORDS = 1  # a sentence of no more words than this, beside its time, is a time said alone


def _about(words: str, clause: str, line: str) -> set[str]:
    """What a clause of the persona's with a time is about: its own words, or, for a time said
    alone as a sentence ("They've asked me back next Thursday. ... Ten in the morning."), its
    line's."""
    own = stems(words) - _ABOUT_A_TIME
    if len(own) > FRAGMENT_WORDS:
        return own
    alone = any(sentence.rstrip(".!?") == clause.strip() for sentence in sentences(line))
    return (own | stems(line)) - _ABOUT_A_TIME if alone else own


def _group_named(names: tuple[str, ...]) -> Callable[[_Found], str]:
    """The kind of a match by the group it filled, one name to a group ("tomorrow" for "first
    thing tomorrow morning", "midday" for "around noon")."""
    return lambda found: next(name for name, part in zip(names, found, strict=True) if part)


def _written(found: _Found) -> str:
    return found if isinstance(found, str) else next(part for part in found if part)
