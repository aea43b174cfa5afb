"""CSV import of learners: created accounts, existing ones, and clear per-row errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import CoachError, NotFoundError
from coach.people.cohort_import import import_learners, read_rows
from coach.people.models import Role
from coach.services import CoachServices
from coach.settings import Settings

PASSWORD = "a long enough secret"


@pytest.fixture
def services(tmp_path: Path) -> CoachServices:
    return CoachServices(Settings(data_dir=tmp_path, llm="offline"))


def test_rows_create_add_and_report_errors_by_line(services: CoachServices) -> None:
    accounts, cohorts = services.accounts, services.cohorts
    ann = accounts.create_user("ann", PASSWORD, Role.TRAINER)
    accounts.create_user("lin", PASSWORD)
    accounts.create_user("tom", PASSWORD, Role.TRAINER)
    cohort = cohorts.create_cohort(ann, "Spring")
    text = (
        "Username,Password\n"
        "lin,\n"  # existing learner, no password needed
        "newbie,another long secret\n"  # created
        "ghost,\n"  # missing, no password
        "shorty,abc\n"  # password too short
        "tom,\n"  # a trainer
        ",\n"  # blank row: skipped
        "lin,\n"  # already added above
    )
    report = import_learners(cohorts, accounts, ann, cohort.id, text)
    assert report.added == ["lin", "newbie"]
    assert report.created == ["newbie"]
    assert report.already == ["lin"]
    errors = {e.line: (e.username, e.message) for e in report.errors}
    assert set(errors) == {4, 5, 6}
    assert "add a password" in errors[4][1]
    assert "at least 8 characters" in errors[5][1]
    assert "only learners" in errors[6][1]
    assert accounts.authenticate("newbie", "another long secret").role is Role.LEARNER
    assert [m.username for m in cohorts.members(ann, cohort.id)] == ["lin", "newbie"]
    assert "2 learner(s) added" in report.summary() and "3 row(s) failed" in report.summary()


def test_a_header_without_username_is_refused() -> None:
    with pytest.raises(CoachError, match="`username` column"):
        read_rows("name,password\nlin,secret\n")


def test_another_trainers_cohort_creates_nothing(services: CoachServices) -> None:
    accounts, cohorts = services.accounts, services.cohorts
    ann = accounts.create_user("ann", PASSWORD, Role.TRAINER)
    bob = accounts.create_user("bob", PASSWORD, Role.TRAINER)
    cohort = cohorts.create_cohort(ann, "Spring")
    with pytest.raises(NotFoundError):
        import_learners(cohorts, accounts, bob, cohort.id, "username,password\nx1,long secret 1\n")
    assert accounts.has_users() and services.cohorts.members(ann, cohort.id) == []
    with pytest.raises(CoachError):
        accounts.authenticate("x1", "long secret 1")
