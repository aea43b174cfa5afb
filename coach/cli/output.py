"""How the CLI reports results and user errors."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer

from coach.errors import CoachError, LLMError
from coach.inputs import InputError, decode_text

OFFLINE_HINT = "Run with --offline to use the built-in engine instead."

P = ParamSpec("P")
R = TypeVar("R")


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Show a CoachError as one line on stderr with exit code 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except LLMError as exc:
            typer.echo(f"Error: {exc} {OFFLINE_HINT}", err=True)
            raise typer.Exit(1) from None
        except CoachError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None

    return wrapper


def read_input(path: Path, what: str, limit: int) -> str:
    """The UTF-8 text of ``path`` (stdin for ``-``) up to ``limit`` bytes, or one CoachError."""
    name = "standard input" if str(path) == "-" else str(path)
    try:
        data = _read_bytes(path, limit)
    except OSError as exc:
        raise CoachError(f"Cannot read {what} {path}: {exc.strerror}.") from None
    if len(data) > limit:
        raise InputError(
            f"{what.capitalize()} {name} is over the {limit:,}-byte limit; shorten or split it."
        )
    return decode_text(data, f"{what.capitalize()} {name}")


def _read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes: enough to tell that an input is too large."""
    if str(path) == "-":
        return sys.stdin.buffer.read(limit + 1)
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def print_json(data: Any) -> None:
    """Print one JSON document to stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
