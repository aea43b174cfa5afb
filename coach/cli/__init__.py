"""The ``coach`` command line: ``main`` loads the invoked command's module, then runs the app.

Each command module registers its commands on ``coach.cli.app.app``. Loading only the module
of the command asked for keeps fast commands fast (``coach code`` never imports the web app's
services); ``coach --help`` and anything unrecognised load them all.
"""

from __future__ import annotations

import importlib
import sys

COMMAND_MODULES = {
    "practice": "coach.cli.practice",
    "critique": "coach.cli.critique",
    "code": "coach.cli.code",
    "scenarios": "coach.cli.scenarios",
    "users": "coach.cli.users",
    "serve": "coach.cli.serve",
    "eval": "coach.cli.evaluate",
    "bench": "coach.cli.bench",
    "ingest": "coach.cli.guidance",
    "search": "coach.cli.guidance",
}


def main() -> None:
    """Entry point of the console script."""
    from coach.cli.app import app

    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), "")
    importlib.import_module(COMMAND_MODULES.get(command, "coach.cli.commands"))
    app()
