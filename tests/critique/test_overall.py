"""How far the LLM may move the overall, the score bands, and overviews that contradict them."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.critique.models import RubricScore
from coach.critique.overall import (
    MAX_OVERALL_SHIFT,
    Band,
    band,
    keep_overall_near,
    load_tone,
    misfit,
)
from coach.critique.rubric import overall_score
from coach.critique.wording import load_critique_wording, render
from coach.errors import PromptError
from coach.prompts import PromptLibrary
from coach.resources import shipped_dir
from coach.scenarios.library import ScenarioLibrary
from coach.scenarios.models import Scenario

TONE = load_tone()


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return ScenarioLibrary().get("giving-feedback")  # weights 3, 3, 2.5, 1.5, 2


def _rubric(scenario: Scenario, scores: list[int]) -> list[RubricScore]:
    return [
        RubricScore(id=item.id, title=item.title, score=score)
        for item, score in zip(scenario.rubric, scores, strict=True)
    ]


@pytest.mark.parametrize(
    ("overall", "expected"),
    [(0, Band.EARLY), (49, Band.EARLY), (50, Band.SOLID), (74, Band.SOLID), (75, Band.STRONG)],
)
def test_bands(overall: int, expected: Band) -> None:
    assert band(overall) is expected


def test_one_light_item_a_point_up_stays(scenario: Scenario) -> None:
    measured = _rubric(scenario, [1, 1, 0, 0, 1])
    proposed = _rubric(scenario, [1, 1, 0, 1, 1])  # weight 1.5 of 12: about 3 points
    assert keep_overall_near(scenario, measured, proposed) == (proposed, [])


def test_every_item_a_point_up_is_pulled_back_heaviest_first(scenario: Scenario) -> None:
    measured = _rubric(scenario, [1, 1, 0, 0, 1])
    proposed = _rubric(scenario, [2, 2, 1, 1, 2])  # 17 -> 42, what an obeying model asks
    kept, restored = keep_overall_near(scenario, measured, proposed)
    base = overall_score(scenario, measured)
    assert (base, overall_score(scenario, proposed)) == (17, 42)
    assert abs(overall_score(scenario, kept) - base) <= MAX_OVERALL_SHIFT
    titles = [item.title for item in scenario.rubric]
    assert restored == [titles[0], titles[1], titles[2], titles[4]]  # by weight, then order
    assert [r.score for r in kept] == [1, 1, 0, 1, 1]


def test_moves_down_are_held_too_and_moves_against_the_shift_stay(scenario: Scenario) -> None:
    measured = _rubric(scenario, [3, 3, 3, 2, 3])
    proposed = _rubric(scenario, [2, 2, 2, 3, 2])
    kept, restored = keep_overall_near(scenario, measured, proposed)
    assert abs(overall_score(scenario, kept) - overall_score(scenario, measured)) <= 5
    assert kept[3].score == 3 and scenario.rubric[3].title not in restored


@pytest.mark.parametrize(
    ("narrative", "overall", "problem"),
    [
        ("Outstanding work.", 22, "praise does not fit a score of 22 (0-49)"),
        ("Great job overall, an impressive conversation.", 40, "praise"),
        ("You asked one excellent question, but it stayed on the surface.", 30, None),
        ("It was not an outstanding conversation; you advised early.", 30, None),
        ("A poor conversation: you lectured.", 80, "criticism does not fit a score of 80"),
        ("This wasn't a poor conversation at all.", 80, None),
        ("One question was weak.", 80, "criticism"),  # blunt: a list of words reads no intent
        ("A flawless, perfect, outstanding talk.", 60, "praise does not fit a score of 60"),
        ("Mostly steady, one weak moment.", 60, None),
        ("A strong listening conversation: 80 out of 100.", 80, None),
        ("You earned 95/100 for curiosity.", 80, "names a score of 95 out of 100, not 80"),
    ],
)
def test_misfit(narrative: str, overall: int, problem: str | None) -> None:
    found = misfit(narrative, overall, TONE)
    assert found is None if problem is None else problem in (found or "")


@pytest.mark.parametrize(("opening", "overall"), [("early", 20), ("solid", 60), ("strong", 90)])
def test_the_offline_openings_fit_their_own_band(opening: str, overall: int) -> None:
    template = getattr(load_critique_wording().narrative, opening)
    assert misfit(render(template, {"overall": overall}), overall, TONE) is None


def test_the_evaluator_is_told_each_band_in_words() -> None:
    assert "do not praise" in TONE.asks(Band.EARLY)
    assert "poor" in TONE.asks(Band.STRONG)


def test_a_tone_file_with_an_unknown_key_names_the_file(tmp_path: Path) -> None:
    shipped = (shipped_dir("prompts") / "narrative_tone.yaml").read_text()
    (tmp_path / "narrative_tone.yaml").write_text(shipped + "\nsuperlatives: [grand]\n")
    with pytest.raises(PromptError, match="narrative_tone.yaml: superlatives"):
        load_tone(PromptLibrary(tmp_path))
