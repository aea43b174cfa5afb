"""The shipped personas can state the plain facts of their own situation (their "facts by
topic"), which the scenario otherwise holds only in its brief and background."""

from __future__ import annotations

import pytest

from coach.models import Move
from coach.practice.offline import OfflineCounterpart
from coach.scenarios.library import ScenarioLibrary
from tests.practice.updates import update


def _asked(scenario_id: str, question: str) -> str:
    scenario = ScenarioLibrary().get(scenario_id)
    counterpart = OfflineCounterpart(scenario, seed=0)
    return counterpart.reply(update(Move.TOPIC_QUESTION), question, [scenario.opening_line])


@pytest.mark.parametrize(
    ("scenario_id", "question", "fact"),
    [
        ("bridging-differences", "Where did you grow up, Callum?", "Dundee"),
        ("setting-boundaries", "Where are you from originally?", "Derry"),
        ("asking-for-help", "Where did you grow up?", "Brixton"),
        ("giving-feedback", "Where did you study?", "landscape architecture"),
    ],
)
def test_a_question_about_a_fact_of_the_brief_gets_that_fact(
    scenario_id: str, question: str, fact: str
) -> None:
    assert fact in _asked(scenario_id, question)


def test_every_shipped_scenario_has_facts_to_state() -> None:
    library = ScenarioLibrary()
    for scenario in library.all():
        assert len(scenario.material.topics) >= 10, scenario.id
