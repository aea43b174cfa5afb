"""Stored sessions as the plain data the CLI prints and the critique reads."""

from __future__ import annotations

from typing import Any

from coach.models import SessionRecord, Speaker, Transcript, TranscriptTurn


def session_json(record: SessionRecord) -> dict[str, Any]:
    """The CLI contract of ``coach practice --json``."""
    return {
        "session_id": record.id,
        "scenario": record.scenario_id,
        "difficulty": record.difficulty.value,
        "mode": record.mode,
        "turns": [_turn_json(t.speaker, t.text, t.acts) for t in record.turns],
        "persona_trace": persona_trace(record),
    }


def persona_trace(record: SessionRecord) -> list[dict[str, Any]]:
    """The persona's trust and unlocked disclosures after each turn that changed them.

    ``after_turn`` is the 0-based index in ``turns``: 0 is the opening line (the starting
    state), then one entry per learner turn.
    """
    return [
        {
            "after_turn": t.index,
            "trust": t.persona_state.trust,
            "unlocked": t.persona_state.unlocked,
        }
        for t in record.turns
        if t.persona_state is not None
    ]


def to_transcript(record: SessionRecord) -> Transcript:
    """The session as a transcript for the critique."""
    return Transcript(
        scenario=record.scenario_id,
        difficulty=record.difficulty,
        turns=[
            TranscriptTurn(speaker=t.speaker, text=t.text, acts=t.acts, speech=t.speech)
            for t in record.turns
        ],
    )


def _turn_json(speaker: Speaker, text: str, acts: list | None) -> dict[str, Any]:
    turn: dict[str, Any] = {"speaker": speaker.value, "text": text}
    if speaker is Speaker.LEARNER:
        turn["acts"] = [a.value for a in acts or []]
    return turn
