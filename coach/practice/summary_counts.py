"""Counts in what the learner says back: a number with what it counts ("three weeks", "Year
9"), and one given where the persona gave another for the same thing (pure).

Split from coach.practice.summary_check, which corrects a summary for such a count;
coach.practice.detail_fix says which count it put right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.numbers import NUMBER_WORDS, in_digits
from coach.practice.text import sentences
from coach.practice.word_stems import long_stems

# Longest first, so that "fourteen" is not read as "four".
NUMBER = "|".join([r"\d+(?:\.\d+)?", *sorted(NUMBER_WORDS, key=len, reverse=True)])
# A number with what it counts ("three weeks"), or a label with its number ("Year 9").
UNITS = r"(week|day|night|shift|month|year|hour|minute|associate|people|notice|percent)s?\b"
_COUNTED = re.compile(rf"\b({NUMBER})[ -]{UNITS}", re.I)
# People counted as a difference, not a headcount: "one associate down", "two people short"
# (not time: "eleven minutes down" is how long).
_PEOPLE_DIFFERENCE = re.compile(
    rf"\b(?:{NUMBER})[ -](?:associate|people)s? (?:down|short|fewer|less|more|extra|up)\b", re.I
)
# A second number its unit is left off: "from twelve weeks to eight" counts eight weeks too.
_AND_TO = re.compile(rf"\b(?:{NUMBER})[ -]{UNITS} to ({NUMBER})\b(?![ -]\w)", re.I)
# A run of things, however it is named: "four in a row", "six nights in a row".
_IN_A_ROW = re.compile(rf"\b({NUMBER})(?: [a-z]+)? (in a row)\b", re.I)
_NUMBERED = re.compile(rf"\b(year|set|option|press|zone|ward|floor|phase) ({NUMBER})\b", re.I)
# Which year or week of a run something fell in: "in her fourth year" after "by her sixth year"
# (not "first", said loosely: "the first year I was here").
_ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth".split()  # noqa: SIM905
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)}) (year|week|month|term|semester)\b", re.I)
# A number with the noun it counts, whatever the noun: "two officer posts", "three teams" (not
# some of them, "the first two items", nor a label's number, "Year 9 class").
_NOUN_COUNTED = re.compile(
    rf"(?<!first )(?<!next )(?<!top )(?<!other )(?<!year )(?<!set )(?<!option )(?<!press )"
    rf"(?<!zone )(?<!ward )(?<!floor )(?<!phase )(?<!item )(?<!bay )(?<!room )(?<!page )"
    rf"\b({NUMBER}) ([a-z]{{3,}})\b(?![-'])",
    re.I,
)
# Words after a number that count nothing of their own: "two of", "three more", "four thousand".
_NOT_COUNTED = frozenset(
    "and but the for from with into than that this more less times hundred thousand million"  # noqa: SIM905
    " billion o'clock each other ago later earlier months weeks years days hours minutes nights"
    " then too now was were are had has have got its our your their his her out off where when"
    " who which what while".split()
)
# A number said with nothing after it: "Option B brings it to 0.7, under the target." (not a
# label: "Two: my Part 3 log.", "So, item three...")
_BARE = re.compile(
    rf"(?<!item )(?<!option )(?<!point )(?<!step )(?<!number )\b({NUMBER})(?=\s*[,.;!?)]|\s*$)",
    re.I,
)


def changed_counts(claim: str, heard: str) -> list[tuple[str, str, frozenset[str]]]:
    """Each count ``claim`` gives a thing the persona (``heard``) counted otherwise, and never
    with the claim's number ("two weeks" after "three weeks"; not when "...and that's the two
    weeks" was said as well, nor when the persona said the claim's number with no thing after
    it): the claim's number, the thing, the persona's numbers for it."""
    said, claimed = _details(in_digits(heard)), _details(in_digits(claim))
    bare = {n.lower() for n in _BARE.findall(in_digits(heard))}  # (it may be the same thing)
    claimed = {(n, thing) for n, thing in claimed if n not in bare}
    kept = {thing for _, thing in claimed & said}
    theirs: dict[str, set[str]] = {}
    for number, thing in said:
        if thing not in kept:
            theirs.setdefault(thing, set()).add(number)
    return [(n, t, frozenset(theirs[t])) for n, t in sorted(claimed - said) if t in theirs]


def _details(text: str) -> set[tuple[str, str]]:
    """Each number with what it counts ("3 week") or label with its number ("9 year"), in
    ``text`` with its numbers in digits."""
    text = _PEOPLE_DIFFERENCE.sub(" ", text)
    counted = {(n.lower(), thing.lower()) for n, thing in _COUNTED.findall(text)}
    counted |= {(n.lower(), thing.lower()) for thing, n in _AND_TO.findall(text)}
    counted |= {(n.lower(), run.lower()) for n, run in _IN_A_ROW.findall(text)}
    counted |= {
        (n.lower(), noun.lower())
        for n, noun in _NOUN_COUNTED.findall(text)
        if noun.lower() not in _NOT_COUNTED
    }
    counted |= {(n.lower(), f"ordinal {unit.lower()}") for n, unit in _ORDINAL.findall(text)}
    return counted | {(n.lower(), label.lower()) for label, n in _NUMBERED.findall(text)}


# A share as written, before what it is a share of: "three quarters of", "about half of",
# "a third of", "40% of", "half my".
_SHARE_WORDS = re.compile(
    r"\b(?:(?:a|one|two|three|four)[ -](?:half|third|quarter|fifth|tenth)s?|half"
    r"|\d+(?: ?%| per ?cent))(?= of\b)|\bhalf(?= (?:my|your|his|her|their|our|the)\b)",
    re.I,
)
SHARE_OF = 4  # words after "of" that say what a share is of ("of your team's week")


def changed_share(claim: str, heard: str) -> tuple[str, str] | None:
    """The share the persona gave of a thing and the other share the summary gave of it, as
    each was written ("three quarters", "about half"), or None. The thing is told by a word of
    what follows each share, or by SAME_SENTENCE longer words their sentences share ("a quarter
    of the fluid chart errors you see on nights come from people leaving the IV antibiotics
    out" after "Half the mistakes I pick up on nights are people ... leaving out the IV
    antibiotics")."""
    said = _shares(heard)
    for share, of, sentence in _shares(claim):
        theirs = {
            s for s, words, told in said if words & of or len(told & sentence) >= SAME_SENTENCE
        }
        if len(theirs) == 1 and share.lower() not in {s.lower() for s, _, _ in said}:
            return theirs.pop(), share
    return None


SAME_SENTENCE = 3


def _same(told: frozenset[str], sentence: frozenset[str]) -> bool:
    return len(told & sentence) >= SAME_SENTENCE


def _shares(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each share of ``text`` with the longer words of what it is a share of, and those of its
    sentence."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = long_stems(sentence)
        for match in _SHARE_WORDS.finditer(sentence):
            after = re.findall(r"[a-z]+", sentence[match.end() :].lower())
            after = after[1 if after[:1] == ["of"] else 0 :][:SHARE_OF]
            found.append((match.group(0), frozenset(w for w in after if len(w) > 3), words))
    return found


# A count said as how far one thing is from another: "notices going out four weeks earlier",
# "two days later", "three people fewer".
_BY_SO_MUCH = re.compile(
    r"\b(\d+) [a-z]+ (?:earlier|later|sooner|more|less|fewer|longer|shorter|extra)\b", re.I
)
_A_COUNT = re.compile(r"\b\d+\b")


def without_differences(claim: str, history: Sequence[str]) -> str:
    """``claim`` (in digits) without the counts it gives as a difference that one of the
    persona's sentences holds between two of its numbers ("four weeks earlier" after "Notices
    at eight weeks instead of twelve"): no number changed, only worked out."""
    counts = [
        [int(n) for n in _A_COUNT.findall(s)]
        for line in history
        for s in sentences(in_digits(line))
    ]
    apart = {abs(a - b) for found in counts for i, a in enumerate(found) for b in found[i + 1 :]}
    return _BY_SO_MUCH.sub(
        lambda m: " " if int(m.group(1)) in apart else m.group(0), in_digits(claim)
    )


def said_alone(line: str) -> set[str]:
    """The numbers (in digits) that make a sentence of ``line`` on their own ("Last Sunday,
    yeah? I know. Twenty-three."): what they count is what the line is about."""
    said = [s.strip(" .!?") for s in sentences(in_digits(line))]
    return {s.lower() for s in said if re.fullmatch(r"\d+", s)}
