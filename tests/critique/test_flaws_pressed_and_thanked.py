"""From expert-98's misses: a step pressed for ("When? It has to be before Thursday.", "'See
what I can do' isn't a plan.") and answered "I'll see what I can do" is put off; one's own
promise "from now on any feedback from me comes as..." is no control taken; "Don't make me
teary at my desk." takes a turn well; "That's very like you." in a turn that thanks them is
praise; and "I've got two things to ask you. First, a reference letter by Wednesday." asks."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.critique.next_step import next_step_agreed
from coach.critique.plan_cues import VAGUE_PLAN
from coach.critique.step_reactions import ASKS_FOR_PLAN
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE

_TERMS = [
    "Come on in. What's up?",
    "Thursday's panel staffs Dunmore. I'm asking you to put my name forward, and I own Harlow.",
    "Okay. You heard that without arguing. So here's what it would take. I'd nominate you "
    "Thursday and manage the job myself. Twenty minutes with me each Monday. And you tell Linda "
    "about Harlow yourself before the panel sits.",
    "So: you'd nominate me with you as manager, we meet twenty minutes every Monday, and I tell "
    "Linda about Harlow myself before Thursday.",
    "That's it exactly. Linda's out till Wednesday afternoon, so there's one window.",
]


def test_a_step_pressed_for_and_met_with_see_what_i_can_do_is_put_off() -> None:
    vague = [
        *_TERMS,
        "Okay. I'll work out how best to approach Linda.",
        "When? It has to be before Thursday.",
        "Right. I'll try to find a moment. I'll see what I can do.",
        "Hm. 'See what I can do' isn't a plan.",
        "I understand. Let's see how the week goes.",
        "Okay. Let me know.",
    ]
    assert K.NO_NEXT_STEP in kinds(*vague, role=MENTEE)
    assert ASKS_FOR_PLAN.search("When? It has to be before Thursday.")
    assert ASKS_FOR_PLAN.search("Hm. 'See what I can do' isn't a plan.")
    assert not ASKS_FOR_PLAN.search("When you see her, say it plainly.")
    assert VAGUE_PLAN.search("I'll work out how best to approach Linda.")
    assert VAGUE_PLAN.search("I'll see what I can do.")
    booked = [
        *_TERMS,
        "Then I'll email Linda's assistant tonight for fifteen minutes on Wednesday after four.",
        "Good. That's the one window.",
    ]
    assert K.NO_NEXT_STEP not in kinds(*booked, role=MENTEE)


def test_ones_own_promise_from_now_on_is_no_control_taken() -> None:
    lines = [
        "Three items on the agenda: the spec, my log, the feedback.",
        "So the feedback in the car gave you nothing to act on. What would help?",
        "Agendas the day before. I'll ask Dev for the next one myself, and send you a page on "
        "what I need by Friday.",
    ]
    promise = "That works. And from now on any feedback from me comes as the sentence and a "
    promise += "better sentence."
    assert next_step_agreed(session(*lines, promise, "Thank you.")) == [3]
    ruled = "That works. And from now on every agenda goes through me first."
    assert next_step_agreed(session(*lines, ruled, "Fine.")) == []


_PHYLLIS = [
    "Come on in. What's on your mind?",
    "I've applied to Home Bridge. Can I ask how you handled it when you wanted to move on?",
    "Back in 2006 my charge nurse sat on my transfer papers for fourteen months. Some part of me "
    "came in this morning tempted to be her.",
]


def test_being_moved_is_taking_it_well() -> None:
    lines = [
        *_PHYLLIS,
        "Fourteen months with your paper on a desk. That's a long time to be told you're too "
        "valuable to let go.",
        "Well. Don't make me teary at my desk. Now, you said Curtis Bell?",
    ]
    assert K.JUDGMENT not in kinds(*lines, role=MENTEE)


def test_thats_very_like_you_in_thanks_is_praise() -> None:
    thanked = "[pause] Thank you for telling me, and for how you told me. You kept it to "
    thanked += "yourself so it wouldn't turn into a hook. That's very like you."
    reply = "Supervising old peers is hard."
    assert K.JUDGMENT not in kinds(*_PHYLLIS, thanked, reply, role=MENTEE)
    jab = "You kept it to yourself until it suited you. That's very like you."
    assert K.JUDGMENT in kinds(*_PHYLLIS, jab, reply, role=MENTEE)


def test_two_things_to_ask_announces_an_ask() -> None:
    ask = "So I've got two things to ask you. First, a reference letter by Wednesday. Second, an "
    ask += "introduction to anyone you know at St. Brendan's."
    assert specific_ask(session("What's on your mind?", ask, "Okay. Yes.")) == [1]
    musing = "So I've got two things on my mind. The job, and whether I'm ready."
    assert specific_ask(session("What's on your mind?", musing, "Go on.")) == []
