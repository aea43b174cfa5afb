"""Which of the persona's concerns its lines so far already tell (pure).

The offline engine knows what it said itself, word for word. A session it did not play from
the start (taken over from a language model that failed, or rebuilt from a stored
transcript) has counterpart lines in other words: a concern told there in a line of its own
is told, and telling it again when it unlocks would repeat the persona.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from coach.models import PersonaUpdate
from coach.practice.answers import COMMON_VERBS
from coach.practice.text import sentences
from coach.practice.word_stems import stems
from coach.scenarios.models import Scenario

# Share of a concern's content words one line must use to tell it. The scenarios' other
# authored lines (hints, facts, answers) share at most about a third with any concern.
TOLD_SHARE = 0.45
MIN_WORDS = 6  # a concern this short is only ever told word for word
# How far back a concern told in other words is still looked for, so that a turn costs the same
# at the end of a long session as at its start (one the engine told itself is unlocked anyway).
RECENT_LINES = 8


def told_in(lines: Sequence[str], concern: str) -> bool:
    """Whether one of ``lines`` tells ``concern``, in its words or most of them."""
    wanted = _stems(concern)
    if any(concern in line for line in lines):
        return True
    if len(wanted) < MIN_WORDS:
        return False
    return any(len(wanted & _stems(line)) >= TOLD_SHARE * len(wanted) for line in lines)


def as_told(
    scenario: Scenario,
    update: PersonaUpdate,
    history: Sequence[str],
    used: Callable[[str], bool],
) -> PersonaUpdate:
    """``update`` without the newly unlocked concerns already told: said by the engine
    (``used``) or in the ``history``'s own words."""
    fresh = [
        d
        for d in update.newly_unlocked
        if not used(text := scenario.disclosure(d).text) and not told_in(history[1:], text)
    ]
    if fresh == update.newly_unlocked:
        return update
    return update.model_copy(update={"newly_unlocked": fresh})


def told_sentences(
    scenario: Scenario, update: PersonaUpdate, history: Sequence[str], question: str
) -> list[str]:
    """The sentences of the concerns told so far (unlocked before this turn, or told in the
    ``history``'s own words lately) that share a word with ``question``: what a question about a
    detail of one of them is answered from."""
    told = [
        d.text
        for d in scenario.disclosures
        if (d.id in update.state.unlocked and d.id not in update.newly_unlocked)
        or told_in(history[1:][-RECENT_LINES:], d.text)
    ]
    asked = _stems(question) - COMMON_VERBS
    said = [s for text in told for s in sentences(text)]
    return [s for s in said if len(s.split()) > 2 and asked & _stems(s)]


def restated(sentence: str, used: Callable[[str], bool], leads: Sequence[str]) -> str:
    """``sentence`` as a line that can be said again: itself if not yet said, else after the
    first lead ("Like I said.") not yet said with it (itself, and so used, if none is left)."""
    if not used(sentence):
        return sentence
    return next(
        (f"{lead} {sentence}" for lead in leads if not used(f"{lead} {sentence}")), sentence
    )


@lru_cache(maxsize=8192)
def _stems(line: str) -> frozenset[str]:
    return frozenset(stems(line))
