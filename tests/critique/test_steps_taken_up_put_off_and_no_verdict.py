"""From the misses of expert-216 and -217 (each measured once unseen first): "I can do that."
takes up the step the counterpart just put; "Thursday at four works." agrees the time put to
it; "I'll definitely think about how best to approach her." in answer to "So what happens
between now and Thursday?" puts the step off; and "...not a verdict on you." passes none."""

from __future__ import annotations

from coach.critique.judgment_cues import NOT_A_JUDGMENT
from coach.critique.plan_cues import DECIDES_LATER
from coach.critique.step_reactions import TAKES_UP, TIME_WORKS
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_i_can_do_that_takes_up_the_step_put() -> None:
    assert TAKES_UP.match("I can do that. I read those reports every week at the DC.")
    assert not TAKES_UP.match("I can do that, but not this month.")
    assert not TAKES_UP.match("I can do that if Denise signs it off.")
    good = expert_lines("expert-217", "building-trust-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good)


def test_the_day_and_hour_put_said_to_work_agree_the_step() -> None:
    assert TIME_WORKS.match("Thursday at four works. Comments back by noon.")
    assert not TIME_WORKS.match("Thursday at four doesn't work for me.")
    good = expert_lines("expert-217", "help-after-a-mistake-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good, role=MENTEE)


def test_thinking_how_to_do_the_step_when_asked_for_it_puts_it_off() -> None:
    assert DECIDES_LATER.search("I'll definitely think about how best to approach her.")
    near_miss = expert_lines("expert-216", "asking-for-stretch-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-216", "asking-for-stretch-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good, role=MENTEE)


def test_not_a_verdict_on_you_denies_one() -> None:
    assert NOT_A_JUDGMENT.search("That's my limit, for my own evenings, not a verdict on you.")
    assert not NOT_A_JUDGMENT.search("That's my verdict on you.")
