"""From expert-238's and -239's misses (each measured once unseen first): sayings of a kind
("Stories grow legs, don't they?", "turning up is half the climb", "Fresh page, same pen.")
are stock phrases, and so is a turn the learner owns as glib; "You've got everything that
happened. What it's done to me isn't really in there" confirms facts only; and in good
transcripts "whatever I was trying to do" owns a breach, "That's the whole thing." agrees the
plan checked, an open question in their earlier words that they answer is no formula, and a
short goodbye that answers their thanks is courtesy."""

from __future__ import annotations

from coach.critique.defending_cues import defends
from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.reactions import AGREE
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_sayings_of_a_kind_are_stock_phrases() -> None:
    sayings = (
        "Well, the best maps get redrawn, don't they?",
        "Stories grow legs, don't they?",
        "Mind you, the tidy answer is rarely the true one.",
        "Well, you did come, and turning up is half the climb.",
        "Fresh page, same pen.",
        "Mud today, meadow tomorrow.",
        "Lesson learned.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    plain = (
        "Things got out of hand, didn't they?",
        "The sessions help you, don't they?",
        "Same title, different work.",
        "Same time next month.",
    )
    assert [s for s in plain if PLATITUDE.search(s)] == []
    assert named("expert-239", "receiving-feedback", K.STOCK_PHRASES) == (True, False)


def test_a_turn_owned_as_glib_is_a_formula() -> None:
    lines = (
        "I keep bringing a problem about my PM cutting the usability test and we never get to it.",
        "Well. The sticky note knows more than we do.",
        "I suppose. The thing is, the test gets cut every single time and nobody else here does "
        "research.",
        "Sorry, that was glib of me. What happens to the problem you brought?",
        "It sits on a sticky note until next month.",
        "So the note outlives the hour. And rain makes grain, as the farmers say.",
        "Right.",
    )
    assert K.STOCK_PHRASES in kinds(*lines)
    owned = list(lines)
    owned[3] = "What happens to the problem you brought?"
    assert K.STOCK_PHRASES not in kinds(*owned)


def test_facts_confirmed_without_what_they_did_to_them() -> None:
    replies = (
        "Partly. You've got everything that happened. What it's done to me isn't really in there.",
        "Right. Sort of. It's less about the timing than... never mind.",
    )
    assert unmatched(FACTS_ONLY, replies) == []
    assert not FACTS_ONLY.search("Yes. You've got all of it, and how it felt too.")
    found = named("expert-238", "receiving-feedback", K.CONTENT_ONLY_REFLECTIONS)
    assert found == (True, False)


def test_intent_set_aside_owns_the_breach() -> None:
    assert not defends("That's a real breach, whatever I was trying to do.")
    assert defends("I was trying to protect you, that's all.")
    good = kinds(*expert_lines("expert-239", "receiving-feedback-good.json"))
    assert K.DEFENSIVE not in good


def test_the_whole_thing_agrees_the_plan_checked() -> None:
    assert AGREE.search("That's the whole thing. Write it down before you forget it.")
    lines = expert_lines("expert-238", "asking-for-a-reference-good.json")
    assert K.NO_NEXT_STEP not in kinds(*lines, role=LearnerRole.MENTEE)


def test_questions_in_their_words_and_a_goodbye_to_their_thanks_are_no_formulas() -> None:
    good = kinds(*expert_lines("expert-238", "mutual-accountability-good.json"))
    assert K.STOCK_PHRASES not in good
