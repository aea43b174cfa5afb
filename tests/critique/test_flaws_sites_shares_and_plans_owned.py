"""From expert-146's and -147's misses (each measured once unseen first): "No two sites have
the same ground conditions", "a good practice is a building with a lot of rooms" and
"Concrete cures in its own time." are sayings; "the thinking you need to do out loud" is what
the thinking is, no advice; "I'd suggest about ten minutes each for one and two" shares out the
session's time; "Can I give you my reasons and what I've already done...?" tells the case, so
"Walk me through it." does not press for it; "It is mine. All of it." takes on the plan put to
them."""

from __future__ import annotations

from coach.critique import advice_cues, asking_cues, step_reactions
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_sites_rooms_and_concrete_are_sayings() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "No two sites have the same ground conditions, and we build on all of them.",
            "And remember, a good practice is a building with a lot of rooms.",
            "Concrete cures in its own time.",
        ],
    )
    for said in ["Take it at your own pace.", "No two of them have the same shift."]:
        assert not PLATITUDE.search(said), said
    near_miss = expert_lines("expert-147", "bridging-differences-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_what_their_thinking_needs_and_the_sessions_time_are_no_advice() -> None:
    said = "So when I jump in, it cuts off the thinking you need to do out loud."
    assert not advice_cues.ADVICE.search(said)
    assert advice_cues.ADVICE.search("So you need to do the thinking out loud first.")
    assert advice_cues.TIME_GIVEN.search("I'd suggest about ten minutes each for one and two.")
    assert not advice_cues.TIME_GIVEN.search("I'd suggest you ring Margit first.")
    for name in (
        ("expert-146", "receiving-feedback-good.json"),
        (
            "expert-147",
            "bridging-differences-good.json",
        ),
    ):
        assert FlawKind.PREMATURE_ADVICE not in kinds(*expert_lines(*name))


def test_reasons_offered_are_the_case_and_a_plan_claimed_is_taken_on() -> None:
    assert asking_cues.EXPLAINS.search("Can I give you my reasons and what I've already done?")
    good = expert_lines("expert-147", "disagreeing-with-advice-good.json")
    assert FlawKind.NO_CONTEXT not in kinds(*good, role=LearnerRole.MENTEE)
    assert step_reactions.OWN_STEP.search("It is mine. All of it. Thank you.")
    assert not step_reactions.OWN_STEP.search("Honestly, it is mine to worry about, not yours.")
    good = expert_lines("expert-147", "giving-feedback-good.json")
    assert FlawKind.NO_NEXT_STEP not in kinds(*good)
