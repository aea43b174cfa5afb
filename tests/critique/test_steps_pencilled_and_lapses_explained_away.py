"""From expert-222's and -223's misses (each measured once unseen first): "We'll pick it up next
month." after "Let's not rush into anything." sets no step; "It genuinely was just the
inspection week, nothing more." and "It wouldn't have changed anything." explain the learner's
own lapse away."""

from __future__ import annotations

from coach.critique.defending_cues import DEFENSIVE
from coach.critique.plan_cues import VAGUE_PLAN
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_picking_it_up_next_month_sets_no_step() -> None:
    assert VAGUE_PLAN.search("That sounds sensible for now. We'll pick it up next month.")
    assert not VAGUE_PLAN.search("We'll pick up the plan on Thursday at four.")
    near_miss = expert_lines("expert-223", "addressing-power-imbalance-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss)
    good = expert_lines("expert-223", "addressing-power-imbalance-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good)


def test_a_lapse_explained_away_is_defensive() -> None:
    excuses = (
        "Oh, no, not at all. It genuinely was just the inspection week, nothing more.",
        "And Gillian was away anyway. It wouldn't have changed anything.",
    )
    assert unmatched(DEFENSIVE, excuses) == []
    assert not DEFENSIVE.search("It was the inspection week, and I should still have sent it.")
    near_miss = expert_lines("expert-222", "mutual-accountability-near_miss.json")
    assert K.DEFENSIVE in kinds(*near_miss)
    good = expert_lines("expert-222", "mutual-accountability-good.json")
    assert K.DEFENSIVE not in kinds(*good)
