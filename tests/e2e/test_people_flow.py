"""An admin adds a person on the People page, who signs in with the one-time password; the
admin disables them and they can no longer sign in."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e


def test_admin_adds_a_person_who_signs_in_then_disables_them(visit: VisitFactory) -> None:
    adam = visit("adam")
    adam.sign_in(PASSWORD)
    adam.sidebar_link("People").click()
    expect(adam.title("People")).to_be_visible()
    form = adam.page.get_by_test_id("stForm")
    form.get_by_label("Username", exact=True).fill("newbie")
    adam.button("Add").click()
    shown = adam.page.get_by_text(re.compile(r"One-time password for newbie"))
    expect(shown).to_be_visible()
    password = re.search(r"newbie: (\S+)\.", shown.inner_text().replace("`", ""))
    assert password, shown.inner_text()
    adam.shot("people-added")

    newbie = visit("newbie")
    newbie.sign_in(password.group(1).rstrip("."))
    expect(newbie.title("Scenario library")).to_be_visible()

    adam.page.locator(".st-key-person-" + _person_id(adam, "newbie")).get_by_role(
        "button", name="Disable", exact=True
    ).click()
    expect(adam.page.get_by_text("newbie is disabled.")).to_be_visible()
    adam.shot("people-disabled")

    again = visit("newbie")
    again.open()
    again.page.get_by_label("Username", exact=True).fill("newbie")
    again.page.get_by_label("Password", exact=True).fill(password.group(1).rstrip("."))
    again.button("Sign in").click()
    expect(again.page.get_by_text("This account is disabled")).to_be_visible()


def _person_id(visit, name: str) -> str:  # type: ignore[no-untyped-def]
    rows = visit.page.locator("[class*='st-key-person-']")
    for i in range(rows.count()):
        row = rows.nth(i)
        if row.get_by_text(name, exact=False).count():
            classes = row.get_attribute("class") or ""
            return re.search(r"st-key-person-(\d+)", classes).group(1)  # type: ignore[union-attr]
    raise AssertionError(f"no row for {name}")
