"""From expert-278's, -280's and -281's misses (each measured once unseen first): "Any band 6
ought to be able to knock one out in an hour", "you really should have told occupational
health" and "Keeping it to yourself wasn't the sensible thing to do" are verdicts; "Slow
reactions grow the biggest crystals", "Early nights are the best reagent" and "Sunday blues
come for us all" are sayings; "That order works. Item one, then." takes their order and says
nothing back; and in a good, "Two hard evenings are something to work on, not a mark against
you." reassures."""

from __future__ import annotations

from coach.critique import judgment_cues, verdicts
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_what_anyone_could_do_and_what_they_should_have_done_are_verdicts() -> None:
    assert not [
        said
        for said in (
            "Any band 6 ought to be able to knock one out in an hour.",
            "I do think you really should have told occupational health, though.",
            "Keeping it to yourself wasn't the sensible thing to do, for you or the ward.",
        )
        if not verdicts.verdict(said)
    ]
    assert not verdicts.verdict("I should have told you sooner; that's on me.")
    assert not verdicts.verdict("Keeping it to myself wasn't the sensible thing to do.")
    near_miss = expert_lines("expert-280", "mutual-accountability-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss)


def test_sayings_of_crystals_reagents_and_blues_are_formulas() -> None:
    assert not unmatched(
        PLATITUDE,
        (
            "Slow reactions grow the biggest crystals.",
            "Early nights are the best reagent, and the staffroom thaws by spring.",
            "Sunday blues come for us all.",
        ),
    )
    assert not PLATITUDE.search("What would make the biggest difference?")
    assert not PLATITUDE.search("Option B makes the best sense for the hall?")
    near_miss = expert_lines("expert-281", "setting-boundaries-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_their_order_taken_says_nothing_back() -> None:
    near_miss = expert_lines("expert-281", "bridging-differences-near_miss.json")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
    good = expert_lines("expert-281", "bridging-differences-good.json")
    assert FlawKind.NO_REFLECTIONS not in kinds(*good)


def test_not_a_mark_against_you_reassures() -> None:
    assert judgment_cues.DENIED.search(
        "Two hard evenings are something to work on, not a mark against you."
    )
    good = expert_lines("expert-278", "giving-feedback-good.json")
    assert FlawKind.JUDGMENT not in kinds(*good, role=LearnerRole.MENTOR)
