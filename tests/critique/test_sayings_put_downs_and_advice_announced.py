"""From the misses of expert-220 and -221 (each measured once unseen first): "A wobble's just a
compass finding north", "Money's money." and "no decision is a forever decision" are sayings,
and a saying beside an open question they do not open up to is still a formula; "that's what I
always tell people" gives one; a put-down of someone absent ("a bit of a control freak")
answered "He wasn't a control freak. He was thorough." is a judgment; "Here's a thought
straight off: set a hard stop at nine." and "two fixes, then: use..." are advice; and "Notes back
to you by noon" takes on the counterpart's part of the plan."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.advice_cues import ADVICE
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.critique.step_reactions import OWN_STEP
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_thing_said_to_be_itself_or_just_another_is_a_saying() -> None:
    sayings = (
        "A wobble's just a compass finding north, Leah.",
        "Money's money.",
        "And remember, no decision is a forever decision.",
        "That is what makes a team a team.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in ("It's just a draft.", "No one is a mind reader.", "Money's tight this year."):
        assert not PLATITUDE.search(plain), plain
    assert SAYING_GIVEN.search("Follow the energy, that's what I always tell people.")


def test_sayings_beside_questions_they_do_not_open_up_to_are_stock_phrases() -> None:
    near_miss = expert_lines("expert-220", "thinking-of-leaving-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)
    good = expert_lines("expert-220", "thinking-of-leaving-good.json")
    assert K.STOCK_PHRASES not in kinds(*good)


def test_a_label_for_someone_absent_they_deny_is_a_judgment() -> None:
    assert BLAME_ABSENT.search("Dr Okonjo sounds like a bit of a control freak.")
    assert BLAME_ABSENT.search("Farah's team can be a bit of a clique.")
    denied = (
        "He wasn't a control freak. He was thorough.",
        "My father isn't old-fashioned. He ran a business for thirty years.",
    )
    assert unmatched(DEFENDS_ABSENT, denied) == []
    assert not DEFENDS_ABSENT.search("It wasn't a problem. It was fine.")
    near_miss = expert_lines("expert-220", "clarifying-expectations-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)


def test_advice_announced_before_a_colon_is_advice() -> None:
    announced = (
        "Here's a thought straight off: set a hard stop at nine.",
        "Right, two fixes, then: use the department's old lessons as your starting point.",
    )
    assert unmatched(ADVICE, announced) == []
    assert not ADVICE.search("Here's a thought I had about you, and tell me if it's wrong.")
    near_miss = expert_lines("expert-220", "setting-boundaries-near_miss.json")
    assert K.PREMATURE_ADVICE in kinds(*near_miss)


def test_notes_back_by_noon_takes_on_the_counterparts_part() -> None:
    assert OWN_STEP.search("Notes back to you by noon, and four o'clock is yours.")
    assert not OWN_STEP.search("Notes are fine as they are.")
    good = expert_lines("expert-221", "help-after-a-mistake-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good, role=MENTEE)
