"""From expert-99's misses: a place and its people run down ("They've been running us into the
ground all year.", "the audit was a bit of a witch hunt", "Priscilla has had it in for the
team") and stood up for is a judgment; "So, two things: a strong reference by Wednesday, and an
introduction" asks; "are you too soft on them?" labels; "When I took over the DC..." opens a
story of one's own."""

from __future__ import annotations

from coach.critique import story_cues
from coach.critique.asking import specific_ask
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE

_COST = [
    "Come in. What's on your mind?",
    "I've applied to Home Bridge at St. Brendan's. Could you write me a reference by Wednesday?",
    "Yes. It stings some, with Tanya out and Jamal's line frozen.",
]


def test_a_place_run_down_and_stood_up_for_is_judged() -> None:
    for blame, defended in (
        (
            "If admin hadn't frozen Jamal's line we wouldn't be this thin. They've been running "
            "us into the ground all year.",
            "Those folks upstairs will be covering your visits. I'd watch how you put that.",
        ),
        (
            "I'll get my notes caught up. Though the audit was a bit of a witch hunt.",
            "Priscilla will be auditing your replacement. I'd leave her out of it.",
        ),
        (
            "Priscilla in QI has had it in for the CHW team since the van thing.",
            "I'd leave her out of it.",
        ),
    ):
        assert K.JUDGMENT in kinds(*_COST, blame, defended, role=MENTEE), blame
    owned = "I know, and I'm sorry about the timing. I'll help hand over every patient."
    assert K.JUDGMENT not in kinds(*_COST, owned, "I'd watch how you put that.", role=MENTEE)


def test_so_two_things_names_the_ask() -> None:
    ask = "I applied last Tuesday. So, two things: a strong reference from you by Wednesday, and "
    ask += "an introduction to anybody you know over there."
    assert specific_ask(session("What's on your mind?", ask, "Okay. Wednesday.")) == [1]
    told = "I applied last Tuesday. So, two things: I'm nervous, and I'm behind on notes."
    assert specific_ask(session("What's on your mind?", told, "Okay.")) == []


def test_too_soft_labels_and_when_i_took_over_tells_ones_own_story() -> None:
    lines = [
        "Crew's fine.",
        "Be honest with me, are you too soft on them?",
        "Depends who's asking.",
    ]
    assert K.JUDGMENT in kinds(*lines)
    asked = ["Crew's fine.", "What makes it fine, would you say?", "They know me."]
    assert K.JUDGMENT not in kinds(*asked)
    assert story_cues.SELF_STORY.search(
        "When I took over the DC I had the lads in line within a month."
    )
    assert not story_cues.SELF_STORY.search("When you took over the line, what changed first?")


def test_work_handed_off_to_someone_else_is_advice() -> None:
    lines = [
        "Nine's been throwing short shots. I think it's a heater band.",
        "See, that's the first thing. Leave the heater bands to maintenance. A supervisor stops "
        "being an operator.",
        "Okay.",
    ]
    assert K.PREMATURE_ADVICE in kinds(*lines)
    asked = [
        "Nine's been throwing short shots. I think it's a heater band.",
        "A heater band. What makes you think it's that, rather than the mould?",
        "The pattern. Zone three runs cold.",
    ]
    assert K.PREMATURE_ADVICE not in kinds(*asked)
