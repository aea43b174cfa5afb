"""``coach serve``: run the web app with Streamlit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.output import user_errors
from coach.errors import CoachError
from coach.people.first_run import new_token, setup_link
from coach.services import CoachServices

_PACKAGE = Path(__file__).resolve().parents[1]
# A checkout keeps app.py beside the package; a wheel can bundle it like the scenarios.
APP_FILES = (_PACKAGE.parent / "app.py", _PACKAGE / "_bundled" / "app.py")
# A calm teal instead of Streamlit's default red, which reads as an alarm in a coaching app.
THEME = ("--theme.primaryColor=#2e6f6a", "--theme.base=light")


@app.command()
@user_errors
def serve(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8501,
    address: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 for all.")] = "127.0.0.1",
) -> None:
    """Run the web app (headless; open the printed address in a browser)."""
    command = streamlit_command(app_file(), port, address)
    environment = dict(os.environ)
    if not CoachServices().accounts.has_users():
        token = new_token()
        environment["COACH_SETUP_TOKEN"] = token  # the server's copy; gone when it stops
        typer.echo(
            "No one can sign in yet. Open this one-time link to create the first admin "
            "account (it works until it is used or the server stops):\n"
            f"  {setup_link(address, port, token)}\n"
        )
    typer.echo(f"Serving on http://{address}:{port} (Ctrl+C to stop).")
    sys.stdout.flush()
    # Become the Streamlit process, so that Ctrl+C and a service manager's signals reach it
    # directly and no orphaned server is left behind.
    os.execve(command[0], command, environment)


def app_file() -> Path:
    """The web app's entry script, in a checkout or an installed wheel."""
    for candidate in APP_FILES:
        if candidate.is_file():
            return candidate
    raise CoachError(f"The web app (app.py) is not next to {_PACKAGE}; reinstall mentor-coach.")


def streamlit_command(app_file: Path, port: int, address: str) -> list[str]:
    """The ``streamlit run`` command line for ``app_file``."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_file),
        "--server.headless=true",
        f"--server.port={port}",
        f"--server.address={address}",
        "--browser.gatherUsageStats=false",
        "--client.toolbarMode=minimal",  # no developer menu or Deploy button for learners
        "--server.fileWatcherType=none",  # never reload code under people mid-conversation
        *THEME,
    ]
