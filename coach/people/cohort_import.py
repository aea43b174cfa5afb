"""Add learners to a cohort from CSV text: a `username` column, optionally `password`.

A row with a password whose account does not exist yet creates that learner (argon2 via
coach.people.accounts). Every row succeeds or fails on its own; failures name the line and say why.
"""

from __future__ import annotations

import csv
import io

from pydantic import BaseModel, Field

from coach.errors import CoachError
from coach.people.accounts import Accounts
from coach.people.cohorts import Cohorts, UnknownAccountError
from coach.people.models import Role, Viewer

MAX_ROWS = 1000


class RowError(BaseModel):
    line: int
    username: str
    message: str


class ImportReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    created: list[str] = Field(default_factory=list)
    already: list[str] = Field(default_factory=list)
    errors: list[RowError] = Field(default_factory=list)

    def summary(self) -> str:
        """One line for people."""
        failed = f", {len(self.errors)} row(s) failed" if self.errors else ""
        return (
            f"{len(self.added)} learner(s) added ({len(self.created)} new account(s)), "
            f"{len(self.already)} already in the cohort{failed}."
        )


def import_learners(
    cohorts: Cohorts, accounts: Accounts, viewer: Viewer, cohort_id: int, text: str
) -> ImportReport:
    """Add every row's learner to the cohort, creating accounts where a password is given."""
    cohorts.members(viewer, cohort_id)  # ownership first: nothing is created for a stranger
    report = ImportReport()
    for line, row in read_rows(text):
        _import_row(cohorts, accounts, viewer, cohort_id, line, row, report)
    return report


def read_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """The rows with their line numbers (the header is line 1); raises CoachError if unusable."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "username" not in columns:
        raise CoachError("The CSV needs a header row with a `username` column; add it.")
    reader.fieldnames = columns
    rows = [(reader.line_num, _clean(row)) for row in reader]
    if len(rows) > MAX_ROWS:
        raise CoachError(f"The CSV has {len(rows)} rows; split it into files of {MAX_ROWS}.")
    return [(line, row) for line, row in rows if any(row.values())]


def _import_row(
    cohorts: Cohorts,
    accounts: Accounts,
    viewer: Viewer,
    cohort_id: int,
    line: int,
    row: dict[str, str],
    report: ImportReport,
) -> None:
    username, password = row.get("username", ""), row.get("password", "")
    try:
        if not username:
            raise CoachError("The username is empty; fill it in or delete the row.")
        added = _add(cohorts, accounts, viewer, cohort_id, username, password, report)
    except CoachError as exc:
        report.errors.append(RowError(line=line, username=username, message=str(exc)))
        return
    (report.added if added else report.already).append(username)


def _add(
    cohorts: Cohorts,
    accounts: Accounts,
    viewer: Viewer,
    cohort_id: int,
    username: str,
    password: str,
    report: ImportReport,
) -> bool:
    """Add the learner, first creating the account when it is missing and a password is given."""
    try:
        return cohorts.add_learner(viewer, cohort_id, username)
    except UnknownAccountError:
        if not password:
            raise UnknownAccountError(
                f"No account {username!r}; add a password in the row to create it."
            ) from None
    accounts.create_user(username, password, Role.LEARNER)
    report.created.append(username)
    return cohorts.add_learner(viewer, cohort_id, username)


def _clean(row: dict[str | None, str | list[str] | None]) -> dict[str, str]:
    return {k: v.strip() for k, v in row.items() if isinstance(k, str) and isinstance(v, str)}
