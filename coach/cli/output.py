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


def read_input(path: Path, what: str) -> str:
    """The text of ``path`` (stdin for ``-``), or a CoachError naming ``what`` it was."""
    if str(path) == "-":
        return typer.get_text_stream("stdin").read()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CoachError(f"Cannot read {what} {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise CoachError(
            f"{what.capitalize()} {path} is not UTF-8 text; save it as UTF-8."
        ) from None


def print_json(data: Any) -> None:
    """Print one JSON document to stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
