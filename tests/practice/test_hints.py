"""The practice hint: which situation is recognised, and how the wording is filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import PromptError
from coach.models import PersonaState, Speaker
from coach.practice.hints import HintTemplates, load_hint_templates, suggest_hint
from coach.prompts import PromptLibrary
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario


@pytest.fixture(scope="module")
def templates() -> HintTemplates:
    return load_hint_templates(PromptLibrary())


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return ScenarioLibrary().get("giving-feedback")


def _situation(
    scenario: Scenario,
    templates: HintTemplates,
    turns: list[str],
    trust: int = 50,
    unlocked: list[str] | None = None,
) -> str:
    state = PersonaState(trust=trust, unlocked=unlocked or [])
    return suggest_hint(scenario, state, _history(turns), templates).situation


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        ([], "start"),
        (["That was lazy and unprofessional of you."], "judgment"),
        (["You should write your answers down before the next evening."], "early_advice"),
        (["What happened? Why then? Who was there?"], "stacked"),
        (["Did you finish the report?", "Are you okay with the deadline?"], "closed_streak"),
        (["What happened?", "How did that feel?", "What did you do next?"], "question_streak"),
        (["It sounds like that evening was hard."], "on_track"),
    ],
)
def test_recognises_the_situation(
    scenario: Scenario, templates: HintTemplates, turns: list[str], expected: str
) -> None:
    assert _situation(scenario, templates, turns) == expected


def test_persona_state_decides_when_the_turns_do_not(
    scenario: Scenario, templates: HintTemplates
) -> None:
    reflection = ["It sounds like that evening was hard."]
    assert _situation(scenario, templates, reflection, trust=20) == "guarded"
    assert _situation(scenario, templates, reflection, trust=70, unlocked=["x"]) == "summarise"


def test_closed_streak_counts_and_offers_an_open_question_on_their_topic(
    scenario: Scenario, templates: HintTemplates
) -> None:
    turns = ["Did you read it?", "Did you finish the report?", "Is it about the deadline?"]
    hint = suggest_hint(scenario, PersonaState(trust=40), _history(turns), templates)
    assert "three closed questions in a row" in hint.text
    assert '"What stands out to you about the deadline?"' in hint.text


def test_names_the_counterpart_and_counts_disclosures(
    scenario: Scenario, templates: HintTemplates
) -> None:
    state = PersonaState(trust=70, unlocked=["a", "b"])
    hint = suggest_hint(scenario, state, _history(["It sounds like that was hard."]), templates)
    first_name = scenario.persona.name.split()[0]
    assert hint.text.startswith(f"{first_name} has opened up about two things.")
    assert "$" not in hint.text


def test_a_template_file_with_an_unknown_key_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "hints.yaml").write_text("start: hello\ntipp: typo\n", encoding="utf-8")
    with pytest.raises(PromptError, match="hints.yaml.*tipp"):
        load_hint_templates(PromptLibrary(tmp_path))


def _history(turns: list[str]) -> list[tuple[Speaker, str]]:
    """The learner's turns, each after a line of the counterpart's."""
    return [
        pair
        for turn in turns
        for pair in ((Speaker.COUNTERPART, "It has been a long week."), (Speaker.LEARNER, turn))
    ]


def test_the_topic_of_a_question_after_a_statement_has_no_stray_full_stop(
    scenario: Scenario, templates: HintTemplates
) -> None:
    turns = [
        "Was it Friday?",
        "So the deadline was Friday. Did you send it on Friday?",
        "Did you tell Margit?",
    ]
    hint = suggest_hint(scenario, PersonaState(trust=40), _history(turns), templates)
    assert ".?" not in hint.text
    assert '"What stands out to you about Margit?"' in hint.text
