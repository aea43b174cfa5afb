"""From expert-240's and -241's misses (each measured once unseen first): a saying given as
the house's ("we've got a saying in Repairs: ...", "Sleep on it twice, sign it once, that's my
rule.") or a kind of thing with its way ("Money has a way of finding its own level") is a stock
phrase, and "That's an easy thing to say on a head-of-service salary." hears one; "That's a
fair description of the calendar." and "those are the practical points" confirm facts only;
and in good transcripts the asks given when the mentor says "Say the ask again. Plainer." are
the specific ask, a step sent "the night before" in answer to "What would you like to change"
is agreed, and "without making it sound like an excuse" labels nothing of theirs."""

from __future__ import annotations

from coach.critique.facts_cues import FACTS_ONLY
from coach.critique.judgment_cues import LABELS_THEIR_IDEA
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import HEARD_AS_FORMULA, SAYING_GIVEN
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_sayings_of_a_trade_and_things_with_their_way_are_stock_phrases() -> None:
    given = (
        "Well, we've got a saying in Repairs: you can't see the house for the scaffolding.",
        "Sleep on it twice, sign it once, that's my rule.",
    )
    assert unmatched(SAYING_GIVEN, given) == []
    assert not SAYING_GIVEN.search("That's my rule for the rota, not yours.")
    ways = (
        "Money has a way of finding its own level; it's the years you don't get back.",
        "Reasons have a way of surfacing when they're ready.",
    )
    assert unmatched(PLATITUDE, ways) == []
    assert not PLATITUDE.search("She has a way of making me feel small.")
    assert HEARD_AS_FORMULA.search("That's an easy thing to say on a head-of-service salary.")
    assert named("expert-240", "thinking-of-leaving", K.STOCK_PHRASES) == (True, False)


def test_the_calendar_and_the_practical_points_are_facts_only() -> None:
    replies = (
        "Yes. That's a fair description of the calendar.",
        "Nearly. The timing is only one piece of it. But yes, those are the practical points.",
    )
    assert unmatched(FACTS_ONLY, replies) == []
    assert not FACTS_ONLY.search("Yes. That's a fair description of how it felt.")
    found = named("expert-241", "clarifying-expectations", K.CONTENT_ONLY_REFLECTIONS)
    assert found == (True, False)


def test_the_ask_put_plainly_when_asked_again_is_specific() -> None:
    good = kinds(*expert_lines("expert-240", "help-after-a-mistake-good.json"), role=MENTEE)
    assert K.VAGUE_ASK not in good


def test_a_step_for_the_night_before_answers_what_to_change() -> None:
    good = kinds(*expert_lines("expert-240", "receiving-feedback-good.json"))
    assert K.NO_NEXT_STEP not in good


def test_care_in_ones_own_wording_labels_nothing() -> None:
    own = "I'll put it in as its own line, without making it sound like an excuse."
    assert not LABELS_THEIR_IDEA.search(own)
    assert LABELS_THEIR_IDEA.search("Honestly, that sounds like an excuse.")
    good = kinds(*expert_lines("expert-241", "help-after-a-mistake-good.json"), role=MENTEE)
    assert K.JUDGMENT not in good
