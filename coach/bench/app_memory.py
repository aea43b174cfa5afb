"""The web app's memory once a learner has signed in, practised and read a debrief, in Chromium.

The app is served from a fresh data folder holding one learner; a browser signs in, opens a
brief, starts the offline practice, says three turns, ends the session and waits for the
debrief's overall score. The Streamlit process's resident memory is then read from /proc.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.bench.app import (
    APP_FILES,
    CHROMIUM,
    IDLE_SCRIPT,
    TIMEOUT_S,
    browser_available,
    served,
)
from coach.services import CoachServices
from coach.settings import LLMMode, Settings

if TYPE_CHECKING:
    from playwright.sync_api import Page

LEARNER = "bench-learner"
PASSWORD = "a bench password long enough"
SCENARIO = "giving-feedback"
TURNS = (
    "Thanks for making the time. How did the two consultation evenings feel for you?",
    "It sounds like those evenings were harder than they looked from the back of the room.",
    "What would help most before the next one?",
)


@dataclass(frozen=True)
class AppMemory:
    """Resident memory in MB after each step (None: not measured, and ``method`` says why)."""

    first_page_mb: float | None
    after_practice_mb: float | None
    after_debrief_mb: float | None
    peak_mb: float | None
    method: str
    first_debrief_s: float | None = None  # from the End session click to the score shown


def app_memory(data_dir: Path) -> AppMemory:
    """Serve the app, play one short practice and its debrief in Chromium, read the memory."""
    app = next((p for p in APP_FILES if p.is_file()), None)
    if app is None or not browser_available():
        return AppMemory(None, None, None, None, "skipped: needs app.py and Chromium")
    services = CoachServices(Settings(data_dir=data_dir, llm=LLMMode.OFFLINE))
    services.accounts.create_user(LEARNER, PASSWORD)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver, served(app, data_dir) as server:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page()
            page.set_default_timeout(TIMEOUT_S * 1000)
            server.wait_until_healthy()
            page.goto(server.url)
            page.get_by_label("Username").wait_for(state="visible")
            first_page = server.rss_mb()
            _practise(page)
            after_practice = server.rss_mb()
            page.wait_for_function(IDLE_SCRIPT)
            ending = time.perf_counter()
            page.get_by_role("button", name="End session", exact=True).click()
            score = page.get_by_test_id("stMetric").filter(has_text="Overall score")
            score.wait_for(state="visible")
            first_debrief = time.perf_counter() - ending
            page.wait_for_function(IDLE_SCRIPT)
            return AppMemory(
                first_page,
                after_practice,
                server.rss_mb(),
                server.peak_rss_mb(),
                "Chromium: sign in, brief, three offline turns, End session, debrief shown; "
                "resident memory of the Streamlit process (VmRSS; peak VmHWM)",
                first_debrief,
            )
        finally:
            browser.close()


def _practise(page: Page) -> None:
    page.get_by_label("Username", exact=True).fill(LEARNER)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.locator(f".st-key-brief-{SCENARIO}").get_by_role("button").click()
    page.get_by_role("button", name="Start practice", exact=True).click()
    from playwright.sync_api import expect

    messages = page.get_by_test_id("stChatMessage")
    box = page.get_by_test_id("stChatInputTextArea")
    for number, turn in enumerate(TURNS, 1):
        page.wait_for_function(IDLE_SCRIPT)  # the previous reply has finished
        expect(box).to_be_editable()
        box.fill(turn)
        box.press("Enter")
        expect(messages).to_have_count(1 + 2 * number)  # the opening, then each exchange
