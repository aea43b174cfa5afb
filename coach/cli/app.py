"""The ``coach`` Typer app; each command module registers its commands on it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="coach",
    help="Rehearse difficult mentoring conversations and get feedback on your listening.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def coach() -> None:
    """Rehearse difficult mentoring conversations and get feedback on your listening."""
