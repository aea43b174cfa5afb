"""From expert-73's misses: doubt of their commitment and comparison with their peers are
judgments, a laugh takes a line well, sayings like "rite of passage" and "the golden rule" are
formulas, "Yeah. Maybe." is a flat reply, and a mentor who first says yes is not asking for the
case behind the ask."""

from __future__ import annotations

import pytest

from coach.critique import judgment_cues
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


@pytest.mark.parametrize(
    "said",
    [
        "The text twenty minutes before wasn't great, and that's not how I'd expect someone on "
        "the programme to handle it.",
        "The cancellation made me wonder whether your heart was still in it.",
        "The others in your cohort are all juggling shifts too, and they've got theirs in.",
        "To be honest, waiting for a clear week is a bit of a cop-out.",
    ],
)
def test_doubt_and_comparison_are_judgments(said: str) -> None:
    found = kinds("I still haven't done the outline. I'm sorry.", said, "Right. Yes. I know.")
    assert found[K.JUDGMENT] == (1,)
    assert judgment_cues.POLITE_JUDGMENT.search(said) or judgment_cues.LABELS_THEIR_IDEA.search(
        said
    )


def test_a_story_of_ones_own_met_with_a_laugh_is_no_judgment() -> None:
    lines = [
        "What do you actually get out of this? Honest question.",
        "Honest answer. I kept jumping on the forklifts myself for six months. Nobody outside my "
        "building ever asked how it was going.",
    ]
    assert K.JUDGMENT not in kinds(*lines, "Ha. Forklifts. Yeah. I kept fixing presses myself.")


def test_rites_of_passage_and_golden_rules_are_sayings_and_yeah_maybe_is_flat() -> None:
    assert PLATITUDE.search("Rite of passage for every new supervisor.")
    assert PLATITUDE.search("What's said here stays here. That's the golden rule.")
    lines = [
        "Put me in front of a spreadsheet, that's a different story.",
        "Honestly, it's just another machine with more buttons. You'll crack it.",
        "Yeah. Maybe. Forget it.",
        "Everyone finds their feet. It all works out.",
        "Sure. Put it on the list.",
    ]
    assert kinds(*lines)[K.STOCK_PHRASES] == (1, 3)


def test_a_mentor_who_first_says_yes_is_not_asking_for_the_case() -> None:
    lines = [
        "Come on in. What's on your mind?",
        "St. Brendan's is starting Home Bridge and I've applied to coordinate it. References are "
        "due next Wednesday, so I'd like a reference letter from you by then.",
        "Okay. That's a clear ask, and yes, I'll do it.",
        "That's fair, and thank you for the yes. I know I'd be leaving you short with Tanya "
        "out, and my sixty aren't a caseload you can just split down the middle. If I get it, "
        "you'll have my notice the day I have an offer. And I'd like to write up a handover for"
        " each of my patients, who opens the door, who needs a call before a visit, starting "
        "this week whatever happens. What would make the handover easiest on your end?",
        "Start it this week, yes. Put the shaky ones at the top. ... Wait. Back up. Did you say"
        " Curtis Bell? Home Bridge is Curtis's program? Curtis and I worked nights on 4 West "
        "for six years.",
    ]
    assert 3 not in kinds(*lines, role=LearnerRole.MENTEE).get(K.NO_CONTEXT, ())
