"""The app with every command module imported, so that each has registered its commands."""

from coach.cli import (  # noqa: F401
    bench,
    code,
    critique,
    evaluate,
    guidance,
    practice,
    scenarios,
    serve,
    users,
)
from coach.cli.app import app

__all__ = ["app"]
