"""From expert-234's and -235's misses (each measured once unseen first): a reply that thanks
after a guarded word ("We'll see. Appreciate it, though.") took the turn well; "I'll go to bat
for the field plan" is a step of the counterpart's own that a summary of it can take up; "If
you say so." hears a turn as a formula; and a counterpart still waiting to hear whether the step
is on ("I don't know what I'm walking in with Thursday. I'd like to know by Wednesday night.")
shows it was put off."""

from __future__ import annotations

from coach.critique.reactions import TAKEN_WELL
from coach.critique.sayings_given import HEARD_AS_FORMULA
from coach.critique.step_reactions import OWN_STEP, STILL_UNDECIDED
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_thanks_after_a_guarded_word_takes_the_turn_well() -> None:
    assert TAKEN_WELL.match("We'll see. Appreciate it, though.")
    assert TAKEN_WELL.match("Appreciate that.")
    assert not TAKEN_WELL.match("We'll see. You don't know this place yet.")
    good = kinds(*expert_lines("expert-234", "building-trust-good.json"))
    assert K.JUDGMENT not in good


def test_going_to_bat_for_the_plan_is_a_step_of_their_own() -> None:
    assert unmatched(OWN_STEP, ["I'll go to bat for the field plan", "I'll back the plan"]) == []
    assert not OWN_STEP.search("I'll go back to the lab.")
    good = kinds(*expert_lines("expert-235", "disagreeing-with-advice-good.json"), role=MENTEE)
    assert K.NO_NEXT_STEP not in good


def test_if_you_say_so_hears_a_formula() -> None:
    assert HEARD_AS_FORMULA.search("If you say so.")
    assert HEARD_AS_FORMULA.search("Hm. If you say so.")
    assert not HEARD_AS_FORMULA.search("I'll do it if you say so, but not before Friday.")
    assert named("expert-235", "resolving-misunderstanding", K.STOCK_PHRASES) == (True, False)


def test_a_counterpart_still_waiting_to_hear_shows_the_step_put_off() -> None:
    waiting = (
        "Okay. Then right now I don't know what I'm walking in with Thursday.",
        "I'd like to know by Wednesday night, one way or the other.",
    )
    assert unmatched(STILL_UNDECIDED, waiting) == []
    assert not STILL_UNDECIDED.search("I'd like to know more about the audit.")
    assert named("expert-235", "asking-for-stretch", K.NO_NEXT_STEP, MENTEE) == (True, False)
