"""From expert-122's and expert-123's misses and flagged goods (measured once unseen first): a
saying put "as we say at the DC", "Ah, observations are a snapshot, not the film." and a reply
"Heard it. Denise has it on a mug." are stock phrases; "I'll find a slot sometime after
Thursday and let you know." sets no step; and "to be told you're too useful to let go" (a
label someone else gave), "I can tell that wasn't easy for you to say." and "Well, it'll go
this week." (the learner's own promise) are no verdicts."""

from __future__ import annotations

from coach.critique import judgment_cues, plan_cues
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import HEARD_AS_FORMULA
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_a_saying_as_we_say_and_a_thing_likened_not_to_another_are_stock() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "What's past is packed and shipped, as we say at the DC - fresh load, fresh manifest.",
            "Ah, observations are a snapshot, not the film.",
        ],
    )
    # not "it's a draft, not the plan": what it is, said of the thing in hand
    assert not PLATITUDE.search("It's a draft, not the plan.")
    assert not PLATITUDE.search("As we said on Monday, the rota goes up on Friday.")
    assert HEARD_AS_FORMULA.search("Yeah. Heard it. Denise has it on a mug. Anyway.")
    assert not HEARD_AS_FORMULA.search("I heard it from Luis first, on the floor.")
    for near_miss in (
        expert_lines("expert-122", "setting-boundaries-near_miss.json"),
        expert_lines("expert-123", "building-trust-near_miss.json"),
    ):
        assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_a_slot_found_sometime_later_is_no_step() -> None:
    assert plan_cues.VAGUE_PLAN.search("I'll find a slot sometime after Thursday and let you know.")
    assert plan_cues.VAGUE_PLAN.search("Let's meet sometime next week.")
    assert not plan_cues.VAGUE_PLAN.search("Thursday at four, my office, for half an hour.")
    near_miss = expert_lines("expert-123", "bridging-differences-near_miss.json")
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss)


def test_a_label_reported_what_saying_it_cost_and_a_promise_are_no_verdicts() -> None:
    assert not unmatched(
        judgment_cues.NOT_A_JUDGMENT,
        [
            "So you know from the inside what it is to be told you're too useful to let go.",
            "And I can tell that wasn't easy for you to say.",
            "Well, it'll go this week.",
        ],
    )
    assert not judgment_cues.NOT_A_JUDGMENT.search("Well, it'll never work, you know that.")
    for name in ("expert-122", "expert-123"):
        good = expert_lines(name, "asking-for-a-reference-good.json")
        assert FlawKind.JUDGMENT not in kinds(*good, role=MENTEE)
    middle = expert_lines("expert-122", "mutual-accountability-middle.json")
    assert middle[13].startswith("Well, it'll go this week.")
    assert FlawKind.JUDGMENT not in kinds(*middle)
