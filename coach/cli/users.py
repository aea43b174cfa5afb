"""``coach users``: add, list, disable, enable and remove the people who sign in, change their
roles and reset their passwords (the same service the People page uses)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.output import print_json, user_errors
from coach.errors import CoachError
from coach.people.models import Person, Role, Viewer
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


# The terminal is the server's operator: it acts as an administrator who is nobody's account.
OPERATOR = Viewer(id=0, username="(terminal)", role=Role.ADMIN)
NameArgument = Annotated[str, typer.Argument(help="The username.")]


@users_app.command("list")
@user_errors
def list_users(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Everyone who has an account: role, status and how many sessions they have."""
    people = CoachServices().people.people(OPERATOR)
    if as_json:
        print_json([p.model_dump(mode="json") for p in people])
        return
    for p in people:
        status = "disabled" if p.disabled else "active" if p.can_sign_in else "no password"
        typer.echo(f"{p.username:<24} {p.role.value:<8} {status:<11} {p.sessions:>4} sessions")


@users_app.command("set-role")
@user_errors
def set_role(
    name: NameArgument, role: Annotated[Role, typer.Argument(help="The new role.")]
) -> None:
    """Change what someone may do in the app."""
    services = CoachServices()
    person = services.people.set_role(OPERATOR, _user_id(services, name), role)
    typer.echo(f"{person.username} is now a {person.role.value}.")


@users_app.command("reset-password")
@user_errors
def reset_password(name: NameArgument) -> None:
    """Give someone a new one-time password (shown once; pass it on to them)."""
    services = CoachServices()
    password = services.people.reset_password(OPERATOR, _user_id(services, name))
    typer.echo(f"New password for {name}: {password}")
    typer.echo("It is shown only this once; they can sign in with it now.")


@users_app.command("disable")
@user_errors
def disable(name: NameArgument) -> None:
    """Stop someone signing in; their sessions and data are kept."""
    services = CoachServices()
    services.people.disable(OPERATOR, _user_id(services, name))
    typer.echo(f"{name} can no longer sign in (`coach users enable {name}` to undo).")


@users_app.command("enable")
@user_errors
def enable(name: NameArgument) -> None:
    """Let a disabled account sign in again."""
    services = CoachServices()
    services.people.enable(OPERATOR, _user_id(services, name))
    typer.echo(f"{name} can sign in again.")


@users_app.command("remove")
@user_errors
def remove(
    name: NameArgument,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an account together with its practice sessions, transcripts and critiques."""
    services = CoachServices()
    person = _person(services, name)
    if not yes:
        typer.confirm(
            f"Delete {name} and their {person.sessions} practice sessions for good?", abort=True
        )
    deleted = services.people.remove(OPERATOR, person.id)
    typer.echo(f"Removed {name} and {deleted} practice sessions.")


def _user_id(services: CoachServices, name: str) -> int:
    return _person(services, name).id


def _person(services: CoachServices, name: str) -> Person:
    found = next((p for p in services.people.people(OPERATOR) if p.username == name), None)
    if found is None:
        raise CoachError(
            f"There is no user called {name!r}; `coach users list` shows who there is."
        )
    return found
