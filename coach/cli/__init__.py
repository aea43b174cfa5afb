"""The ``coach`` command line. Each submodule registers its commands on ``app``."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="coach",
    help="Rehearse difficult mentoring conversations and get feedback on your listening.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def main() -> None:
    """Entry point of the console script."""
    from coach.cli import commands  # noqa: F401  (registers the commands)

    app()
