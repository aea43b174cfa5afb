"""Imports every command module so that each registers its commands on the app."""

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
