"""Where pydantic validation failed, worded for one-line errors that name the field."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

TOP_LEVEL = "(top level)"


def field_path(location: Sequence[int | str], top: str = TOP_LEVEL) -> str:
    """A validation error's place as a dotted path ("turns.3.speaker"), or ``top`` if none."""
    return ".".join(str(part) for part in location) or top


def first_error(exc: ValidationError, top: str = TOP_LEVEL) -> tuple[str, str]:
    """The first error's place and message."""
    first = exc.errors()[0]
    return field_path(first["loc"], top), first["msg"]


def more_problems(exc: ValidationError) -> str:
    """ " (and N more problems)" when there is more than one error, else nothing."""
    extra = exc.error_count() - 1
    return f" (and {extra} more problems)" if extra > 0 else ""
