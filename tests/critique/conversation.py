"""Small conversations for the critique's tests: counterpart and learner lines alternating."""

from __future__ import annotations

from coach.critique.evidence import CodedSession
from coach.models import Speaker, Transcript, TranscriptTurn


def conversation(*lines: str, scenario: str = "giving-feedback") -> Transcript:
    """A transcript whose even lines are the counterpart's and odd lines the learner's."""
    speakers = [Speaker.COUNTERPART, Speaker.LEARNER]
    turns = [TranscriptTurn(speaker=speakers[i % 2], text=t) for i, t in enumerate(lines)]
    return Transcript(scenario=scenario, turns=turns)


def session(*lines: str, name: str = "") -> CodedSession:
    """The coded session of such a conversation."""
    return CodedSession.of(conversation(*lines), name)
