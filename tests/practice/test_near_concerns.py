"""Tests for coach.practice.near_concerns: a hint, once, when the learner comes near an untold
concern, and the offline reply that carries it."""

from __future__ import annotations

import pytest

from coach.models import Move, PersonaUpdate
from coach.practice.near_concerns import hint_for
from coach.practice.offline import OfflineCounterpart
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario
from tests.practice.updates import update

NEAR_JARGON = "So the technical words come out once the room turns on you."


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return ScenarioLibrary().get("giving-feedback")


def _hint(scenario: Scenario, disclosure_id: str) -> str:
    return next(d.hint for d in scenario.disclosures if d.id == disclosure_id) or ""


def test_a_reflection_near_an_untold_concern_gets_its_hint(scenario: Scenario) -> None:
    hint = hint_for(scenario, [], Move.REFLECTION, NEAR_JARGON)
    assert hint == _hint(scenario, "hiding-in-jargon")


def test_no_hint_once_told_or_for_a_move_that_does_not_invite_more(scenario: Scenario) -> None:
    assert hint_for(scenario, ["hiding-in-jargon"], Move.REFLECTION, NEAR_JARGON) is None
    assert hint_for(scenario, [], Move.JUDGMENT, NEAR_JARGON) is None
    assert hint_for(scenario, [], Move.REFLECTION, "So the slides took you a week.") is None


def _update(move: Move) -> PersonaUpdate:
    return update(move, trust=35)


def test_the_offline_reply_carries_the_hint_once_a_session(scenario: Scenario) -> None:
    counterpart = OfflineCounterpart(scenario, seed=3)
    hint = _hint(scenario, "hiding-in-jargon")
    history = [scenario.opening_line]
    first = counterpart.reply(_update(Move.REFLECTION), NEAR_JARGON, history)
    assert first.endswith(hint)
    history.append(first)
    again = counterpart.reply(
        _update(Move.OPEN_QUESTION), "What about the technical side?", history
    )
    assert hint not in again


def test_a_reflection_with_no_concern_near_takes_the_persona_a_step_deeper(
    scenario: Scenario,
) -> None:
    """Near nothing untold, a reflection that lands is met with the hint of the next concern
    (its earlier ones told), once; a question near nothing gets none."""
    far = "So the slides took you a week."
    deeper = [
        d.hint for d in scenario.disclosures if d.hint and not d.unlock.after
    ]  # the concerns nothing else waits before
    counterpart = OfflineCounterpart(scenario, seed=3)
    history = [scenario.opening_line]
    first = counterpart.reply(_update(Move.REFLECTION), far, history)
    assert first.endswith(deeper[0])
    history.append(first)
    second = counterpart.reply(_update(Move.REFLECTION), far, history)
    assert deeper[0] not in second
    asked = OfflineCounterpart(scenario, seed=3).reply(
        _update(Move.OPEN_QUESTION), "How were the slides?", [scenario.opening_line]
    )
    assert not any(hint in asked for hint in deeper)
    cold = _update(Move.REFLECTION).model_copy(update={"trust_delta": -3})
    met_coldly = OfflineCounterpart(scenario, seed=3).reply(cold, far, [scenario.opening_line])
    assert not any(hint in met_coldly for hint in deeper)
