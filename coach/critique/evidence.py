"""What the coder read in a transcript: coded learner turns and verbatim quotes (pure).

A quote is always copied from the learner's own turn text: the sentence that carries the
act being cited (each sentence is coded on its own), or the whole turn when no single
sentence carries it (a summary, for example, can span several sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from coach.coder.skills import code_turn
from coach.critique.models import Evidence
from coach.models import Act, CodedTurn, Speaker, Transcript

# Same sentence boundary as the coder: end punctuation, but a decimal point does not end one.
_SENTENCE = re.compile(r"(?:[^.!?\u2026]|\.(?=\d))+[.!?\u2026]*")
_EDGE = " \t\n\"'\u201c\u201d"
# A full stop after these is not the end of a sentence.
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|vs|e\.g|i\.e)\.\s*$")


@dataclass(frozen=True)
class CodedSession:
    """A transcript with the coder's reading of every learner turn (None for the counterpart)."""

    transcript: Transcript
    coded: Sequence[CodedTurn | None]

    @classmethod
    def of(cls, transcript: Transcript) -> CodedSession:
        """Code every learner turn of ``transcript`` (turn acts stored in it are not trusted)."""
        return cls(transcript, code_transcript(transcript))

    @property
    def learner_turns(self) -> list[int]:
        return [i for i, c in enumerate(self.coded) if c is not None]

    def text(self, turn: int) -> str:
        return self.transcript.turns[turn].text

    def coding(self, turn: int) -> CodedTurn:
        coded = self.coded[turn]
        if coded is None:
            raise ValueError(f"turn {turn} is not a learner turn")
        return coded

    def turns_with(self, *acts: Act) -> list[int]:
        """Learner turns that contain any of ``acts``, in order."""
        return [i for i, c in enumerate(self.coded) if c is not None and c.has(*acts)]

    def previous_counterpart(self, turn: int) -> str | None:
        """What the counterpart said last before ``turn``, if anything."""
        for earlier in range(turn - 1, -1, -1):
            if self.transcript.turns[earlier].speaker is Speaker.COUNTERPART:
                return self.transcript.turns[earlier].text
        return None

    def counterpart_before(self, turn: int) -> list[str]:
        """Everything the counterpart said before ``turn``, in order."""
        turns = self.transcript.turns[:turn]
        return [t.text for t in turns if t.speaker is Speaker.COUNTERPART]


def code_transcript(transcript: Transcript) -> list[CodedTurn | None]:
    """The coder's reading of each learner turn (with the counterpart's turn before it as its
    context), aligned with ``transcript.turns``."""
    coded: list[CodedTurn | None] = []
    context: str | None = None
    for turn in transcript.turns:
        if turn.speaker is Speaker.LEARNER:
            coded.append(code_turn(turn.text, context))
        else:
            coded.append(None)
            context = turn.text
    return coded


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, each an exact substring of it ("Mr. Dunleavy" stays whole)."""
    spans: list[list[int]] = []
    for match in _SENTENCE.finditer(text):
        if spans and _ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]]):
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
    found = (text[start:end].strip(_EDGE) for start, end in spans)
    return [s for s in found if any(ch.isalnum() for ch in s)]


def sentence_acts(sentence: str) -> frozenset[Act]:
    """The acts the coder finds in one sentence on its own."""
    return _cached_acts(sentence)


@lru_cache(maxsize=4096)
def _cached_acts(sentence: str) -> frozenset[Act]:
    return frozenset(code_turn(sentence).acts)


def carrying_sentences(text: str, acts: Iterable[Act]) -> list[str]:
    """The sentences of ``text`` that, coded alone, perform any of ``acts``."""
    wanted = set(acts)
    return [s for s in sentences(text) if sentence_acts(s) & wanted]


def quote(text: str, acts: Iterable[Act]) -> str:
    """The first sentence carrying one of ``acts``, or the whole turn when none does alone."""
    carrying = carrying_sentences(text, acts)
    return carrying[0] if carrying else text.strip()


def evidence_for(
    session: CodedSession, turns: Iterable[int], acts: Iterable[Act], limit: int = 2
) -> list[Evidence]:
    """Up to ``limit`` quotes, one per turn, of the sentences that carry ``acts``."""
    wanted = tuple(acts)
    return [Evidence(turn=t, quote=quote(session.text(t), wanted)) for t in list(turns)[:limit]]


def longest_sentence(session: CodedSession, turn: int) -> Evidence:
    """The longest sentence of a learner turn, for evidence about the turn as a whole."""
    found = sentences(session.text(turn))
    return Evidence(turn=turn, quote=max(found, key=len) if found else session.text(turn).strip())
