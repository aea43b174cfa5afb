"""Read a transcript from JSON text, with one-line errors that say what to fix (pure).

The format is ``{"scenario": ID, "difficulty"?: LEVEL, "turns": [{"speaker": "learner" |
"counterpart", "text": ...}]}``. The output of ``coach practice --json`` is accepted too:
its session bookkeeping (session id, mode, persona trace) is ignored.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from coach.errors import CoachError
from coach.inputs import MAX_TRANSCRIPT_BYTES, check_size, load_json
from coach.models import Difficulty, Transcript
from coach.validation import first_error, more_problems

# Keys of `coach practice --json` that say nothing about the conversation itself.
SESSION_KEYS = frozenset({"session_id", "mode", "persona_trace", "critique"})


def parse_transcript_json(
    text: str, source: str = "transcript", difficulty: Difficulty | None = None
) -> Transcript:
    """The transcript in ``text``; ``difficulty`` overrides the one it names."""
    check_size(len(text.encode("utf-8")), MAX_TRANSCRIPT_BYTES, f"{source} (in bytes)")
    data = _json_object(text, source)
    if difficulty is not None:
        data["difficulty"] = difficulty.value
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        raise CoachError(f"{source}: {_first_problem(exc)}; fix the file.") from None


def _json_object(text: str, source: str) -> dict[str, Any]:
    try:
        data = load_json(text, source)
    except json.JSONDecodeError as exc:
        raise CoachError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "fix the file."
        ) from None
    if not isinstance(data, dict):
        raise CoachError(
            f'{source}: expected a JSON object like {{"scenario": ..., "turns": [...]}}; '
            "fix the file."
        )
    return {key: value for key, value in data.items() if key not in SESSION_KEYS}


def _first_problem(exc: ValidationError) -> str:
    """The first problem, naming its place ("turns.3.speaker"), and how many more there are."""
    where, message = first_error(exc)
    if exc.errors()[0]["type"] == "extra_forbidden":
        message = "unknown key (expected scenario, difficulty and turns)"
    return f"{where}: {message}{more_problems(exc)}"
