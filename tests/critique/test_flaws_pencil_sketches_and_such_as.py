"""From the misses of expert-194 and -195 (each measured once unseen first): sayings in more old
shapes ("Timetables are promises, not prophecies.", "Good routes find their riders", "every job
has its seasons" after "Still,", "the tide always tells you when to sail" after "remember,", a
saying given "as we say in planning"); "Such as? ... Show me what you've got" presses for the
case a thin claim did not make; and asking the mentor to "mark up anything that ... sounds like
an excuse" in one's own draft judges nobody."""

from __future__ import annotations

from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_more_old_shapes_are_sayings() -> None:
    sayings = (
        "Timetables are promises, not prophecies.",
        "Good routes find their riders, in my experience.",
        "Nobody ever missed a tram by being early.",
        "Preparation is never wasted.",
        "After all, the best journeys are the ones somebody bothered to plan.",
        "Still, every job has its seasons, and nobody's January lasts all year.",
        "Well, what's meant to land on your doormat lands on your doormat.",
        "And remember, the tide always tells you when to sail.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert SAYING_GIVEN.search("Every good line starts as a sketch, as we say in planning.")
    for plain in (
        "Meetings are expensive, not optional, for the team this month.",
        "Good engineers found the bug on Tuesday.",
        "The rest of the week is clear.",
        "Remember, the panel meets on Thursday.",
    ):
        assert not PLATITUDE.search(plain), plain
    for set_name, scenario in (
        ("expert-195", "clarifying-expectations"),
        ("expert-194", "thinking-of-leaving"),
    ):
        near_miss = expert_lines(set_name, f"{scenario}-near_miss.json")
        assert K.STOCK_PHRASES in kinds(*near_miss), scenario


def test_such_as_presses_for_the_case() -> None:
    near_miss = expert_lines("expert-194", "asking-for-stretch-near_miss.json")
    assert near_miss[6].startswith("Such as?")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-194", "asking-for-stretch-good.json")
    assert kinds(*good, role=MENTEE) == {}


def test_asking_for_a_mark_up_of_ones_own_draft_judges_nobody() -> None:
    good = expert_lines("expert-195", "help-after-a-mistake-good.json")
    assert "mark up anything that's unclear or sounds like an excuse" in good[5]
    assert kinds(*good, role=MENTEE) == {}
