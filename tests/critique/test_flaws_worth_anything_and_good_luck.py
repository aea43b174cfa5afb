"""From expert-101's misses: "it's worth anything" advises nothing (its "-ing" word is
"anything"), and "Tell me about this changeover" hands them the floor; "Good luck on
Thursday." says goodbye, it sets no step, and a step the counterpart names after "Keep me
posted." only goes along with a plan left vague."""

from __future__ import annotations

from coach.critique import advice_cues
from coach.critique.next_step import next_step_agreed
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind


def test_worth_anything_and_tell_me_about_advise_nothing() -> None:
    assert not advice_cues.ADVICE.search("It has to hold before it's worth anything, agreed.")
    assert advice_cues.ADVICE.search("It's worth asking Linda before Thursday.")
    assert advice_cues.TIME_GIVEN.search("Tell me about this changeover you're heading back for.")
    lines = [
        "Nothing's missing. We'll see how it holds up.",
        "It has to hold before it's worth anything, agreed. Tell me about this changeover you're "
        "heading back for. What's going on with nine?",
        "Nine's been throwing short shots since Monday.",
    ]
    assert K.PREMATURE_ADVICE not in kinds(*lines)


_LEAVING = [
    "I've been looking at other jobs.",
    "What's brought this on?",
    "The hub. And there's a second interview next Thursday.",
    "So the job has shifted from helping people to hitting a number, and Thursday is close.",
    "Yes. That's fair.",
]


def test_good_luck_and_keep_me_posted_set_no_step() -> None:
    vague = [
        *_LEAVING,
        "There's no need to decide anything today. Let's see how Thursday goes.",
        "I suppose. If they offer it, they'll want an answer inside a week.",
        "You'll know more after Thursday. Keep me posted.",
        "Right. I'll message you after, I suppose.",
        "Great. Good luck on Thursday.",
        "Thanks. I'd better get back.",
    ]
    assert next_step_agreed(session(*vague)) == []
    assert K.NO_NEXT_STEP in kinds(*vague)
    booked = [
        *_LEAVING,
        "What would be useful before Thursday?",
        "I'll sit down with Dan on Sunday with the numbers.",
        "Good. Shall we meet on Friday at ten, after the interview?",
        "Yes. Friday at ten.",
    ]
    assert next_step_agreed(session(*booked))
