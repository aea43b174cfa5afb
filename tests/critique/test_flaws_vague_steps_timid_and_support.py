"""From the misses of expert-208 and -209 (each measured once unseen first): a step only tried
for ("I'll try to find a moment", "maybe I'll put something together", "I'll keep you
posted") is no step; "no need to be so timid" labels the listener; runs "lost to the column"
are no feeling; "What's the support for 'ready'?" asks for the case behind a claim; and a
meeting "every two weeks" is a time set, while "Every two weeks is quite a lot" is no saying."""

from __future__ import annotations

from coach.coder.words import feelings
from coach.critique.case_cues import CLAIM_UNSUPPORTED
from coach.critique.judgment_cues import SOFT_LABEL
from coach.critique.plan_cues import VAGUE_PLAN
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_step_only_tried_for_is_no_step() -> None:
    tried = (
        "I'll try to find a moment.",
        "And maybe I'll put something together on how I'd run it, if that'd help.",
        "Understood. I'll keep you posted.",
        "Let's see how things shake out.",
    )
    assert unmatched(VAGUE_PLAN, tried) == []
    assert not VAGUE_PLAN.search("I'll find a moment on Wednesday after four to see Linda.")
    near_miss = expert_lines("expert-208", "asking-for-stretch-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)


def test_no_need_to_be_so_timid_labels_the_listener() -> None:
    assert SOFT_LABEL.search("There's no need to be so timid with me.")
    assert not SOFT_LABEL.search("And you were too polite to steer us anywhere near it.")
    near_miss = expert_lines("expert-208", "clarifying-expectations-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)


def test_runs_lost_to_a_failing_column_are_no_feeling() -> None:
    assert feelings("so the runs were lost to the column, and you re-ran them.") == set()
    assert feelings("i walked back to my desk and felt lost.")
    near_miss = expert_lines("expert-208", "resolving-misunderstanding-near_miss.json")
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_the_support_for_a_claim_asked_for_wants_the_case() -> None:
    asked = ("What's the support for 'ready'?", "Show me the support first.")
    assert unmatched(CLAIM_UNSUPPORTED, asked) == []
    near_miss = expert_lines("expert-209", "asking-for-stretch-near_miss.json")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)


def test_a_meeting_every_two_weeks_is_a_time_set_and_no_saying() -> None:
    good = expert_lines("expert-208", "building-trust-good.json")
    assert "every two weeks" in good[25]
    assert K.NO_NEXT_STEP not in kinds(*good)
    plain = "Every two weeks is quite a lot more than the scheme suggests, honestly."
    assert not PLATITUDE.search(plain)
