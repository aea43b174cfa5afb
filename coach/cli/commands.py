"""Imports every command module so that each registers its commands on the app."""

from coach.cli import guidance, practice, scenarios  # noqa: F401
