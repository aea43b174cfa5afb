"""From the misses of expert-210 and -211 (each measured once unseen first): "That's a horrible
bind." is sympathy, no verdict; "You weren't sulking, you were bracing" argues nothing down
unless "sulking" was their word; "Drop me a line whenever something comes up" sets no step,
nor does a step they still ask a time for ("Would there be a time to look at it?"); a mentee's
case made against the mentor's worry ("Last summer was a once-in-a-decade drought, though.")
defends; and "Sorry, which call? About what?" asks for the context an ask left out."""

from __future__ import annotations

from coach.critique.case_cues import WANTS_CONTEXT
from coach.critique.defending_cues import DEFENSIVE, defends
from coach.critique.judgment_cues import NOT_A_JUDGMENT
from coach.critique.plan_cues import VAGUE_PLAN
from coach.critique.step_reactions import ASKS_FOR_PLAN
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_horrible_bind_is_sympathy_not_a_verdict() -> None:
    assert NOT_A_JUDGMENT.search("That's a horrible bind.")
    assert not NOT_A_JUDGMENT.search("That's a horrible idea.")
    good = expert_lines("expert-210", "thinking-of-leaving-good.json")
    assert K.JUDGMENT not in kinds(*good)


def test_a_kind_reading_argues_nothing_down_unless_the_word_was_theirs() -> None:
    said = "You weren't sulking, you were bracing, because you'd been handed something before."
    assert not defends(said, "So that's the reason I've been frosty with you.")
    assert defends(said, "Honestly, I've been sulking all week.")
    assert defends("You weren't abandoned, Emre, you were trusted.")
    good = expert_lines("expert-211", "resolving-misunderstanding-good.json")
    assert K.DEFENSIVE not in kinds(*good)


def test_a_step_left_to_whenever_something_comes_up_is_no_step() -> None:
    assert VAGUE_PLAN.search("Drop me a line whenever something comes up.")
    assert ASKS_FOR_PLAN.search("Right. Would there be a time to look at it before January?")
    near_miss = expert_lines("expert-211", "clarifying-expectations-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(
        *near_miss
    )  # "Bring the list whenever you like" is still asked on
    good = expert_lines("expert-208", "receiving-feedback-good.json")
    assert "whenever you like" in good[23]  # a decision left to them, not the step
    assert K.NO_NEXT_STEP not in kinds(*good)


def test_a_mentees_case_made_against_the_worry_defends() -> None:
    argued = (
        "Last summer was a once-in-a-decade drought, though.",
        "It wasn't the design that failed.",
        "Anyone would have had dry ponds in a year like that.",
        "My situation's pretty different from hers, though.",
    )
    assert unmatched(DEFENSIVE, argued) == []
    assert not DEFENSIVE.search("The ponds are different this year, so I've moved two sites.")
    near_miss = expert_lines("expert-210", "disagreeing-with-advice-near_miss.json")
    assert K.DEFENSIVE in kinds(*near_miss, role=MENTEE)


def test_which_call_asks_for_the_context_the_ask_left_out() -> None:
    asked = ("Mm-hm. Sorry, which call? About what?", "You might have led with that.")
    assert unmatched(WANTS_CONTEXT, asked) == []
    near_miss = expert_lines("expert-211", "asking-for-help-near_miss.json")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
