"""The Cohorts page through AppTest: create, add a learner, assign; the learner sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.people.models import Role
from coach.services import CoachServices
from tests.staff_app import button, field, isolate, open_page, person, signed_in, texts


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def test_trainer_creates_cohort_adds_learner_and_assigns() -> None:
    services = CoachServices()
    person(services, "ann", Role.TRAINER)
    person(services, "lin")
    at = open_page(signed_in("ann"), "cohorts.py")
    assert not at.exception and [t.value for t in at.title] == ["Cohorts"]
    field(at, "Cohort name").input("Spring mentors")
    at = button(at, "Create cohort").click().run()
    assert "Cohort 'Spring mentors' created" in at.success[0].value
    field(at, "Username").input("nobody")
    at = button(at, "Add learner").click().run()
    assert "No account 'nobody'" in at.error[0].value
    field(at, "Username").input("lin")
    at = button(at, "Add learner").click().run()
    assert "lin invited to Spring mentors" in at.success[0].value
    assert "invited, not yet accepted" in texts(at)
    at = at.button_group(key="cohort-part").set_value("Assignments").run()
    field(at, "Scenario").set_value("giving-feedback")
    at = button(at, "Assign").click().run()
    assert not at.exception
    assert "assigned to Spring mentors" in at.success[0].value
    assert at.button_group(key="cohort-part").value == "Assignments"  # stays where it was
    assert field(at, "Scenario") is not None
    learner = signed_in("lin")
    assert "ann** invited you to the cohort **Spring mentors" in texts(learner)
    assert "Your assignments" not in [s.value for s in learner.subheader]  # not before accepting
    learner = button(learner, "Accept").click().run()
    assert [s.value for s in learner.subheader][0] == "Your assignments"
    assert "not started" in texts(learner)


def test_staff_pages_are_not_routed_to_roles_without_them() -> None:
    services = CoachServices()
    person(services, "lin")
    person(services, "ann", Role.TRAINER)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        open_page(signed_in("lin"), "cohorts.py")
    trainer = signed_in("ann")
    assert not open_page(trainer, "studio.py").exception
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        open_page(trainer, "settings_admin.py")


def test_a_trainer_creates_a_new_learners_account_from_the_cohort_page() -> None:
    services = CoachServices()
    person(services, "ann", Role.TRAINER)
    at = open_page(signed_in("ann"), "cohorts.py")
    field(at, "Cohort name").input("Autumn")
    at = button(at, "Create cohort").click().run()
    field(at, "Username").input("newcomer")
    at.checkbox[0].check()
    at = button(at, "Add learner").click().run()
    assert not at.exception
    shown = next(w.value for w in at.warning if "One-time password for **newcomer**" in w.value)
    password = shown.split("`")[1]
    assert services.accounts.authenticate("newcomer", password).role is Role.LEARNER
    assert "newcomer invited to Autumn" in at.success[0].value
