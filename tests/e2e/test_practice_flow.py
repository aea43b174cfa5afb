"""A learner signs in, reads a brief, practises offline for three turns and ends the session."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from coach.scenarios.library import ScenarioLibrary
from tests.e2e.browser_steps import Visit
from tests.e2e.conftest import PASSWORD, VisitFactory

pytestmark = pytest.mark.e2e

SCENARIO = "giving-feedback"
TITLE = ScenarioLibrary().get(SCENARIO).title
TURNS = (
    "Thanks for making the time. How did the two consultation evenings feel from where you stood?",
    "It sounds like those evenings were harder than they looked from the back of the room.",
    "Have you thought about just writing your answers down and reading them out next time?",
)


def test_learner_practises_three_turns_offline_and_ends(visit: VisitFactory) -> None:
    ada = visit("ada")
    ada.sign_in(PASSWORD)
    expect(ada.title("Scenario library")).to_be_visible()
    ada.shot("library")

    _read_brief(ada)
    ada.button("Start practice").click()
    expect(ada.page.get_by_text("OFFLINE mode")).to_be_visible()
    expect(ada.chat_messages()).to_have_count(1)  # the counterpart opens
    ada.shot("practice-opening")

    replies = [ada.say(turn) for turn in TURNS]
    assert all(reply.strip() for reply in replies)
    expect(ada.chat_messages()).to_have_count(1 + 2 * len(TURNS))
    ada.shot("practice-three-turns")

    ada.button("End session").click()
    _reads_debrief(ada)


def _read_brief(ada: Visit) -> None:
    ada.page.locator(f".st-key-brief-{SCENARIO}").get_by_role("button").click()
    expect(ada.title(TITLE)).to_be_visible()
    for section in ("The situation", "Your goal", "How you will be judged"):
        expect(ada.heading(section)).to_be_visible()
    ada.shot("brief")


def _reads_debrief(ada: Visit) -> None:
    main = ada.main()
    expect(ada.title(TITLE)).to_be_visible()
    expect(main.get_by_text(f"Session saved with {1 + 2 * len(TURNS)} turns")).to_be_visible()
    score = main.get_by_test_id("stMetric").filter(has_text="Overall score")
    expect(score.get_by_test_id("stMetricValue")).to_have_text(re.compile(r"^\d{1,3}/100$"))
    ada.shot("debrief")
    why = main.get_by_test_id("stExpander").filter(has_text=re.compile(r"Why: \d+ guidance"))
    expect(why.first).to_be_visible()
    why.first.get_by_text(re.compile(r"^Why: ")).click()
    source = why.first.get_by_text(re.compile(r"^From [\w./-]+\.(md|txt|pdf)\b"))  # its file
    expect(source.first).to_be_visible()
    for turn in TURNS:
        expect(main.get_by_text(turn).last).to_be_visible()  # the transcript, at the bottom
    ada.shot("debrief-citation-open")
