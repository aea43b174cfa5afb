"""A trainer writes a scenario in the studio's form (no YAML), tries it, comes back to the
draft, saves it and assigns it to a cohort."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser_steps import Visit
from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e

TITLE = "A new starter who won't ask"
OPENING = "Hi. I wasn't sure whether I should come today, to be honest."
SAYS = "The truth is I broke the build on my second day and nobody has mentioned it since."


def test_trainer_writes_tries_saves_and_assigns_a_scenario_in_the_form(
    visit: VisitFactory,
) -> None:
    stella = visit("stella")
    stella.sign_in(PASSWORD)
    stella.sidebar_link("Scenario studio").click()
    expect(stella.title("Scenario studio")).to_be_visible()
    stella.button("Start a blank scenario").click()
    expect(stella.main().get_by_text("to fix before this can be tried or saved")).to_be_visible()
    stella.shot("blank-form-problems")

    _start_from_a_copy(stella)
    _write(stella)
    _try_and_come_back(stella)
    stella.button("Save").click()
    expect(stella.main().get_by_text("Saved new-starter")).to_be_visible()
    stella.shot("saved")
    _assign(stella)


def _start_from_a_copy(stella: Visit) -> None:
    stella.main().get_by_text("Shipped scenarios (read-only)").click()
    stella.page.locator(".st-key-copy-building-trust").get_by_role("button").click()
    expect(stella.main().get_by_text("Valid scenario building-trust-copy")).to_be_visible()


def _fill(stella: Visit, label: str, text: str) -> None:
    box = stella.main().get_by_label(label, exact=True)
    box.fill(text)
    box.press("Tab")  # leaving the box sends it, and the page checks the scenario again
    stella.wait_idle()


def _write(stella: Visit) -> None:
    _fill(stella, "Title", TITLE)
    _fill(stella, "Short id", "new-starter")
    _fill(stella, "Opening line", OPENING)
    stella.page.get_by_role("tab", name="Counterpart").click()
    _fill(stella, "Name", "Priya Nair")
    stella.page.get_by_role("tab", name="Holding back").click()
    count = stella.main().get_by_label("Short name", exact=True).count()
    stella.button("Add a disclosure").click()
    stella.wait_idle()
    expect(stella.main().get_by_label("Short name", exact=True)).to_have_count(count + 1)
    expect(stella.main().get_by_text("to fix before this can be tried or saved")).to_be_visible()
    rows = stella.main().get_by_label("Words that show it was heard", exact=True)
    number = rows.count()
    _fill(stella, f"Disclosure {number}: what they say", SAYS)
    box = rows.nth(number - 1)
    box.fill("build, second day")
    box.press("Tab")
    stella.wait_idle()
    expect(stella.main().get_by_text("Valid scenario new-starter")).to_be_visible()
    stella.shot("form-written")


def _try_and_come_back(stella: Visit) -> None:
    stella.button("Try it out").click()
    expect(stella.title(TITLE)).to_be_visible()
    expect(stella.chat_messages().first).to_contain_text(OPENING)
    reply = stella.say("What's been on your mind since you started?")
    assert reply.strip()
    stella.shot("trying-it")
    stella.button("Back to the studio").click()
    expect(stella.title("Scenario studio")).to_be_visible()
    expect(stella.main().get_by_label("Title", exact=True)).to_have_value(TITLE)


def _assign(stella: Visit) -> None:
    stella.sidebar_link("Cohorts").click()
    expect(stella.title("Cohorts")).to_be_visible()
    stella.page.get_by_label("Cohort name", exact=True).fill("Autumn mentors")
    stella.button("Create cohort").click()
    expect(stella.main().get_by_text("Cohort 'Autumn mentors' created")).to_be_visible()
    stella.main().get_by_test_id("stButtonGroup").get_by_text("Assignments", exact=True).click()
    stella.choose("Scenario", TITLE)
    stella.button("Assign").click()
    expect(stella.main().get_by_text(f"{TITLE} assigned to Autumn mentors")).to_be_visible()
    stella.shot("assigned")
