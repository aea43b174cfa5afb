"""From expert-144's and -145's misses (each measured once unseen first): "He was under
pressure from his own people." stands up for someone put down; "you can't pour from an empty
beaker", "It's a marathon, not a fire drill." and "Sundays come and go." are sayings, and
"That's what everyone says." hears one; "Before I go anywhere with that, what have you done
since February?" presses for the case; "Can I try pulling together what I've heard...?"
opens a summary, and "Mostly. You've made it a bit neat, though." confirms it, so a clause of
it ("you're selfish or a coward", their own words) is no verdict."""

from __future__ import annotations

from coach.critique import absent_defended, case_cues, cues, reactions
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import HEARD_AS_FORMULA
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_pressure_from_their_own_people_stands_up_for_them() -> None:
    assert absent_defended.DEFENDS_ABSENT.search("He was under pressure from his own people.")
    assert not absent_defended.DEFENDS_ABSENT.search("I was under pressure from my own people.")
    near_miss = expert_lines("expert-144", "resolving-misunderstanding-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss)


def test_empty_beakers_marathons_and_days_that_come_and_go_are_sayings() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "Well, you can't pour from an empty beaker.",
            "It's a marathon, not a fire drill.",
            "Sundays come and go.",
        ],
    )
    assert not PLATITUDE.search("People come and go here all the time.")
    assert HEARD_AS_FORMULA.search("Right. Yeah. That's what everyone says.")
    near_miss = expert_lines("expert-144", "setting-boundaries-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_before_i_go_anywhere_with_that_presses_for_the_case() -> None:
    assert not unmatched(
        case_cues.WANTS_CONTEXT,
        ["Hold on. Before I go anywhere with that, what have you done since February?"],
    )
    assert not case_cues.WANTS_CONTEXT.search("What have you done this weekend?")
    near_miss = expert_lines("expert-144", "asking-for-stretch-near_miss.json")
    assert FlawKind.NO_CONTEXT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_a_summary_pulled_together_and_mostly_confirmed_is_no_verdict() -> None:
    assert cues.SUMMARY_OPENER.search("Can I try pulling together what I've heard?")
    assert reactions.CONFIRMED.search("Mostly.")
    assert not reactions.CONFIRMED.search("Mostlyish, I suppose")
    good = expert_lines("expert-145", "thinking-of-leaving-good.json")
    assert FlawKind.JUDGMENT not in kinds(*good)
