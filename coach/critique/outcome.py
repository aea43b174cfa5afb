"""What came out of the conversation, read from what the counterpart actually said (pure).

A hidden concern came out when a counterpart line says it: the line shares enough of the
words of a disclosure about that concern (its content words, or its keywords). Whoever played
the counterpart, its own words are the record; only a transcript with no counterpart lines falls
back on replaying the persona's rules, and says it is an estimate.
"""

from __future__ import annotations

import re

from coach.coder.words import content_words, stem
from coach.critique.evidence import sentences
from coach.critique.models import ConcernOutcome, PersonaOutcome
from coach.critique.replay import PersonaReplay, persona_outcome
from coach.models import Difficulty, Speaker, Transcript
from coach.scenarios.models import Disclosure, Scenario

SHARED_WORDS = 0.3  # of a disclosure's content words that a line must share
MIN_SHARED = 3
MIN_KEYWORDS = 2


def outcome_from_transcript(
    scenario: Scenario, difficulty: Difficulty, transcript: Transcript, replay: PersonaReplay
) -> PersonaOutcome:
    """Which concerns the counterpart disclosed (and after which learner turn), and the trust
    trace from the replay; an estimate from the replay when there are no counterpart lines."""
    replayed = persona_outcome(scenario, difficulty, replay)
    lines = _counterpart_lines(transcript)
    if not lines:
        return replayed.model_copy(update={"estimated": True})
    first = _first_disclosed(scenario, lines)
    concerns = [
        ConcernOutcome(id=c.id, text=c.text, uncovered=c.id in first, turn=first.get(c.id))
        for c in scenario.hidden_concerns
    ]
    disclosed = [d.id for d in scenario.disclosures if _said_in_any(d, lines)]
    return replayed.model_copy(
        update={
            "uncovered": [c for c in concerns if c.uncovered],
            "missed": [c for c in concerns if not c.uncovered],
            "disclosures": disclosed,
        }
    )


def _counterpart_lines(transcript: Transcript) -> list[tuple[int, str]]:
    """(learner turn it answered, text) of every counterpart line after a learner turn."""
    lines: list[tuple[int, str]] = []
    last_learner: int | None = None
    for index, turn in enumerate(transcript.turns):
        if turn.speaker is Speaker.LEARNER:
            last_learner = index
        elif last_learner is not None:
            lines.append((last_learner, turn.text))
    return lines


def _first_disclosed(scenario: Scenario, lines: list[tuple[int, str]]) -> dict[str, int]:
    first: dict[str, int] = {}
    for disclosure in scenario.disclosures:
        if disclosure.concern is None:
            continue
        for turn, text in lines:
            if says(text, disclosure):
                first[disclosure.concern] = min(turn, first.get(disclosure.concern, turn))
                break
    return first


def _said_in_any(disclosure: Disclosure, lines: list[tuple[int, str]]) -> bool:
    return any(says(text, disclosure) for _, text in lines)


def says(line: str, disclosure: Disclosure) -> bool:
    """Whether a counterpart line says (in its own words or the disclosure's) what it holds."""
    wanted = content_words(disclosure.text)
    shared = wanted & content_words(line)
    if len(shared) >= max(MIN_SHARED, SHARED_WORDS * len(wanted)):
        return True
    # (keywords in what it tells, not in what it asks: "And when did you page Bea?")
    lowered = " ".join(s for s in sentences(line) if not s.endswith("?")).lower()
    hits = sum(bool(re.search(rf"\b{re.escape(_root(k))}", lowered)) for k in disclosure.keywords)
    return hits >= min(MIN_KEYWORDS, len(disclosure.keywords))


def _root(keyword: str) -> str:
    """A one-word keyword by its stem ("started" finds "start"), a phrase as written."""
    lowered = keyword.lower()
    return lowered if " " in lowered or "'" in lowered else stem(lowered)
