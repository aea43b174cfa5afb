"""Counts in what the learner says back: a number with what it counts ("three weeks", "Year
9"), and one given where the persona gave another for the same thing (pure).

Split from coach.practice.summary_check, which corrects a summary for such a count;
coach.practice.detail_fix says which count it put right.
"""

from __future__ import annotations

import re

from coach.practice.numbers import NUMBER_WORDS, in_digits

# Longest first, so that "fourteen" is not read as "four".
NUMBER = "|".join([r"\d+(?:\.\d+)?", *sorted(NUMBER_WORDS, key=len, reverse=True)])
# A number with what it counts ("three weeks"), or a label with its number ("Year 9").
UNITS = r"(week|day|month|year|hour|minute|associate|people|notice|percent)s?\b"
_COUNTED = re.compile(rf"\b({NUMBER})[ -]{UNITS}", re.I)
_NUMBERED = re.compile(rf"\b(year|set|option|press|zone|ward|floor|phase) ({NUMBER})\b", re.I)


def changed_counts(claim: str, heard: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each count ``claim`` gives a thing the persona (``heard``) counted otherwise, and never
    with the claim's number ("two weeks" after "three weeks"; not when "...and that's the two
    weeks" was said as well): the claim's number, the thing, the persona's numbers for it."""
    said, claimed = _details(in_digits(heard)), _details(in_digits(claim))
    kept = {thing for _, thing in claimed & said}
    theirs: dict[str, set[str]] = {}
    for number, thing in said:
        if thing not in kept:
            theirs.setdefault(thing, set()).add(number)
    return [(n, t, frozenset(theirs[t])) for n, t in sorted(claimed - said) if t in theirs]


def _details(text: str) -> set[tuple[str, str]]:
    """Each number with what it counts ("3 week") or label with its number ("9 year"), in
    ``text`` with its numbers in digits."""
    counted = {(n.lower(), thing.lower()) for n, thing in _COUNTED.findall(text)}
    return counted | {(n.lower(), label.lower()) for label, n in _NUMBERED.findall(text)}
