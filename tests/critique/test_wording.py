"""The critique's wording files: complete, renderable, and clear about mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.critique.detectors import DETECTORS
from coach.critique.facts import analyse
from coach.critique.flaws import FINDERS
from coach.critique.wording import (
    CRITIQUE_FILE,
    REWRITES_FILE,
    load_critique_wording,
    load_rewrite_templates,
    render,
)
from coach.errors import PromptError
from coach.models import LearnerRole, Transcript
from coach.prompts import PromptLibrary
from coach.resources import shipped_dir
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import EvidenceKind, FlawKind
from tests.paths import REPO

TRANSCRIPT = REPO / "evaluation/critique/pairs/giving-feedback-good.json"


def test_every_detector_and_flaw_has_wording() -> None:
    wording = load_critique_wording()
    assert set(wording.evidence) == set(EvidenceKind) == {EvidenceKind(k) for k in DETECTORS}
    assert set(wording.growth_areas) == set(FlawKind)
    assert {EvidenceKind(k) for k in wording.strengths if k != "disclosures"} == set(EvidenceKind)
    assert len(FINDERS) == len(FlawKind) - 1  # missed concerns come from the outcome
    rewrites = load_rewrite_templates()
    without_template = {FlawKind.CLOSED_QUESTIONS, FlawKind.STACKED_QUESTIONS}
    assert set(rewrites.flaws) == set(FlawKind) - without_template


def test_every_shipped_template_renders_with_the_critique_values() -> None:
    transcript = Transcript.model_validate_json(TRANSCRIPT.read_text(encoding="utf-8"))
    facts = analyse(transcript, ScenarioLibrary().get(transcript.scenario))
    values = {**facts.values([1, 3]), "overall": 80, "strength": "x", "growth": "y"}
    wording = load_critique_wording()
    areas = [wording.growth_area(k, role) for k in FlawKind for role in LearnerRole]
    texts = [t for w in [*wording.strengths.values(), *areas] for t in (w.title, w.detail)]
    texts += list(wording.narrative.model_dump().values())
    for text in texts:
        assert "$" not in render(text, values)


def test_a_mentee_gets_a_mentees_wording() -> None:
    wording = load_critique_wording()
    mentor = wording.growth_area(FlawKind.NO_SUMMARY, LearnerRole.MENTOR)
    mentee = wording.growth_area(FlawKind.NO_SUMMARY, LearnerRole.MENTEE)
    assert mentee.title != mentor.title and mentee.skill == "asking-for-help"
    assert wording.growth_area(FlawKind.STACKED_QUESTIONS, LearnerRole.MENTEE).skill == (
        "open-questions"  # no mentee wording: the mentor's stands
    )


def test_a_missing_placeholder_value_is_a_prompt_error() -> None:
    with pytest.raises(PromptError, match="needs a value for 'name'"):
        render("Hello $name", {}, "greeting")


def test_a_bad_rewrites_file_names_the_file_and_field(tmp_path: Path) -> None:
    text = (shipped_dir("prompts") / REWRITES_FILE).read_text(encoding="utf-8")
    broken = text.replace("(?P<rest>.+)$", "(?P<rest>.+$", 1)
    assert broken != text
    (tmp_path / REWRITES_FILE).write_text(broken, encoding="utf-8")
    with pytest.raises(PromptError) as err:
        load_rewrite_templates(PromptLibrary(tmp_path))
    assert REWRITES_FILE in str(err.value) and "closed_to_open.rules" in str(err.value)


def test_a_missing_wording_file_is_a_prompt_error(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match=CRITIQUE_FILE):
        load_critique_wording(PromptLibrary(tmp_path))
