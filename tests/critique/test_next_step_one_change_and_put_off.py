"""From expert-158's and expert-159's misses: "We'll pick everything up next time." leaves the
step vague; a plan summed up and met with one change ("Only the time... Otherwise that's all of
it.") is agreed; and a step agreed, then answered "Can we play it by ear?" when the
counterpart asks whether to hold it, is put off."""

from __future__ import annotations

from coach.critique import plan_cues, step_reactions
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_everything_picked_up_next_time_is_vague() -> None:
    assert plan_cues.VAGUE_PLAN.search("We'll pick everything up next time.")
    assert not plan_cues.VAGUE_PLAN.search("We'll pick the report up on Thursday at three.")
    near_miss = expert_lines("expert-158", "addressing-power-imbalance-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss)


def test_a_plan_with_one_change_is_agreed() -> None:
    changed = "Only the time. Stand-up is at nine, so say half eight. Otherwise that's all of it."
    assert step_reactions.ONE_CHANGE.match(changed)
    assert not step_reactions.ONE_CHANGE.match("Only the time is wrong, and the rest too.")
    good = expert_lines("expert-159", "resolving-misunderstanding-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good)


def test_a_step_left_to_play_by_ear_when_asked_is_put_off() -> None:
    near_miss = expert_lines("expert-159", "help-after-a-mistake-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)
