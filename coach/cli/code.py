"""``coach code``: run the skill coder over many turns, JSON lines in and out.

Each line in is ``{"id", "text", "context"?}``, where ``context`` is what the counterpart said
just before the turn; each line out is ``{"id", "acts", "anchor"}``. Large inputs are coded
on every core (in forked workers that share the loaded model).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from coach.cli.app import app
from coach.cli.output import read_input, user_errors
from coach.coder.model import shipped_model
from coach.coder.skills import code_turn
from coach.errors import CoachError
from coach.inputs import MAX_CODE_INPUT_BYTES, MAX_TURN_CHARS, load_json

LINE_SHAPE = '{"id": ..., "text": "...", "context": "..." (optional)}'
PARALLEL_FROM = 2000  # below this many lines, starting workers costs more than it saves

Item = tuple[Any, str, str | None]


@app.command("code")
@user_errors
def code(
    path: Annotated[Path, typer.Argument(help="A JSON-lines file of {id, text, context?}.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Accepted for symmetry; the output is always JSON lines.")
    ] = False,
) -> None:
    """Code each line's text (in its context) into acts: one {"id", "acts", "anchor"} line out."""
    # Split on newlines only: str.splitlines would also split inside a text at U+2028.
    items = parse_lines(read_input(path, "input file", MAX_CODE_INPUT_BYTES).split("\n"), str(path))
    shipped_model()  # loaded before any worker is forked, so each one shares it
    sys.stdout.writelines(f"{line}\n" for line in _coded(items))


def parse_lines(lines: Iterable[str], source: str) -> list[Item]:
    """(id, text, context) of every non-blank line; the first bad line is an error naming it."""
    items: list[Item] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            items.append(_parse_line(line, f"{source} line {number}"))
    return items


def _coded(items: Sequence[Item]) -> list[str]:
    workers = min(os.cpu_count() or 1, 4)
    if len(items) < PARALLEL_FROM or workers < 2 or not _can_fork():
        return _code_chunk(items)
    size = -(-len(items) // workers)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return [line for chunk in pool.map(_code_chunk, chunks) for line in chunk]


def _code_chunk(items: Sequence[Item]) -> list[str]:
    return [_coded_line(item_id, text, context) for item_id, text, context in items]


def _coded_line(item_id: Any, text: str, context: str | None) -> str:
    coded = code_turn(text, context)
    out = {"id": item_id, "acts": [act.value for act in coded.acts]}
    out["anchor"] = {"score": coded.anchor.score, "words": coded.anchor.words}
    return json.dumps(out, ensure_ascii=False)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _parse_line(line: str, where: str) -> Item:
    try:
        data = load_json(line, where)
    except json.JSONDecodeError as exc:
        raise CoachError(f"{where}: not valid JSON ({exc.msg}); write {LINE_SHAPE}.") from None
    if not isinstance(data, dict) or "id" not in data or "text" not in data:
        raise CoachError(f"{where}: needs both id and text; write {LINE_SHAPE}.")
    text, context = data["text"], data.get("context")
    if not isinstance(text, str) or not isinstance(context, str | None):
        raise CoachError(f"{where}: text and context must be strings; write {LINE_SHAPE}.")
    if isinstance(data["id"], dict | list):
        raise CoachError(f"{where}: id must be a string or a number; write {LINE_SHAPE}.")
    if len(text) > MAX_TURN_CHARS or len(context or "") > 2 * MAX_TURN_CHARS:
        raise CoachError(f"{where}: text is over {MAX_TURN_CHARS:,} characters; split it.")
    return data["id"], text, context
