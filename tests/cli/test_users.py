"""``coach users add``: creates users who can then sign in; errors are one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import users  # noqa: F401  (users registers its commands)
from coach.cli.app import app
from coach.people.models import Role
from coach.services import CoachServices

runner = CliRunner()
PASSWORD = "a long enough secret"


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))


def test_add_with_password_on_stdin_creates_an_admin_who_can_sign_in() -> None:
    result = runner.invoke(
        app, ["users", "add", "root", "--role", "admin", "--password-stdin"], input=PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "admin 'root'" in result.output
    viewer = CoachServices().accounts.authenticate("root", PASSWORD)
    assert viewer.role is Role.ADMIN


def test_add_prompts_twice_without_echo_and_defaults_to_learner() -> None:
    result = runner.invoke(app, ["users", "add", "ada"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output
    assert CoachServices().accounts.authenticate("ada", PASSWORD).role is Role.LEARNER


def test_errors_are_one_line_without_traceback() -> None:
    result = runner.invoke(app, ["users", "add", "ada", "--password-stdin"], input="short\n")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: Choose a password of at least")
    empty = runner.invoke(app, ["users", "add", "ada", "--password-stdin"], input="")
    assert empty.exit_code == 1 and "No password on standard input" in empty.output


def test_unknown_role_is_refused() -> None:
    result = runner.invoke(app, ["users", "add", "ada", "--role", "owner", "--password-stdin"])
    assert result.exit_code == 2


def _run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["users", *args], input=stdin)
    return result


def test_list_disable_enable_reset_set_role_and_remove_from_the_terminal() -> None:
    for name, role in (("root", "admin"), ("ada", "learner")):
        assert (
            _run("add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n").exit_code
            == 0
        )
    listed = _run("list")
    assert listed.exit_code == 0 and "ada" in listed.output and "learner" in listed.output
    assert _run("disable", "ada").exit_code == 0
    assert "disabled" in _run("list").output
    with pytest.raises(Exception, match="disabled"):
        CoachServices().accounts.authenticate("ada", PASSWORD)
    assert _run("enable", "ada").exit_code == 0
    reset = _run("reset-password", "ada")
    new_password = reset.output.split("New password for ada: ")[1].split()[0]
    assert CoachServices().accounts.authenticate("ada", new_password).role is Role.LEARNER
    assert _run("set-role", "ada", "trainer").exit_code == 0
    assert CoachServices().accounts.authenticate("ada", new_password).role is Role.TRAINER
    removed = _run("remove", "ada", "--yes")
    assert removed.exit_code == 0 and "Removed ada and 0 practice sessions" in removed.output
    assert "ada" not in _run("list").output


def test_the_last_admin_cannot_be_demoted_and_unknown_names_are_one_line_errors() -> None:
    _run("add", "root", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    refused = _run("set-role", "root", "learner")
    assert refused.exit_code == 1 and "last administrator" in refused.output
    unknown = _run("disable", "nobody")
    assert unknown.exit_code == 1 and "no user called 'nobody'" in unknown.output
    assert "Traceback" not in unknown.output
