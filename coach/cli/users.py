"""``coach users add``: create the people who sign in to the web app."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.output import user_errors
from coach.errors import CoachError
from coach.people.models import Role
from coach.services import CoachServices

users_app = typer.Typer(help="Manage who can sign in to the web app.", no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
@user_errors
def add(
    name: Annotated[str, typer.Argument(help="The username they sign in with.")],
    role: Annotated[Role, typer.Option(help="What they may do in the app.")] = Role.LEARNER,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first stdin line.")
    ] = False,
) -> None:
    """Create a user; the password is asked for without echoing it."""
    password = _stdin_password() if password_stdin else _prompted_password()
    viewer = CoachServices().accounts.create_user(name, password, role)
    typer.echo(f"Created {viewer.role.value} {viewer.username!r}; they can now sign in.")


def _stdin_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CoachError("No password on standard input; pipe one line holding the password.")
    return line


def _prompted_password() -> str:
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password
