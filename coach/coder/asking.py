"""Whether a turn asks the other person to do something (pure).

The trained model reads requests well where they are phrased as requests, and over-reads
questions that merely sound like one: asking leave to ask ("Can I ask why...?"), offers
("Would it help if I brought mine?") and questions about what the other would prefer
("Would you rather cut the drills?"). The codebook codes those as closed questions (an offer
also as information), never as requests; an ask said outright ("I want to ask you to back
me") is a request even when the model misses it. These two corrections follow the codebook's
definitions, so they hold whoever wrote the turn.
"""

from __future__ import annotations

import re

from coach.coder import grammar, patterns
from coach.coder.features import normalise, sentences
from coach.models import Act

_LEAD = re.compile(grammar.LEAD)
_FILLERS = re.compile(grammar.FILLERS)
_ASKS = patterns.compile_table(patterns.REQUEST)
_NOT_ASKING = patterns.compile_table(patterns.NOT_ASKING)
_EXPLICIT = patterns.compile_table(patterns.EXPLICIT_ASK)
_MAY_ASK = re.compile(r"\bask|\bhoping|\bfor you to\b", re.I)  # words every EXPLICIT_ASK has


def corrected_requests(text: str, acts: list[Act]) -> list[Act]:
    """``acts`` with a request removed from a turn that only sounds like one, or added to a
    turn that asks outright."""
    if Act.REQUEST not in acts and not _MAY_ASK.search(text):
        return acts  # most turns: nothing to correct, and no need to read them again
    clauses = [_clause(s) for s in sentences(normalise(text))]
    found = set(acts)
    if Act.REQUEST in found and _only_sounds_like_asking(clauses):
        found.discard(Act.REQUEST)
        if "?" in text and not found & {Act.OPEN_QUESTION, Act.CLOSED_QUESTION}:
            found.add(Act.CLOSED_QUESTION)
    elif Act.REQUEST not in found and any(_EXPLICIT.search(c) for c in clauses):
        found.add(Act.REQUEST)
        found.discard(Act.OTHER)
    return [act for act in Act if act in found]


def _clause(sentence: str) -> str:
    """A sentence as the pattern tables read it: no end punctuation, leading filler or hedge."""
    bare = _FILLERS.sub("", sentence.rstrip("?.!").strip(" ,"))
    return _LEAD.sub("", bare).strip()


def _only_sounds_like_asking(clauses: list[str]) -> bool:
    """Some clause asks leave, offers or asks a preference, and none asks them to act."""
    looks = any(_NOT_ASKING.search(c) for c in clauses)
    asks = any(_ASKS.search(c) or _EXPLICIT.search(c) for c in clauses)
    return looks and not asks
