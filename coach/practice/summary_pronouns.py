"""Someone the persona meant by "him" or "her" given another name in a summary (pure).

"What should I do about Gareth before Thursday?" "Go and see him. In person..." means Gareth;
a summary that says "I should go and talk to Marcus face to face" sends the learner to the
wrong person, though Marcus was named earlier for something else. Read by
coach.practice.detail_fix, which both decides that a summary is corrected for it and names
who was meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.practice.summary_names import NAME, NOT_NAMES

# Getting hold of someone, as the persona tells the learner to ("Go and see him", "ask her",
# "have a word with him") and as a summary says it ("talk to Marcus face to face").
_CONTACT = (
    r"(?:see|ask|tell|talk to|speak to|speak with|talk with|call|ring|phone|email|message|meet"
    r"|meet with|have a word with|go to|catch|find|sit down with|check with)"
)
_TO_THEM = re.compile(rf"\b{_CONTACT} (him|her)\b", re.I)
_TO_NAMED = re.compile(rf"\b{_CONTACT} ((?-i:[A-Z][a-zà-ÿ]+))\b", re.I)


def pronoun_swapped(
    claim: str, history: Sequence[str], learner: Sequence[str]
) -> tuple[str, str] | None:
    """Who the persona's last line told the learner to get hold of by "him" or "her" (the one
    person the learner's turn just before it named) and the other name the summary gives
    that step, or None. ``learner``: the learner's earlier turns, the last one just before
    the persona's last line."""
    told = _TO_THEM.search(history[-1]) if history and learner else None
    if told is None or _names_in(history[-1][: told.start()]):
        return None  # ("go and see Linda before Thursday and tell her": her is Linda)
    asked_about = _names_in(learner[-1])
    if len(asked_about) != 1:
        return None
    meant = next(iter(asked_about))
    named_before = set().union(*(_names_in(turn) for turn in learner))
    for found in _TO_NAMED.finditer(claim):
        name = found.group(1)
        # (not someone the learner had named: "him" may be them)
        others = name not in named_before | {meant} and meant not in claim
        if others and not NOT_NAMES.fullmatch(name):
            return meant, name
    return None


def _names_in(text: str) -> set[str]:
    return {n for n in NAME.findall(text) if not NOT_NAMES.fullmatch(n)}
