"""The one detail a saying-back got wrong, put right: "two weeks on Thursday, not this
Thursday", "eleven years, not fifteen years", "Bea, not Owen", "at three, not at four",
"twenty minutes, not two hours" (pure).

A persona that corrects a summary says what it got wrong when the wrong thing is a weekday
put nearer or further off, a number given to something it counted another way, a time of day
or a length of time changed, or what one person did given to another; the correction lines of
the scenario serve the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from coach.practice.calendar_words import DAYS_AND_MONTHS
from coach.practice.numbers import YEAR, in_digits
from coach.practice.offline_lines import OfflineLines
from coach.practice.summary_comparisons import turned_comparison
from coach.practice.summary_counts import changed_counts, changed_share
from coach.practice.summary_dates import redated
from coach.practice.summary_days import moved_day
from coach.practice.summary_decided import unsettled
from coach.practice.summary_directions import turned_side
from coach.practice.summary_documents import changed_document
from coach.practice.summary_feelings import (
    changed_feeling,
    feeling_given_to_another,
    misplaced_feeling,
)
from coach.practice.summary_lengths import changed_length
from coach.practice.summary_names import given_to_another, swapped_name
from coach.practice.summary_often import changed_rhythm, made_occasional
from coach.practice.summary_order import flipped_order
from coach.practice.summary_places import moved_place
from coach.practice.summary_pronouns import pronoun_swapped
from coach.practice.summary_renamed import renamed
from coach.practice.summary_roles import (
    changed_relative,
    other_persons,
    renamed_relation,
    swapped_role,
)
from coach.practice.summary_times import (
    changed_time,
    moved_month,
    moved_part_of_day,
    moved_time_of_day,
)
from coach.practice.summary_titles import retitled
from coach.practice.summary_told import (
    another_decider,
    another_teller,
    part_given_to_another,
    saying_given_to_another,
)

# Words that keep their capital at the start of a phrase ("Thursday", "Year 9").
_PROPER = re.compile(rf"(?:{DAYS_AND_MONTHS}|year|set|option|press|zone|ward|floor|phase)\b", re.I)


# A name of two capitalised words keeps its capital too ("Alder Street").
_NAMED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")

Finder = Callable[[str, Sequence[str]], tuple[str, str] | None]
# Finders that give the detail in the words of both sides ("the head teacher", "the chair of
# governors"), so that one finding both decides that a summary is corrected
# (summary_check.changes_a_fact) and names what was put right: a deed or a title given to
# another role, a feeling of another kind or put on someone else, a step's order, a step set
# for another part of the day or another time of it, a thing put in another month, another
# relative, another relation for someone named, a relation put on another person ("Kacper's
# mum"), another title, another date, the learner's own saying given to someone else, another
# rhythm ("at weekends" for "every night"), another teller ("Linda told you" for Jess) or
# decider ("Gareth's decision" for "Marcus made that call"), or
# every one made now and then ("every so often" for "every single note"), or a comparison
# turned round ("more angry than worried" for "more worried than mad").
NAMED_BOTH: tuple[Finder, ...] = (
    swapped_role,
    changed_feeling,
    feeling_given_to_another,
    flipped_order,
    moved_part_of_day,
    moved_time_of_day,
    moved_month,
    changed_relative,
    renamed_relation,
    other_persons,
    retitled,
    redated,
    part_given_to_another,
    saying_given_to_another,
    changed_rhythm,
    another_teller,
    another_decider,
    made_occasional,
    turned_comparison,
)


def fix_lines(
    claim: str,
    history: Sequence[str],
    lines: OfflineLines,
    known: str = "",
    heard: Sequence[str] = (),
) -> list[str]:
    """The lines that put right what a saying-back got wrong, when it can be told: the detail
    it changed ("Not quite: Alder, not Margit."), or how it settled what the persona left
    unsettled ("Not quite. That one I decided against."); else none."""
    fix = wrong_detail(claim, history, known, heard)
    if fix:
        return [line.format(said=fix[0], claimed=fix[1]) for line in lines.detail_fixes]
    how = unsettled(claim, history, heard)
    return getattr(lines.unsettled_fixes, how) if how else []


def wrong_detail(
    claim: str, history: Sequence[str], known: str = "", learner: Sequence[str] = ()
) -> tuple[str, str] | None:
    """What the persona said and what the saying-back said instead, as each was written, or
    None when it got no weekday, count or person wrong (``known``: the scenario, which tells
    who is a person; ``learner``: the learner's earlier turns, whose names are not unheard)."""
    found = moved_day(claim, history, learner) or _recounted(claim, " ".join(history))
    found = found or changed_share(claim, " ".join(history))
    found = found or changed_time(claim, history) or changed_length(claim, history)
    found = found or moved_place(claim, history) or turned_side(claim, history)
    found = found or _repriced(claim, " ".join(history))
    if found:
        return _in_sentence(found[0]), _in_sentence(found[1])
    named = swapped_name(claim, history) or given_to_another(claim, history, known)
    named = named or renamed(claim, [*history, *learner], known)
    named = named or pronoun_swapped(claim, history, learner)
    named = named or changed_document(claim, history, learner)
    named = named or misplaced_feeling(claim, history, learner)
    return named or next((fix for find in NAMED_BOTH if (fix := find(claim, history))), None)


def _recounted(claim: str, heard: str) -> tuple[str, str] | None:
    """A count the summary gives where the persona gave one other for the same thing (not
    where it gave several, "Year 8" and "Year 9", which could be either; not "one", which is
    as often how many changed: "down one associate")."""
    for number, thing, given in changed_counts(claim, heard):
        if thing.startswith("ordinal ") and len(given) == 1:  # "sixth year", "fourth year"
            unit = thing.removeprefix("ordinal ")
            return f"{next(iter(given))} {unit}", f"{number} {unit}"
        if number != "1" and len(given) == 1:
            return _as_written(heard, next(iter(given)), thing), _as_written(claim, number, thing)
    return None


# A sum of money as written: "£4,800", "$12.50".
_AMOUNT = re.compile(r"[£$€]\d+(?:,\d{3})*(?:\.\d+)?")


def _repriced(claim: str, heard: str) -> tuple[str, str] | None:
    """A sum or a year the summary gives that the persona never said, and the persona's one
    nearest it ("£4,800" for "£3,800" after "It adds £4,800... the contingency is £6,000";
    "2011" for "2014")."""
    for pattern in (_AMOUNT, YEAR):
        said = {_value(a): a for a in pattern.findall(heard)}
        for given in pattern.findall(claim):
            if said and _value(given) not in said:
                nearest = min(said, key=lambda value: abs(value - _value(given)))
                return said[nearest], given
    return None


def _value(amount: str) -> float:
    return float(amount.lstrip("£$€").replace(",", ""))


def _as_written(text: str, number: str, thing: str) -> str:
    """The words of ``text`` that give ``number`` of ``thing`` ("two officer posts", "eleven
    years", "Year 9")."""
    named = re.escape(thing)
    ways = (  # each way of writing it, with the group that holds the number, in this order
        (
            rf"\b([\w.-]+) ({named}) (?!(?:is|was|has|as|this|us|his|its|yes|and|the|for|with|ago"
            rf"|but)\b)[a-z]{{3,}}s?\b",
            1,
        ),
        (rf"\b([\w.-]+)[ -]({named}s?)\b", 1),  # "eleven years"
        (rf"\b({named}) ([\w.-]+)\b", 2),  # "Year 9"
        (rf"\b([\w.-]+)(?: [a-z]+)? {named}\b", 1),  # a word between: "six nights in a row"
    )
    for pattern, group in ways:
        for match in re.finditer(pattern, text, re.I):
            if in_digits(match.group(group)).lower() == number:
                return match.group(0)
    return f"{number} {thing}" if thing.endswith("s") else f"{number} {thing}s"


def _in_sentence(phrase: str) -> str:
    """``phrase`` to go mid-sentence: "Two weeks on Thursday" is "two weeks on Thursday"."""
    if _PROPER.match(phrase) or _NAMED.match(phrase):
        return phrase
    return phrase[:1].lower() + phrase[1:]
