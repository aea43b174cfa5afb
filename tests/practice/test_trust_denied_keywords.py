"""A trust trigger fires on what a turn says, not on what it says is not so: "you're not too
much" is no charge of being too much, and "I can't keep meeting weekly" no promise to."""

from __future__ import annotations

import pytest

from coach.coder.skills import code_turn
from coach.models import Difficulty
from coach.practice.persona import initial_state, step
from coach.practice.trust import says_undenied
from coach.scenarios.library import load_scenario
from coach.scenarios.models import Scenario
from tests.paths import REPO

SAID = "I know I send a lot of messages. I just want the lessons to be right."


@pytest.fixture(scope="module")
def boundaries() -> Scenario:
    return load_scenario(REPO / "scenarios" / "setting-boundaries.yaml")


def reasons(scenario: Scenario, text: str) -> list[str]:
    state = initial_state(scenario, Difficulty.STANDARD)
    return step(scenario, Difficulty.STANDARD, state, code_turn(text, SAID), text, [SAID]).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I want to be clear that you are not too much, and this isn't a telling-off.",
        "I don't think you're needy at all; you care about getting the lessons right.",
        "I'd never call you clingy. What I'd like is to agree when I'm around.",
    ],
)
def test_a_denied_put_down_costs_no_trust(boundaries: Scenario, text: str) -> None:
    assert not any("Frames her as the problem" in reason for reason in reasons(boundaries, text))


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, the messages at midnight are too much for me.",
        "It's getting a bit needy, the late-night messages.",
    ],
)
def test_an_undenied_put_down_still_costs(boundaries: Scenario, text: str) -> None:
    assert any("Frames her as the problem" in reason for reason in reasons(boundaries, text))


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I can't keep meeting every week, but we can meet every other Tuesday.", False),
        ("We'll keep meeting, and I'm still your mentor.", True),
        ("I'm not going anywhere.", True),  # the denial is the keyword's own
        ("It isn't a punishment; we'll keep meeting.", True),  # a denial in another clause
        ("No, I'm still your mentor.", True),
    ],
)
def test_a_denial_reaches_only_across_its_own_clause(text: str, fires: bool) -> None:
    keywords = ["keep meeting", "still your mentor", "not going anywhere", "on your side"]
    assert says_undenied(text, keywords) is fires
