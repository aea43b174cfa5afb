"""Conversion between stored rows and the domain records of coach.models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coach.backends.sql.schema import PracticeSession, Turn
from coach.models import (
    Act,
    Difficulty,
    PersonaState,
    Reaction,
    SessionRecord,
    Speaker,
    Speech,
    TurnRecord,
    TurnStatus,
    Usage,
)


def session_record(row: PracticeSession, turns: Sequence[Turn] = ()) -> SessionRecord:
    """The domain record of a stored session, with ``turns`` (already in order).

    Interrupted replies go apart from the conversation, and the conversation is numbered by
    place, so a reply retried after an interruption leaves no gap.
    """
    said: list[TurnRecord] = []
    interrupted: list[TurnRecord] = []
    for turn in turns:
        broken_off = turn.status == TurnStatus.INTERRUPTED
        (interrupted if broken_off else said).append(turn_record(turn, len(said)))
    return SessionRecord(
        id=row.id,
        user_id=row.user_id,
        scenario_id=row.scenario_id,
        difficulty=Difficulty(row.difficulty),
        mode=row.mode,
        started_at=row.started_at,
        ended_at=row.ended_at,
        turns=said,
        interrupted=interrupted,
    )


def turn_record(row: Turn, index: int | None = None) -> TurnRecord:
    """The domain record of a stored turn, at ``index`` in the conversation (default: stored)."""
    return TurnRecord(
        index=row.index if index is None else index,
        speaker=Speaker(row.speaker),
        text=row.text,
        acts=None if row.acts is None else [Act(act) for act in row.acts],
        persona_state=(
            None if row.persona_state is None else PersonaState.model_validate(row.persona_state)
        ),
        reaction=None if row.reaction is None else Reaction(row.reaction),
        usage=stored_usage(row),
        created_at=row.created_at,
        status=TurnStatus(row.status or TurnStatus.COMPLETE),
        speech=None if row.speech is None else Speech.model_validate(row.speech),
    )


def turn_columns(
    speaker: Speaker,
    text: str,
    acts: Sequence[Act] | None,
    persona_state: PersonaState | None,
    reaction: Reaction | None,
    usage: Usage | None,
    status: TurnStatus = TurnStatus.COMPLETE,
    speech: Speech | None = None,
) -> dict[str, Any]:
    """The column values that store one turn's content (JSON-ready, enums as their values)."""
    return {
        "status": TurnStatus(status).value,
        "speaker": Speaker(speaker).value,
        "text": text,
        "acts": None if acts is None else [Act(act).value for act in acts],
        "persona_state": None if persona_state is None else persona_state.model_dump(mode="json"),
        "reaction": None if reaction is None else Reaction(reaction).value,
        "speech": None if speech is None else speech.model_dump(mode="json"),
        **usage_columns(usage),
    }


def usage_columns(usage: Usage | None) -> dict[str, int | None]:
    """The token columns for ``usage``; all empty when the turn made no model call."""
    if usage is None:
        return {"prompt_tokens": None, "completion_tokens": None, "cached_tokens": None}
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "cached_tokens": usage.cached_tokens,
    }


def stored_usage(row: Turn) -> Usage | None:
    """The usage stored on ``row``, or None when no token column is filled."""
    counts = (row.prompt_tokens, row.completion_tokens, row.cached_tokens)
    if all(count is None for count in counts):
        return None
    return Usage(
        prompt_tokens=row.prompt_tokens or 0,
        completion_tokens=row.completion_tokens or 0,
        cached_tokens=row.cached_tokens or 0,
    )
