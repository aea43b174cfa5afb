"""Whether a summary says the persona will do what it said it would not, or gives a reason it
denied (pure).

"So you'll help me lean on Gareth for a date" after "I'm not going to go and lean on Gareth
for you", or "I'll send my email tonight" after "Don't send that email": a clause of the
summary saying what someone will do, without a negation, shares the content of a sentence
the persona said with one. "Priya left for personal reasons" after "Priya's file says
personal reasons. That's not why she went.": a clause of the summary gives as the reason what
the persona said was not. "We meet upstairs" after "Down by the floor, not upstairs": a clause
names what the persona ruled out. "So you've come to hate the job" after "I don't hate the
job": a clause gives the persona a feeling it denied. "...and the flood maps printed bigger"
after "I was going to print the flood maps bigger. Now I think bigger paper is not the answer.":
a clause puts back a plan the persona dropped. "You've already raised it with Ruth" after "I
haven't gone to Ruth": a clause says done, with someone named, what the persona denied. A
summary that does any of these is corrected, however much of it is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.practice.text import sentences
from coach.practice.word_stems import stems

_NEGATION = re.compile(
    r"\b(?:not|no|never|can't|cannot|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't"
    r"|shouldn't|wouldn't|couldn't|nobody|nothing)\b",
    re.I,
)
# Only what someone will do is checked: what happened can be said many ways.
_WILL = re.compile(
    r"\b(?:you'll|you will|i'll|i will|we'll|we will|you're going to|i'm going to|then we)\b",
    re.I,
)
_CLAUSE = re.compile(r"[.;:!?]\s+|,\s+(?:and|but|then|so)\s+|\s+and then\s+|,\s+")
# (for a thing ruled out, a purpose or cause after its own word is a clause of its own: "...on
# my phone so we don't lose the thread"; not for what someone will do, whose purpose can hold
# what was denied: "you'll have a word with Marcus... so we can give Meridian a date")
_PURPOSE = re.compile(r"\s+(?:so that|so|because)\s+")
SHARED = 2  # content words a clause must share with the persona's negated sentence


def contradicts(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` affirms what a clause of ``earlier`` negated ("I'll phone
    him Monday, not to beg" negates only the begging)."""
    earlier = list(earlier)
    negated = [
        stems(clause)
        for line in earlier
        for sentence in sentences(line)
        for clause in _CLAUSE.split(sentence)
        if _NEGATION.search(clause)
    ]
    for clause in _CLAUSE.split(summary):
        if _NEGATION.search(clause) or not _WILL.search(clause):
            continue
        said = stems(clause)
        if any(len(said & sentence) >= SHARED for sentence in negated):
            return True
    return (
        gives_a_denied_reason(summary, earlier)
        or takes_what_was_ruled_out(summary, earlier)
        or affirms_a_denied_feeling(summary, earlier)
        or takes_what_was_dropped(summary, earlier)
        or gives_a_denied_deed(summary, earlier)
    )


# A deed the persona denied with the person it was not done to: "I haven't gone to Ruth or
# anyone else about this." (the name in the denying clause)
_DENIED_DEED = re.compile(
    r"\bi(?:'ve| have)? (?:not|never|haven't|hadn't|didn't) (?:\w+ ){0,3}?"
    r"(?:to|with) (?-i:([A-Z][a-z]+))\b",
    re.I,
)
# The summary saying it was done: "you've already raised it with Ruth", "you went to Ruth"
_DONE_BY_YOU = re.compile(
    r"\byou(?:'ve| have)? (?:already |also )?(?:\w+ed|gone|been|went|spoken|spoke|told)\b", re.I
)


def gives_a_denied_deed(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` says the persona did, with someone named, what it said it
    had not ("you've already raised it with Ruth" after "I haven't gone to Ruth or anyone
    else about this")."""
    names = {m.group(1) for line in earlier for m in _DENIED_DEED.finditer(line)}
    return any(
        not _NEGATION.search(clause)
        and _DONE_BY_YOU.search(clause)
        and any(re.search(rf"\b(?:to|with) {name}\b", clause) for name in names)
        for clause in _CLAUSE.split(summary)
    )


# A plan the persona dropped: "I was going to print the flood maps bigger. Now I think bigger
# paper is not the answer." (the next sentence denies it, sharing a word with it)
_DROPPED = re.compile(
    r"\bi (?:was going to|had planned to|was planning to|meant to|was thinking of)"
    r" ([^.;!?]+)[.;!?]+\s+([^.;!?]+)",
    re.I,
)
DROPPED_SHARED = 3  # content words of the dropped plan a summary's clause must name


def takes_what_was_dropped(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` that does not negate names a plan the persona said it
    had and then denied ("...and the flood maps printed bigger" after "I was going to print
    the flood maps bigger. Now I think bigger paper is not the answer.")."""
    dropped = [
        plan
        for line in earlier
        for m in _DROPPED.finditer(line)
        if _NEGATION.search(m.group(2)) and (plan := stems(m.group(1))) & stems(m.group(2))
    ]
    return any(
        not _NEGATION.search(clause) and len(stems(clause) & plan) >= min(DROPPED_SHARED, len(plan))
        for clause in _CLAUSE.split(summary)
        for plan in dropped
    )


# A feeling the persona denied: "I don't hate the job.", "I never blamed Owen."
_DENIED_FEELING = re.compile(
    r"\bi (?:don't|do not|didn't|did not|never) (?:really |actually )?(hate|like|love|mind|blame"
    r"|regret|resent|trust|enjoy)d? ((?:[a-z']+ ){0,2}[a-z']+)",
    re.I,
)


def affirms_a_denied_feeling(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of the summary gives the persona a feeling it denied, about the same
    thing: "So you've come to hate the job" after "I don't hate the job"."""
    denied = [
        (m.group(1).lower(), stems(m.group(2)))
        for line in earlier
        for m in _DENIED_FEELING.finditer(line)
    ]
    for clause in _CLAUSE.split(summary):
        if _NEGATION.search(clause):
            continue
        for verb, thing in denied:
            felt = re.search(
                rf"\byou(?:'ve| have)? (?:\w+ )?(?:to )?{verb}[sd]? (.+)", clause, re.I
            )
            if felt and thing & stems(felt.group(1)):
                return True
    return False


# A thing ruled out after a list of what is wanted: "Send me two things tonight: the timeline
# and the link to your pull request... Not the apology, I've read that.", "Maybe meet after
# shift, down here. Not the office upstairs.", "Skip the slides. ... Send me the four pages."
_RULED_OUT = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?:then|so|but|and),? )?(?:not|skip|forget|never mind)"
    r" (?:(?:the|your|my|that|this|his|her|their|any) ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)"
    r"|(upstairs|downstairs))(?= *[,.;!]| *$)",  # (or a floor: "Then not upstairs.")
    re.I,
)


# A thing ruled out beside the one meant: "Down by the floor, not upstairs where the offices
# are.", "On the Tuesday call, not in the review". Not the words that only qualify ("not
# really", "not to beg", "not yours"), nor those too common to mark the thing.
_NOT_INSTEAD = re.compile(
    r",\s+not (?:(?:in|at|on) )?(?:the |your |my |his |her |their |our )?"  # "not on your phone"
    r"([a-z][a-z'-]+)\b",
    re.I,
)
_QUALIFIERS = frozenset(
    """a an to just even you me us him her them it yours mine ours theirs about too because for
    only one next whole after before whether as what yet sorry being all from against that this
    those these during so quite really much many always ever exactly sure once now then there
    here enough again anymore any some every everything anything nothing everyone anyone
    least necessarily entirely completely totally fully necessary bad good great since until by
    with without like of into than""".split()  # noqa: SIM905
)


def takes_what_was_ruled_out(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` that does not negate names what the persona ruled out
    with "Not the ..." ("...I send you the timeline and my apology post" after "Not the
    apology, I've read that") or with ", not ..." beside what it meant ("we meet upstairs in
    the office" after "Down by the floor, not upstairs where the offices are"), other than as
    what was replaced ("eight weeks instead of twelve", "down here rather than upstairs")."""
    lines = list(earlier)
    # each thing ruled out, all its words to be named ("the office upstairs", not "two days"
    # for "Not the four days.")
    ruled_out = [
        stems(m.group(1) or m.group(2)) for line in lines for m in _RULED_OUT.finditer(line)
    ]
    ruled_out = [words for words in ruled_out if words]
    instead = stems(
        " ".join(
            m.group(1)
            for line in lines
            for m in _NOT_INSTEAD.finditer(line)
            if m.group(1).lower() not in _QUALIFIERS
        )
    )
    return bool(ruled_out or instead) and any(
        not _NEGATION.search(clause)
        and (
            any(words <= stems(_REPLACED.sub(" ", clause)) for words in ruled_out)
            or stems(_REPLACED.sub(" ", clause)) & instead
        )
        for part in _CLAUSE.split(summary)
        for clause in _PURPOSE.split(part)
    )


# What a summary says was replaced: "instead of twelve", "rather than upstairs", "from twelve".
_REPLACED = re.compile(
    r"\b(?:rather than|instead of|than|from|not|no)\s+(?:the |a |an )?[\w'-]+", re.I
)


# "That's not why she went.", "That isn't the reason.": the sentence before was a reason denied.
_NOT_WHY = re.compile(
    r"^\W*(?:that's|that is|it's|it is|that was|it was|that isn't|that wasn't|it isn't) (?:not )?"
    r"(?:why|the reason|the real reason)\b",
    re.I,
)
_REASON = re.compile(r"\b(?:for|because|since|due to|over|out of)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+")


def gives_a_denied_reason(summary: str, earlier: Iterable[str]) -> bool:
    """Whether a clause of ``summary`` gives for a reason what the persona said was not one:
    the sentence before "That's not why..." shares SHARED content words, names aside."""
    denied = []
    for line in earlier:
        told = sentences(line)
        for before, after in zip(told, told[1:], strict=False):
            if _NOT_WHY.search(after) and _NEGATION.search(after):
                denied.append(stems(_NAME.sub(" ", before)))
    for clause in _CLAUSE.split(summary) if denied else []:
        if _NEGATION.search(clause) or not _REASON.search(clause):
            continue
        said = stems(_NAME.sub(" ", clause))
        if any(len(said & reason) >= SHARED for reason in denied):
            return True
    return False
