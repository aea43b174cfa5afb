"""From the misses of expert-196 and -197 (each measured once unseen first): sayings in old
shapes ("welcome to the first-year midnight club", "a quiet flat's a blank page", "an observation
is one photograph, not the whole album", "Monday's never as tall as it looks from Sunday");
"I'll think about the best way to approach her" leaves the step vague; "keep me in mind" and
"whatever form you think makes sense" ask for nothing to act on; and "One thing. Stage
loggers..." to "Have I missed anything?" adds to a plan it agrees."""

from __future__ import annotations

from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import HEARD_AS_FORMULA
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_midnight_clubs_and_blank_pages_are_sayings() -> None:
    sayings = (
        "Ah, three hours a lesson, welcome to the first-year midnight club.",
        "Well, a quiet flat's a blank page.",
        "Listen, an observation is one photograph, not the whole album.",
        "And whatever doesn't flatten you in year one builds the backbone for year two.",
        "Monday's never as tall as it looks from Sunday.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert HEARD_AS_FORMULA.search(
        "Yeah. One photograph. Everyone keeps saying that sort of thing."
    )
    for plain in (
        "Welcome to the team, by the way.",
        "The plan is one page, not the whole scheme of work.",
        "A new starter's a big change for the department this term.",
    ):
        assert not PLATITUDE.search(plain), plain
    near_miss = expert_lines("expert-196", "setting-boundaries-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_thinking_about_the_best_way_puts_the_step_off() -> None:
    near_miss = expert_lines("expert-196", "asking-for-stretch-near_miss.json")
    assert near_miss[15].startswith("I'll think about the best way to approach her.")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)


def test_keep_me_in_mind_is_a_vague_ask() -> None:
    near_miss = expert_lines("expert-197", "asking-for-stretch-near_miss.json")
    assert "keep me in mind" in near_miss[13]
    assert K.VAGUE_ASK in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-197", "asking-for-stretch-good.json")
    assert kinds(*good, role=MENTEE) == {}


def test_one_more_thing_added_agrees_the_plan() -> None:
    good = expert_lines("expert-197", "disagreeing-with-advice-good.json")
    assert good[17].endswith("Have I missed anything?") and good[18].startswith("One thing.")
    assert kinds(*good, role=MENTEE) == {}
