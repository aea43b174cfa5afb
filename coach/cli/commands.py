"""Imports every command module so that each registers its commands on the app."""

from coach.cli import code, critique, evaluate, guidance, practice, scenarios  # noqa: F401
