"""A trainer makes a cohort, invites a learner and assigns a scenario; the learner accepts and
sees it at home."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from coach.scenarios.library import ScenarioLibrary
from tests.e2e.browser_steps import Visit
from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e

COHORT = "Spring mentors"
SCENARIO = "building-trust"  # not the form's first choice, so picking it is part of the test
TITLE = ScenarioLibrary().get(SCENARIO).title
DUE = (datetime.now(UTC) + timedelta(days=7)).date()


def test_trainer_assigns_a_scenario_and_the_learner_sees_it(visit: VisitFactory) -> None:
    tess = visit("tess")
    tess.sign_in(PASSWORD)
    tess.sidebar_link("Cohorts").click()
    expect(tess.title("Cohorts")).to_be_visible()
    tess.shot("no-cohorts-yet")
    _create_cohort(tess)
    _add_learner(tess, "cleo")
    _assign(tess)

    cleo = visit("cleo")
    cleo.sign_in(PASSWORD)
    _sees_assignment(cleo)


def _create_cohort(tess: Visit) -> None:
    tess.page.get_by_label("Cohort name", exact=True).fill(COHORT)
    tess.button("Create cohort").click()
    expect(tess.main().get_by_text(f"Cohort '{COHORT}' created")).to_be_visible()
    tess.shot("cohort-created")


def _add_learner(tess: Visit, learner: str) -> None:
    tess.page.get_by_label("Username", exact=True).fill(learner)
    tess.button("Add learner").click()
    expect(tess.main().get_by_text(f"{learner} invited to {COHORT}")).to_be_visible()
    expect(tess.button("Remove")).to_have_count(1)  # one member listed, with a way out
    tess.shot("learner-added")


def _assign(tess: Visit) -> None:
    tess.main().get_by_test_id("stButtonGroup").get_by_text("Assignments", exact=True).click()
    tess.choose("Scenario", TITLE)
    # The date field has one spin button per part; typing into the first moves through them.
    tess.page.get_by_role("spinbutton", name="day, Due date").click()
    tess.page.keyboard.type(DUE.strftime("%d%m%Y"))
    expect(tess.page.get_by_role("spinbutton", name="year, Due date")).to_have_text(str(DUE.year))
    tess.shot("assignment-filled")
    tess.button("Assign").click()
    expect(tess.main().get_by_text(f"{TITLE} assigned to {COHORT}")).to_be_visible()
    # Still on Assignments after the page reran (tabs used to jump back to Learners).
    expect(tess.main().get_by_text(f"due {DUE.day} {DUE:%b}").first).to_be_visible()
    tess.shot("assigned")


def _sees_assignment(cleo: Visit) -> None:
    expect(cleo.title("Scenario library")).to_be_visible()
    expect(cleo.main().get_by_text(f"invited you to the cohort {COHORT}")).to_be_visible()
    expect(cleo.heading("Your assignments")).not_to_be_visible()  # not before accepting
    cleo.shot("invitation")
    cleo.button("Accept").click()
    mine = cleo.main().get_by_test_id("stVerticalBlock").filter(has_text=TITLE)
    expect(cleo.heading("Your assignments")).to_be_visible()
    expect(mine.filter(has_text="not started").filter(has_text=COHORT).first).to_be_visible()
    cleo.shot("home-with-assignment")
    cleo.page.locator("[class*='st-key-assignment-']").get_by_role("button").click()
    expect(cleo.title(TITLE)).to_be_visible()
    cleo.shot("assigned-brief")
