"""The ``coach`` command line: ``main`` loads every command module onto the app, then runs it."""

from __future__ import annotations


def main() -> None:
    """Entry point of the console script."""
    from coach.cli.commands import app

    app()
