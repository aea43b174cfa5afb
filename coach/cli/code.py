"""``coach code``: run the skill coder over many utterances, JSON lines in and out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from coach.cli.app import app
from coach.cli.output import read_input, user_errors
from coach.coder.skills import code_turn
from coach.errors import CoachError
from coach.inputs import MAX_CODE_INPUT_BYTES, MAX_TURN_CHARS, load_json

LINE_SHAPE = '{"id": ..., "text": "..."}'


@app.command("code")
@user_errors
def code(
    path: Annotated[Path, typer.Argument(help="A JSON-lines file of {id, text} ('-' for stdin).")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Accepted for symmetry; the output is always JSON lines.")
    ] = False,
) -> None:
    """Code each line's text into acts: one {"id", "acts"} JSON line out per line in."""
    # Split on newlines only: str.splitlines would also split inside a text at U+2028.
    items = parse_lines(read_input(path, "input file", MAX_CODE_INPUT_BYTES).split("\n"), str(path))
    out = sys.stdout
    for item_id, text in items:
        acts = [act.value for act in code_turn(text).acts]
        out.write(json.dumps({"id": item_id, "acts": acts}, ensure_ascii=False) + "\n")


def parse_lines(lines: Iterable[str], source: str) -> list[tuple[Any, str]]:
    """(id, text) of every non-blank line; the first bad line is an error naming it."""
    items: list[tuple[Any, str]] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            items.append(_parse_line(line, f"{source} line {number}"))
    return items


def _parse_line(line: str, where: str) -> tuple[Any, str]:
    try:
        data = load_json(line, where)
    except json.JSONDecodeError as exc:
        raise CoachError(f"{where}: not valid JSON ({exc.msg}); write {LINE_SHAPE}.") from None
    if not isinstance(data, dict) or "id" not in data or "text" not in data:
        raise CoachError(f"{where}: needs both id and text; write {LINE_SHAPE}.")
    if not isinstance(data["text"], str):
        raise CoachError(f"{where}: text must be a string; write {LINE_SHAPE}.")
    if len(data["text"]) > MAX_TURN_CHARS:
        raise CoachError(f"{where}: text is over {MAX_TURN_CHARS:,} characters; split it.")
    if isinstance(data["id"], (dict, list)):
        raise CoachError(f"{where}: id must be a string or a number; write {LINE_SHAPE}.")
    return data["id"], data["text"]
