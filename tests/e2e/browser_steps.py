"""What a person does in the app, step by step, in a real browser, with a screenshot after each."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from playwright.sync_api import Locator, Page, ViewportSize, expect

from coach.bench.app import IDLE_SCRIPT

# CI has two cores shared by Streamlit, Chromium and pytest; every wait allows this much.
TIMEOUT_MS = 30_000
SCREENSHOT_WIDTH = 1280
SCREENSHOT_MIN_HEIGHT = 900
WINDOW: ViewportSize = {"width": SCREENSHOT_WIDTH, "height": SCREENSHOT_MIN_HEIGHT}
# The app is idle when its script has finished, the "running" widget has gone and no element
# is left over (stale) from the previous run.

# Streamlit scrolls its main area inside the page, so a full-page screenshot would cut it off.
CONTENT_HEIGHT_SCRIPT = "() => document.getElementById('stMain').scrollHeight"


class Album:
    """The screenshots of one test, numbered in the order they were taken."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._taken = 0
        shutil.rmtree(folder, ignore_errors=True)  # no leftovers from an earlier run
        folder.mkdir(parents=True)

    def next_path(self, step: str) -> Path:
        self._taken += 1
        return self.folder / f"{self._taken:02d}-{step}.png"


class Visit:
    """One person's browser tab on the app; each step can be photographed into ``album``."""

    def __init__(self, page: Page, base_url: str, album: Album, person: str) -> None:
        self.page = page
        self.base_url = base_url
        self.album = album
        self.person = person
        page.set_default_timeout(TIMEOUT_MS)

    def open(self, path: str = "") -> None:
        """Go to ``path`` under the app's address and wait for the page to settle."""
        self.page.goto(f"{self.base_url}/{path.lstrip('/')}")
        self.wait_idle()

    def wait_idle(self) -> None:
        """Wait until the script run triggered by the last action has finished."""
        self.page.wait_for_function(IDLE_SCRIPT, timeout=TIMEOUT_MS)

    def shot(self, step: str, *, settle: bool = True) -> Path:
        """Save the whole page as ``<nn>-<person>-<step>.png``, however long it is."""
        if settle:
            self.wait_idle()
        path = self.album.next_path(f"{self.person}-{step}")
        height = self.page.evaluate(CONTENT_HEIGHT_SCRIPT)
        self.page.set_viewport_size(
            {"width": SCREENSHOT_WIDTH, "height": max(SCREENSHOT_MIN_HEIGHT, int(height))}
        )
        try:
            self.page.screenshot(path=str(path), animations="disabled")
        finally:
            self.page.set_viewport_size(WINDOW)
        return path

    def sign_in(self, password: str, path: str = "") -> None:
        """Open ``path`` and sign in as this visit's person with the form shown there first."""
        self.open(path)
        self.page.get_by_label("Username", exact=True).fill(self.person)
        self.page.get_by_label("Password", exact=True).fill(password)
        self.shot("sign-in")
        self.button("Sign in").click()
        expect(self.page.get_by_text(f"Signed in as {self.person}")).to_be_visible()
        self.wait_idle()
        self.wait_for_remembered_sign_in()

    def wait_for_remembered_sign_in(self) -> None:
        """Until the page has written its sign-in cookie (a script in a frame, just after)."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while not any(c["name"] == "coach_session" for c in self.page.context.cookies()):
            if time.monotonic() > deadline:
                raise AssertionError("the page never wrote its sign-in cookie")
            self.page.wait_for_timeout(100)

    def button(self, name: str) -> Locator:
        """The one button called ``name`` (exactly) on the page."""
        return self.page.get_by_role("button", name=name, exact=True)

    def title(self, name: str) -> Locator:
        """The page's title (its level-1 heading) when it is ``name``."""
        return self.page.get_by_role("heading", name=name, exact=True, level=1)

    def heading(self, name: str) -> Locator:
        return self.page.get_by_role("heading", name=name, exact=True)

    def sidebar_link(self, name: str) -> Locator:
        """The link to the page called ``name`` in the sidebar's navigation."""
        return self.page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)

    def choose(self, label: str, option: str) -> None:
        """Pick ``option`` in the select box labelled ``label``."""
        box = self.page.get_by_role("combobox", name=label, exact=True)
        box.click()
        self.page.get_by_role("option", name=option, exact=True).click()
        expect(box).to_have_value(option)

    def main(self) -> Locator:
        """The page's main area, without the sidebar."""
        return self.page.locator("#stMain")

    def chat_messages(self) -> Locator:
        return self.page.get_by_test_id("stChatMessage")

    def say(self, text: str) -> str:
        """Send ``text`` in the chat and return the counterpart's reply once it has rendered."""
        box = self.page.get_by_test_id("stChatInputTextArea")
        expect(box).to_be_editable()
        self.wait_idle()  # the conversation so far has rendered
        messages = self.chat_messages()
        before = messages.count()
        box.fill(text)
        box.press("Enter")
        expect(messages).to_have_count(before + 2)
        expect(messages.nth(before)).to_contain_text(text)
        self.wait_idle()
        reply = messages.nth(before + 1).get_by_test_id("stMarkdownContainer").last
        expect(reply).not_to_be_empty()
        return reply.inner_text()
