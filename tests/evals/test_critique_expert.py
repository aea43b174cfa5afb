"""Agreement with an expert's scores, computed on hand-made inputs with a stand-in critic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.critique.models import Critique, GrowthArea
from coach.critique.offline import critique_offline
from coach.evals.coder_data import EvaluationDataError
from coach.evals.critique_expert import agreement, expert_set_path, load_expert_set, spearman
from coach.models import Transcript
from coach.scenarios.library import ScenarioLibrary

DEV = expert_set_path("expert-dev")


def test_spearman_on_known_rankings() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3], [5, 5, 5]) == 0.0  # no spread, no correlation
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(0.9487, abs=1e-4)  # tied ranks 2.5


def test_the_shipped_sets_hold_five_kinds_for_every_scenario() -> None:
    for name in ("expert", "expert-dev"):
        items = load_expert_set(expert_set_path(name))
        by_scenario: dict[str, set[str]] = {}
        for item in items.values():
            by_scenario.setdefault(item.scenario, set()).add(item.kind)
        assert len(by_scenario) == 10
        assert all(
            k == {"good", "poor", "middle", "near_miss", "stock"} for k in by_scenario.values()
        )
        assert all(i.flaw for i in items.values() if i.kind == "near_miss")


def test_agreement_with_a_critic_that_copies_or_reverses_the_expert() -> None:
    items = {n: i for n, i in load_expert_set(DEV).items() if n.startswith("giving-feedback")}
    template = critique_offline(
        items["giving-feedback-good.json"].transcript(),
        ScenarioLibrary().get("giving-feedback"),
        None,
    )

    def copying(flip: bool):  # type: ignore[no-untyped-def]
        def critic(transcript: Transcript) -> Critique:
            item = next(i for i in items.values() if i.transcript() == transcript)
            score = 100 - item.expert_score if flip else item.expert_score
            named = [GrowthArea(kind=item.flaw or "", title="t", detail="d", skill="s")]
            return template.model_copy(update={"overall": score, "growth_areas": named})

        return critic

    right, wrong = agreement(items, copying(False)), agreement(items, copying(True))
    assert right.spearman == pytest.approx(1.0) and wrong.spearman == pytest.approx(-1.0)
    assert (right.good_over_poor, right.ordered, right.near_miss_named) == (1, 1, 1)
    assert (wrong.good_over_poor, wrong.ordered, wrong.stock_below_good) == (0, 0, 0)


def test_a_bad_file_names_itself(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"scenario": "giving-feedback", "kind": "odd"}))
    with pytest.raises(EvaluationDataError, match="x.json"):
        load_expert_set(tmp_path)
    with pytest.raises(EvaluationDataError, match="no transcripts"):
        load_expert_set(tmp_path / "empty")
