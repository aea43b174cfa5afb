"""The critique's wording files: complete, renderable, and clear about mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.critique.facts import analyse
from coach.critique.growth import QUOTED_ACTS
from coach.critique.rewrites import _PLANS
from coach.critique.wording import (
    CRITIQUE_FILE,
    REWRITES_FILE,
    load_critique_wording,
    load_rewrite_templates,
    render,
)
from coach.errors import PromptError
from coach.models import Transcript
from coach.prompts import PromptLibrary
from coach.resources import shipped_dir
from coach.scenarios.library import ScenarioLibrary
from tests.paths import REPO

TRANSCRIPT = REPO / "evaluation/critique/pairs/giving-feedback-good.json"
STRENGTH_IDS = {"open-questions", "reflections", "summary", "disclosures", "affirmation",
                "patient-advice", "ownership", "asked-questions", "stayed"}  # fmt: skip


def test_every_area_and_strength_has_wording_and_every_area_a_rewrite_plan() -> None:
    wording = load_critique_wording()
    assert set(wording.growth_areas) == set(QUOTED_ACTS) == set(_PLANS)
    assert set(wording.strengths) == STRENGTH_IDS


def test_every_shipped_template_renders_with_the_critique_values() -> None:
    transcript = Transcript.model_validate_json(TRANSCRIPT.read_text(encoding="utf-8"))
    facts = analyse(transcript, ScenarioLibrary().get(transcript.scenario))
    values = {**facts.values([1, 3]), "overall": 80, "strength": "x", "growth": "y"}
    wording = load_critique_wording()
    texts = [t for w in [*wording.strengths.values(), *wording.growth_areas.values()]
             for t in (w.title, w.detail)]  # fmt: skip
    texts += list(wording.narrative.model_dump().values())
    for text in texts:
        assert "$" not in render(text, values)


def test_a_missing_placeholder_value_is_a_prompt_error() -> None:
    with pytest.raises(PromptError, match="needs a value for 'name'"):
        render("Hello $name", {}, "greeting")


def test_a_bad_rewrites_file_names_the_file_and_field(tmp_path: Path) -> None:
    text = (shipped_dir("prompts") / REWRITES_FILE).read_text(encoding="utf-8")
    (tmp_path / REWRITES_FILE).write_text(
        text.replace('pattern: "^did you (?P<rest>.+)$"', 'pattern: "^did you (?P<rest>.+$"'),
        encoding="utf-8",
    )
    with pytest.raises(PromptError) as err:
        load_rewrite_templates(PromptLibrary(tmp_path))
    assert REWRITES_FILE in str(err.value) and "closed_to_open.rules" in str(err.value)


def test_a_missing_wording_file_is_a_prompt_error(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match=CRITIQUE_FILE):
        load_critique_wording(PromptLibrary(tmp_path))
