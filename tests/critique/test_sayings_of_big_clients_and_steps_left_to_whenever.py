"""From expert-272's and -273's misses (each measured once unseen first): "the big clients
always bark loudest" and "the third quarter is where partners are forged" are sayings; and
"Some time in the next few weeks, whenever suits you." and "Let's keep the door open and see
where it takes us." leave the step vague."""

from __future__ import annotations

from coach.critique.plan_cues import VAGUE_PLAN
from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import named_in_near_miss_and_good as named
from tests.critique.conversation import unmatched

K = FlawKind


def test_how_big_clients_and_hard_quarters_go_are_sayings() -> None:
    sayings = (
        "Ah, the big clients always bark loudest.",
        "Well, in my experience the third quarter is where partners are forged.",
        "The quiet years are where leaders get forged.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in (
        "That is where the decision is made.",
        "The big clients always want the best people.",
        "The second floor is where the partners sit.",
    ):
        assert not PLATITUDE.search(plain), plain
    assert named("expert-272", "addressing-power-imbalance", K.STOCK_PHRASES) == (True, False)


def test_a_step_left_to_whenever_suits_is_vague() -> None:
    vague = (
        "Some time in the next few weeks, whenever suits you.",
        "Let's keep the door open and see where it takes us.",
    )
    assert unmatched(VAGUE_PLAN, vague) == []
    assert not VAGUE_PLAN.search("Thursday at three, in my office, if that works for you.")
    # (their own time asked for is no step left vague: "Your side, one page, whenever suits
    # you. What timing feels realistic with your rota?", expert-136's good)
    assert not VAGUE_PLAN.search("Your side, one page, whenever suits you.")
    assert not named("expert-136", "mutual-accountability", K.NO_NEXT_STEP)[1]
    assert named("expert-273", "building-trust", K.NO_NEXT_STEP) == (True, False)
