"""From the misses of expert-188 and -189 (each measured once unseen first): sayings in old
shapes ("nobody's born fluent in an angry room", "The weather passes, the park stays."); "I'm
exactly the same" and "when I was doing my Part 3" turn the talk to one's own story; "you've been
on your own since then" is a fact said back; "I'd take it to him with the figures" and a tip
under a label ("Practical point: don't say a word...") are advice, "the action inside my
advice" talks about it; "I wonder if it stung a bit" reflects a feeling; "And what's the ask?"
asks for the ask, and "I'd like a reference by Wednesday" is one; "Do it now." agrees a step."""

from __future__ import annotations

from coach.critique.advice_cues import ADVICE
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_sayings_in_old_shapes_are_formulas() -> None:
    sayings = (
        "Well, rooms are rougher than drawings, that's the trade.",
        "Ah, nobody's born fluent in an angry room.",
        "The weather passes, the park stays.",
        "Well, what's done is drawn; what's next is ours to draw.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in (
        "Send me the plan, that's the job for Monday.",
        "The deadline passes on Friday and the grant stays closed.",
        "Nobody's born in the building, it's an office.",
    ):
        assert not PLATITUDE.search(plain), plain
    near_miss = expert_lines("expert-189", "giving-feedback-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_me_too_and_my_own_part_three_are_self_focus() -> None:
    near_miss = expert_lines("expert-189", "bridging-differences-near_miss.json")
    assert near_miss[13].startswith("Oh, I'm exactly the same.")
    assert K.SELF_FOCUS in kinds(*near_miss)
    good = expert_lines("expert-189", "bridging-differences-good.json")
    assert kinds(*good) == {}


def test_on_your_own_since_then_is_a_fact_said_back() -> None:
    near_miss = expert_lines("expert-189", "setting-boundaries-near_miss.json")
    assert near_miss[11].startswith("So Shona left in October and you've been on your own")
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_what_id_do_in_their_place_and_a_labelled_tip_are_advice() -> None:
    advice = (
        "I'd take it to him with the figures.",
        "Practical point: don't say a word here until there's an offer in writing.",
    )
    assert unmatched(ADVICE, advice) == []
    for talked_about in (
        "You were trying to find the action inside my advice, and there wasn't one.",
        "I'd take it to heart, honestly.",
        "Practical point: the room is booked till four.",
    ):
        assert not ADVICE.search(talked_about), talked_about
    near_miss = expert_lines("expert-189", "thinking-of-leaving-near_miss.json")
    assert K.PREMATURE_ADVICE in kinds(*near_miss)


def test_a_feeling_wondered_at_is_no_judgment() -> None:
    good = expert_lines("expert-189", "setting-boundaries-good.json")
    assert good[7].startswith("You said 'totally fine' very fast. I wonder if it stung")
    assert kinds(*good) == {}


def test_an_ask_given_when_the_ask_is_asked_for_is_specific() -> None:
    good = expert_lines("expert-189", "asking-for-a-reference-good.json")
    assert good[4].endswith("And what's the ask?")
    assert kinds(*good, role=MENTEE) == {}
    # "I'd like a reference by Wednesday" is an ask: the middle transcript's trouble is the
    # context, not the ask
    middle = kinds(*expert_lines("expert-189", "asking-for-a-reference-middle.json"), role=MENTEE)
    assert K.VAGUE_ASK not in middle and K.NO_CONTEXT in middle


def test_do_it_now_agrees_the_step_put_to_them() -> None:
    good = expert_lines("expert-188", "asking-for-help-good.json")
    assert good[22].startswith("Do it now.")
    assert kinds(*good, role=MENTEE) == {}
