"""A learner cannot open another learner's session by its address, on any page that takes one."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.browser_steps import Visit
from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e

SCENARIO = "setting-boundaries"
PRIVATE = "I need to tell you something I have not said to anyone at work yet."
REFUSAL = re.compile(r"Practice session \d+ does not exist")


def test_a_learner_cannot_open_another_learners_session(visit: VisitFactory) -> None:
    ben = visit("ben")
    session = _practise_one_turn(ben)
    ben.open(f"practice?session={session}")  # the address works for its owner (still signed in)
    expect(ben.main().get_by_text(PRIVATE)).to_be_visible()
    ben.shot("own-session-by-address")

    dora = visit("dora")
    dora.sign_in(PASSWORD)
    for page in ("practice", "debrief"):
        dora.open(f"{page}?session={session}")  # a new page load, remembered sign-in
        expect(dora.page.get_by_text("Signed in as dora")).to_be_visible()
        expect(dora.main().get_by_text(REFUSAL)).to_be_visible()
        expect(dora.page.get_by_text(PRIVATE)).to_have_count(0)
        expect(dora.chat_messages()).to_have_count(0)
        dora.shot(f"refused-on-{page}")
    dora.sidebar_link("My sessions").click()
    expect(dora.main().get_by_text("You have not practised yet")).to_be_visible()
    dora.shot("own-sessions-empty")


def _practise_one_turn(ben: Visit) -> int:
    """Start a session, say something private, and read the session's id under My sessions."""
    ben.sign_in(PASSWORD)
    ben.page.locator(f".st-key-brief-{SCENARIO}").get_by_role("button").click()
    ben.button("Start practice").click()
    ben.say(PRIVATE)
    ben.shot("private-turn")
    ben.sidebar_link("My sessions").click()
    expect(ben.title("My sessions")).to_be_visible()
    ben.main().get_by_test_id("stExpander").filter(has_text="in progress").click()
    caption = ben.main().get_by_text(re.compile(r"^Session \d+ ·"))
    expect(caption).to_be_visible()
    ben.shot("my-sessions")
    found = re.match(r"Session (\d+)", caption.inner_text())
    assert found is not None
    return int(found.group(1))
