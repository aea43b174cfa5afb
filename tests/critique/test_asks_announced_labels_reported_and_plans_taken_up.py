"""From expert-286's and -287's misses (each set measured once unseen first): an ask announced
before the case ("I've got one specific ask, and then I'd like your view.") met with "What's
the ask?" is no vague ask; a label someone else put on them, reported ("somebody turned it
into a line saying you were unreliable"), is no judgment of the learner's; and "That sounds
like a plan that's yours." takes up the steps the counterpart just named."""

from __future__ import annotations

from coach.critique import asking_cues, step_reactions
from coach.critique.unjudged import not_a_judgment
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_an_ask_announced_before_the_case_is_no_vague_ask() -> None:
    assert asking_cues.EXPLAINS.search("I've got one specific ask, and then I'd like your view.")
    assert not asking_cues.EXPLAINS.search("I've got one ask: can you join the call?")
    lines = [
        "Come in. We've got twenty minutes. What's on your mind?",
        "Thanks. The client wants to talk on Thursday and may not renew; the reminders slipped"
        " twice since the team moved onto the engine work. I've got one specific ask, and then"
        " I'd like your view.",
        "Okay. Go on. What's the ask?",
        "Would you join the first part of Thursday's call, and read my one-page plan before then?",
        "Right, that's an ask. Yes to the first fifteen minutes.",
    ]
    assert K.VAGUE_ASK not in kinds(*lines, role=LearnerRole.MENTEE)


def test_a_label_someone_else_put_on_them_is_reported_not_given() -> None:
    assert not_a_judgment(
        "You looked after your mother, and somebody turned it into a note saying you were"
        " unreliable."
    )
    assert not_a_judgment("They keep saying you're brilliant, and you are.")
    assert not not_a_judgment("You were unreliable, and it cost the team.")


def test_that_sounds_like_a_plan_takes_up_their_steps() -> None:
    assert step_reactions.TAKES_UP.match("That sounds like a plan that's yours.")
    assert step_reactions.TAKES_UP.match("That sounds like a plan.")
    assert not step_reactions.TAKES_UP.match("That sounds like a risk.")
    lines = [
        "I came in wanting to ask about the board, but the real thing is I'm thinking of going.",
        "Thank you for telling me. What's pulling you towards it?",
        "The job's changed since the hub. I've got an interview on Thursday.",
        "So the work you came in to do isn't the work you're doing now. What would help you"
        " between now and Thursday?",
        "I think I go on Thursday and ask what a good week looks like there. And Sunday night,"
        " Dan and me with the actual numbers.",
        "That sounds like a plan that's yours. Which of those matters most?",
        "Sunday. If the numbers don't work, the rest is a daydream.",
    ]
    assert K.NO_NEXT_STEP not in kinds(*lines)
