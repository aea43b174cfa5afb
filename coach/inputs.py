"""Limits on what people hand the program, and YAML read safely.

Every limit is generous for real use and small enough that no single input can take minutes or
gigabytes; each is documented in the README ("Limits") and refused with one sentence.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from coach.errors import CoachError

MAX_TURN_CHARS = 4_000  # one learner turn (about 700 words)
MAX_REPLY_CHARS = 8_000  # one counterpart turn in a transcript handed in
MAX_TURNS = 800  # turns in one transcript or practice session
MAX_TRANSCRIPT_BYTES = 2_000_000  # a transcript JSON file
MAX_SCENARIO_BYTES = 200_000  # a scenario YAML file or studio draft
MAX_SCRIPT_BYTES = 1_000_000  # a learner script for `coach practice --learner-script`
MAX_CODE_INPUT_BYTES = 20_000_000  # the JSON lines of `coach code`


class InputError(CoachError):
    """An input is too large, not text, or not safe to parse."""


def check_size(size: int, limit: int, what: str) -> None:
    """Refuse an input of ``size`` bytes or characters above ``limit``."""
    if size > limit:
        raise InputError(f"{what} is {size:,} long, over the limit of {limit:,}; shorten it.")


def decode_text(data: bytes, what: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped), or one sentence saying it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8."
        ) from None


def check_turn(text: str, turns_so_far: int = 0) -> None:
    """A learner turn must be under MAX_TURN_CHARS characters, in a session under MAX_TURNS."""
    if len(text) > MAX_TURN_CHARS:
        raise InputError(
            f"Your turn is {len(text):,} characters; keep one turn under {MAX_TURN_CHARS:,}."
        )
    if turns_so_far + 2 > MAX_TURNS:
        raise InputError(
            f"This conversation has reached {MAX_TURNS} turns; end it and start another."
        )


class _NoAliasLoader(yaml.SafeLoader):
    """safe_load without anchors and aliases, so a few lines cannot expand into gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"an alias (*{event.anchor}) at line {event.start_mark.line + 1}; "
                "write the value out instead"
            )
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:
    """Parse YAML people wrote: plain data only, no aliases (yaml.YAMLError on a problem)."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader subclass)
    except RecursionError:
        raise yaml.YAMLError("lists or mappings nested too deeply") from None


def load_json(text: str, where: str) -> Any:
    """Parse JSON people handed in; json.JSONDecodeError as usual, InputError if too deep."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InputError(f"{where}: lists or objects nested too deeply; flatten them.") from None
