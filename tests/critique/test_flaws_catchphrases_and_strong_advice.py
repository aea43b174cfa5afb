"""From the misses of expert-198 and -199 (each measured once unseen first): a saying of the
learner's own said again ("nobody marks the teacher at midnight", "One Bunsen at a time!") or
given as a motto is a formula; "My strong advice..." is advice; stopping "and pick up properly
next time" sets no step; and what a mentee is left not knowing ("what you should have done
instead"), a reassurance ("so you never have to guess"), fairness to oneself ("no version where
you get to be fair to yourself") and "I ask Margit for Wednesday" to "When will you do each of
those?" flag nothing on the goods."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.critique.sayings_given import SAYING_GIVEN
from coach.models import Act, LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_a_saying_said_again_or_given_as_a_motto_is_a_formula() -> None:
    assert unmatched(SAYING_GIVEN, ("That's my motto.", "Rome, and all that.")) == []
    assert not SAYING_GIVEN.search("We went to Rome, and all that was lovely.")
    stock = expert_lines("expert-199", "setting-boundaries-stock.json")
    assert K.STOCK_PHRASES in kinds(*stock)


def test_a_plan_said_again_is_no_catchphrase() -> None:
    lines = [
        "I keep missing the ward round, and then I'm behind all day.",
        "What if you came in for the handover at seven on the ward?",
        "Maybe. The handover is the only time I see the consultant.",
        "So the handover at seven on the ward, and the consultant there too.",
        "Yes. That would work.",
        "Great. The handover at seven on the ward, then, from Monday.",
        "Okay.",
    ]
    assert K.STOCK_PHRASES not in kinds(*lines)


def test_my_strong_advice_is_advice() -> None:
    near_miss = expert_lines("expert-198", "clarifying-expectations-near_miss.json")
    assert "My strong advice" in near_miss[7]
    assert K.PREMATURE_ADVICE in kinds(*near_miss)


def test_leaving_it_there_sets_no_step() -> None:
    near_miss = expert_lines("expert-199", "receiving-feedback-near_miss.json")
    assert "leave it there and pick up properly next time" in near_miss[21]
    assert K.NO_NEXT_STEP in kinds(*near_miss)


def test_what_they_should_have_done_said_back_is_neither_judgment_nor_advice() -> None:
    said = (
        "So two weeks on you're still trying to decode an instruction that never had anything "
        "in it, and that leaves you not knowing what you should have done instead."
    )
    assert Act.JUDGMENT not in code_turn(said, "I still can't say what it meant.").acts
    near_miss = expert_lines("expert-199", "bridging-differences-near_miss.json")
    found = kinds(*near_miss)
    assert K.CLOSED_QUESTIONS in found
    assert K.JUDGMENT not in found and K.PREMATURE_ADVICE not in found
    assert Act.JUDGMENT in code_turn("You should have told me on Monday.", "I forgot.").acts


def test_the_goods_are_not_flagged() -> None:
    for set_name, name in (
        ("expert-198", "clarifying-expectations-good.json"),
        ("expert-199", "giving-feedback-good.json"),
        ("expert-199", "thinking-of-leaving-good.json"),
    ):
        assert kinds(*expert_lines(set_name, name)) == {}, name


def test_a_step_named_with_its_day_when_invited_is_agreed() -> None:
    """From expert-201 (measured once unseen first): "What would you like to send me ahead of
    it?" "The Millbrook notebook and one page..., by Tuesday evening."; "what would help you
    before Thursday?" "I think on Thursday I ask them... And Sunday I sit down with Dan"."""
    for name in ("clarifying-expectations-good.json", "thinking-of-leaving-good.json"):
        assert kinds(*expert_lines("expert-201", name)) == {}, name


def test_instructions_in_a_row_a_programme_story_and_how_it_looks_are_named() -> None:
    """From expert-203 (measured once unseen first): "Get the hours up, take a visible role on a
    pitch, and stop..." is advice however the coder reads it; "When I was on this programme..."
    and "When I made partner..." turn to one's own story; "How it looks is that you couldn't
    keep your team together." is a verdict."""
    poor = expert_lines("expert-203", "addressing-power-imbalance-poor.json")
    found = kinds(*poor)
    assert {K.JUDGMENT, K.PREMATURE_ADVICE, K.SELF_FOCUS} <= set(found)
    assert K.SELF_FOCUS in kinds(*expert_lines("expert-203", "mutual-accountability-poor.json"))


def test_a_wish_said_back_and_a_story_kept_in_mind_flag_nothing() -> None:
    """From expert-202 (measured once unseen first): "the side of the table you never wanted to
    sit on" is no "you never"; "thank you for the Cleveland story. I'll think about it when I'm
    counting pallets." puts no step off."""
    said = "Saying 'already settled' put you on the side of the table you never wanted to sit on."
    assert Act.JUDGMENT not in code_turn(said, "So some part of me is asking.").acts
    assert Act.JUDGMENT in code_turn("You never listen to the residents.", "Okay.").acts
    assert kinds(*expert_lines("expert-202", "giving-feedback-good.json")) == {}
    good = expert_lines("expert-202", "asking-for-stretch-good.json")
    assert kinds(*good, role=LearnerRole.MENTEE) == {}


def test_a_habit_weighed_perfectionism_and_context_held_back_are_named() -> None:
    """From expert-204 (measured once unseen first): "twenty-three messages on one Sunday isn't
    a healthy pattern" and "that's perfectionism, and it's costing you" judge; "It's a big
    account. I'd rather not bore you with all of it." holds the context back."""
    boundaries = expert_lines("expert-204", "setting-boundaries-near_miss.json")
    assert K.JUDGMENT in kinds(*boundaries)
    help_ask = expert_lines("expert-204", "asking-for-help-near_miss.json")
    assert K.NO_CONTEXT in kinds(*help_ask, role=LearnerRole.MENTEE)


def test_wanting_to_ask_for_backing_and_agreeing_their_changes_flag_nothing() -> None:
    """From expert-204: "I want to ask you to back me as in-charge on it." is a specific ask;
    "Could the first ten minutes be mine...? ... could you ask me whether I want ideas?" "Yes
    to both." agrees a step."""
    stretch = expert_lines("expert-204", "asking-for-stretch-good.json")
    assert kinds(*stretch, role=LearnerRole.MENTEE) == {}
    assert kinds(*expert_lines("expert-204", "receiving-feedback-good.json")) == {}
