"""The scenario form: shipped scenarios open in it unchanged; problems name the form's boxes."""

from __future__ import annotations

import pytest

from coach.errors import ScenarioError
from coach.models import Act
from coach.scenarios.form import (
    ConcernRow,
    DisclosureRow,
    ScenarioForm,
    form_of,
    scenario_of,
    yaml_of,
)
from coach.scenarios.form_labels import place_of
from coach.scenarios.library import ScenarioLibrary, parse_scenario_text

SHIPPED = ScenarioLibrary().all()


@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda s: s.id)
def test_every_shipped_scenario_comes_back_from_the_form_unchanged(scenario) -> None:  # type: ignore[no-untyped-def]
    assert scenario_of(form_of(scenario)) == scenario
    assert parse_scenario_text(yaml_of(scenario)) == scenario


def test_a_blank_form_lists_every_problem_by_the_forms_labels() -> None:
    with pytest.raises(ScenarioError) as raised:
        scenario_of(ScenarioForm())
    problems = str(raised.value).splitlines()
    assert "Title: needs at least 3 characters" in problems
    assert "Counterpart: Name: is required" in problems
    assert "Hidden concern 1: What worries them: needs at least 10 characters" in problems
    assert "When they open up: needs at least 4 entries, has 0" in problems
    assert "Learning objectives: needs at least 2 entries, has 0" in problems
    assert len(problems) > 25  # every problem, not the first one and a count


def test_an_edit_in_the_form_reaches_the_scenario() -> None:
    form = form_of(SHIPPED[0])
    rows = [
        *form.disclosures,
        DisclosureRow(
            text="Something nobody at work knows about yet, said quietly.",
            keywords="quietly, nobody",
            min_trust=70,
            acts=[Act.REFLECTION],
            after=[form.disclosures[0].name],
        ),
    ]
    edited = form.model_copy(
        update={
            "name": "Noor",
            "skills": "listening ,  summaries,",
            "disclosures": rows,
            "concerns": [*form.concerns, ConcernRow(text="Whether the move is worth it")],
        }
    )
    scenario = scenario_of(edited)
    assert scenario.persona.name == "Noor"
    assert scenario.skills == ["listening", "summaries"]
    added = scenario.disclosures[-1]
    assert added.id == "something-nobody-at-work-knows"  # a short name made from the words
    assert added.unlock.after == [form.disclosures[0].name]
    assert scenario.hidden_concerns[-1].id == "whether-the-move-is-worth"


def test_a_reference_to_an_unknown_row_is_named() -> None:
    form = form_of(SHIPPED[0])
    broken = form.disclosures[0].model_copy(update={"concern": "no-such-concern"})
    with pytest.raises(ScenarioError, match="names unknown concern 'no-such-concern'"):
        scenario_of(form.model_copy(update={"disclosures": [broken, *form.disclosures[1:]]}))


@pytest.mark.parametrize(
    ("location", "place"),
    [
        (("persona", "background"), "Counterpart: Background"),
        (("disclosures", 1, "unlock", "min_trust"), "Disclosure 2: Trust needed"),
        (("material", "topics", 0, "lines"), "Topic 1: Lines"),
        (("material", "plan", "ideas"), "Plan: Ideas they offer for a plan"),
        (("difficulty", "hard", "starting_trust"), "Difficulty (hard): Starting trust"),
        (("rubric",), "Rubric items"),
        ((), "Scenario"),
    ],
)
def test_places_are_worded_as_the_form_shows_them(location, place) -> None:  # type: ignore[no-untyped-def]
    assert place_of(location) == place
