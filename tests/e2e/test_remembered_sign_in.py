"""A reload, a second tab and a deep link keep a learner signed in and back in their practice;
signing out revokes the remembered sign-in on the server, not only in this browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.browser_steps import WINDOW
from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e

TURN = "Thanks for making the time. How did the two evenings feel from where you stood?"


def test_reload_tab_and_link_keep_the_sign_in_and_sign_out_revokes_it(
    visit: VisitFactory, browser: Browser, app_url: str
) -> None:
    remy = visit("remy")
    remy.sign_in(PASSWORD)
    remy.page.locator(".st-key-brief-giving-feedback").get_by_role("button").click()
    remy.button("Start practice").click()
    remy.say(TURN)
    expect(remy.chat_messages()).to_have_count(3)
    practice_url = remy.page.url
    assert "session=" in practice_url

    remy.page.reload()
    expect(remy.page.get_by_text("Signed in as remy")).to_be_visible()
    expect(remy.chat_messages()).to_have_count(3)  # back in the same conversation
    remy.shot("after-reload")

    second = remy.page.context.new_page()
    second.goto(f"{app_url}/sessions")
    expect(second.get_by_text("Signed in as remy")).to_be_visible()
    second.close()

    cookie = next(c for c in remy.page.context.cookies() if c["name"] == "coach_session")
    remy.page.get_by_role("button", name="Sign out").click()
    expect(remy.page.get_by_label("Username", exact=True)).to_be_visible()
    remy.page.reload()
    expect(remy.page.get_by_label("Username", exact=True)).to_be_visible()

    # The old token, replayed from another browser, signs nobody in.
    stolen = browser.new_context(viewport=WINDOW)
    stolen.add_cookies([cookie])
    page = stolen.new_page()
    try:
        page.goto(practice_url)
        expect(page.get_by_label("Username", exact=True)).to_be_visible()
        expect(page.get_by_text("Signed in as remy")).to_have_count(0)
    finally:
        stolen.close()
