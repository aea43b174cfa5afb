"""Whether the persona corrects a summary rather than confirming it (pure).

A summary is corrected when it says the persona will do what it said it would not, when it
puts words in the persona's mouth (and is not a saying-back of its last line, or is mostly
new claims besides one), when it leaves out what the persona has only just disclosed (the
hardest part to say, the part a listener must not skip), or when it names a day or a month
the persona never said ("the meeting on Tuesday" after "Monday after school").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coach.practice.answers import stems
from coach.practice.contradiction import contradicts
from coach.scenarios.models import Disclosure

# Share of a disclosure's content words a line must hold to be that disclosure said.
SAID_AS_DISCLOSED = 0.6
# Content words new in the latest disclosure a summary must pick up not to have left it out.
KEEPS_DISCLOSURE = 2
_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|june|july|august|september|october|november|december)\b",
    re.I,
)
# Words that shrink what the other person said ("it's basically just the hours"): a summary
# that leans on them is usually putting its own reading in their mouth.
_SHRINKS = re.compile(
    r"\b(?:basically|mostly|really|more or less|simply|only|bottom line|all about|nothing"
    r"|didn't really|just)\b",
    re.I,
)
# "Let me check I've got it:" and the like say nothing about the other person.
_SUMMARY_LEAD = re.compile(
    r"^[^.:?]*\b(?:check|got (?:it|this|that)|heard|back|together|understood|recap)\b[^.:?]*"
    r"[.:?]\s*",
    re.I,
)
MISREAD = 0.5
# Share of new words that makes a summary a misreading even when it says back the last turn:
# a summary gathers more than that turn, and most of it was never said.
MISREAD_ANYWAY = 0.65
SHRINK_WEIGHT = 0.15
SAID_BACK = 5  # content words of their last turn that make a turn a saying-back of it


def says_back(summary: str, last: str | None) -> bool:
    """Whether a turn picks up enough of the other's last turn to be a reflection of it,
    however much of the rest is in the speaker's own words: paraphrase is not a misreading."""
    return bool(last) and len(stems(summary) & stems(last or "")) >= SAID_BACK


def misreads(summary: str, earlier: Iterable[str], *, said_back: bool = False) -> bool:
    """Whether a summary says enough that was never said (or shrinks what was) to be
    corrected rather than confirmed; one that ``said_back`` the last turn only when most of
    it was never said."""
    claim = _SUMMARY_LEAD.sub("", summary)
    shrinks = SHRINK_WEIGHT if _SHRINKS.search(claim) else 0.0
    share = unsupported_share(claim, earlier) + shrinks
    return share >= (MISREAD_ANYWAY if said_back else MISREAD)


def unsupported_share(summary: str, earlier: Iterable[str]) -> float:
    """The share of a summary's content words that nobody said before it: high when the
    summary puts words in the other's mouth."""
    said = stems(summary)
    if not said:
        return 0.0
    heard: set[str] = set()
    for line in earlier:
        heard |= stems(line)
    return len(said - heard) / len(said)


def corrects(claim: str, history: Sequence[str], disclosures: Sequence[Disclosure]) -> bool:
    """Whether ``claim`` (a summary without its check question) is one to correct.

    Args:
        history: the persona's lines so far, the latest last.
        disclosures: the scenario's disclosures, to tell whether the latest line was one.
    """
    said_back = says_back(claim, history[-1] if history else None)
    return (
        contradicts(claim, history)
        or misreads(claim, history, said_back=said_back)
        or leaves_out_disclosure(claim, history, disclosures)
        or names_unsaid_day(claim, history)
    )


def leaves_out_disclosure(
    claim: str, history: Sequence[str], disclosures: Sequence[Disclosure]
) -> bool:
    """Whether the persona's latest line was a disclosure the summary says nothing of."""
    if not history:
        return False
    latest = stems(history[-1])
    told = (stems(d.text) for d in disclosures)
    disclosed = next((d for d in told if _said(d, latest)), None)
    if disclosed is None:
        return False
    before: set[str] = set().union(*(stems(line) for line in history[:-1]))
    return len(stems(claim) & (disclosed - before)) < KEEPS_DISCLOSURE


def _said(disclosure: set[str], line: set[str]) -> bool:
    return bool(disclosure) and len(disclosure & line) >= SAID_AS_DISCLOSED * len(disclosure)


def names_unsaid_day(claim: str, history: Sequence[str]) -> bool:
    """Whether the summary names a weekday or month that none of the persona's lines did."""
    heard = " ".join(history).lower()
    return any(day.lower() not in heard for day in _WHEN.findall(claim))
