"""A newcomer's first run: `coach serve` on a fresh data folder, the setup link it prints, the
first admin created in the browser, a practice and its debrief, and no other command."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e import served_app
from tests.e2e.browser_steps import WINDOW, Album, Visit
from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

LINK = re.compile(r"http://\S+/\?setup=[\w-]{32,}")
PASSWORD = "first admin's long secret"
TURNS = (
    "Thanks for making the time. How did the two consultation evenings feel from where you stood?",
    "It sounds like those evenings were harder than they looked from the back of the room.",
)


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[served_app.ServedApp]:
    env = served_app.offline_environment(tmp_path / "data")
    ARTIFACTS.mkdir(exist_ok=True)
    process, served = served_app.serve(env, ARTIFACTS / "e2e-first-run.log")
    try:
        yield served
    finally:
        served_app.stop(process)


def test_first_admin_from_the_printed_link_then_practice_and_debrief(
    browser: Browser, fresh_server: served_app.ServedApp
) -> None:
    printed = fresh_server.log.read_text()
    found = LINK.search(printed)
    assert found, printed
    page = browser.new_context(viewport=WINDOW).new_page()
    newcomer = Visit(page, fresh_server.url, Album(ARTIFACTS / "screenshots" / "first-run"), "root")
    try:
        _without_the_link_the_page_says_where_it_is(newcomer)
        _with_a_wrong_token_nothing_is_created(newcomer, found.group(0))
        page.goto(found.group(0))
        _create_admin(newcomer)
        _practise_and_read_the_debrief(newcomer)
        _the_link_is_spent(newcomer, found.group(0))
    except Exception:
        newcomer.shot("at-failure", settle=False)  # what the newcomer saw, in test-artifacts
        raise
    finally:
        page.context.close()


def _without_the_link_the_page_says_where_it_is(newcomer: Visit) -> None:
    newcomer.open()
    expect(newcomer.page.get_by_text("Open the one-time setup link")).to_be_visible()
    expect(newcomer.heading("Create the first admin account")).to_have_count(0)
    newcomer.shot("no-link")


def _with_a_wrong_token_nothing_is_created(newcomer: Visit, link: str) -> None:
    newcomer.page.goto(link[:-3] + "xyz")
    newcomer.wait_idle()
    _fill_admin_form(newcomer)
    expect(newcomer.page.get_by_text("This setup link is not valid")).to_be_visible()
    newcomer.shot("wrong-token")


def _fill_admin_form(newcomer: Visit) -> None:
    form = newcomer.page.get_by_test_id("stForm")
    form.get_by_label("Username", exact=True).fill("root")
    form.get_by_label("Password", exact=True).fill(PASSWORD)
    form.get_by_label("Password again", exact=True).fill(PASSWORD)
    newcomer.button("Create account and sign in").click()


def _create_admin(newcomer: Visit) -> None:
    newcomer.wait_idle()
    expect(newcomer.heading("Create the first admin account")).to_be_visible()
    newcomer.shot("setup-form")
    _fill_admin_form(newcomer)
    expect(newcomer.page.get_by_text("Signed in as root")).to_be_visible()
    expect(newcomer.title("Scenario library")).to_be_visible()
    expect(newcomer.heading("First steps")).to_be_visible()
    assert "setup=" not in newcomer.page.url
    newcomer.shot("library-first-steps")


def _practise_and_read_the_debrief(newcomer: Visit) -> None:
    newcomer.page.locator(".st-key-brief-giving-feedback").get_by_role("button").click()
    newcomer.button("Start practice").click()
    expect(newcomer.chat_messages()).to_have_count(1)
    for turn in TURNS:
        assert newcomer.say(turn).strip()
    newcomer.button("End session").click()
    score = newcomer.main().get_by_test_id("stMetric").filter(has_text="Overall score")
    expect(score.get_by_test_id("stMetricValue")).to_have_text(re.compile(r"^\d{1,3}/100$"))
    newcomer.shot("debrief")


def _the_link_is_spent(newcomer: Visit, link: str) -> None:
    other = newcomer.page.context.browser
    assert other is not None
    page = other.new_context(viewport=WINDOW).new_page()
    try:
        page.goto(link)
        expect(page.get_by_label("Username", exact=True)).to_be_visible()
        expect(page.get_by_role("heading", name="Create the first admin account")).to_have_count(0)
        expect(page.get_by_role("button", name="Sign in", exact=True)).to_be_visible()
    finally:
        page.context.close()


def test_streamlit_run_writes_the_setup_link_to_its_log(browser: Browser, tmp_path: Path) -> None:
    env = served_app.offline_environment(tmp_path / "data")
    process, served = served_app.start(env, ARTIFACTS / "e2e-first-run-streamlit.log")
    page = browser.new_context(viewport=WINDOW).new_page()
    try:
        page.goto(served.url)
        expect(page.get_by_text("Open the one-time setup link")).to_be_visible()
        found = LINK.search(served.log.read_text())
        assert found, served.log.read_text()
        page.goto(found.group(0))
        expect(page.get_by_role("heading", name="Create the first admin account")).to_be_visible()
    finally:
        page.context.close()
        served_app.stop(process)
