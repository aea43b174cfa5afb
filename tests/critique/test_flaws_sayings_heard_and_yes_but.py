"""From expert-90's and expert-91's misses: common sayings ("you live and learn", "Different
strokes", "just be yourself") and a saying the counterpart hears as one ("That's a saying.")
are stock phrases; colleagues called idle ("Ray spends half his afternoons in the break room")
and met with "Watch how you talk about them" are judged; a yes-but that acknowledges first
and argues after ("I can see it feels very different. I'd just say, in fairness to Graham...")
is defending; a mentee who answers "what's in place?" with "It's moving" holds the context
back. Not flaws: "Loggers would make the dry ponds count for something", and "doing what they
like anyway" in a reply that asks nothing."""

from __future__ import annotations

from coach.critique.case_cues import WANTS_CONTEXT
from coach.critique.defending_cues import defends
from coach.critique.judging import undenied
from coach.critique.judgment_cues import ACCUSES, LABELS_THEIR_IDEA
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_common_sayings_and_a_saying_heard_as_one() -> None:
    sayings = [
        "I'd like to start with the meeting, if that's all right.",
        "So you did the right thing for the building. Well, you live and learn, isn't it?",
        "I don't know what I'm supposed to have learned.",
        "Still, we all have our own way of working. Different strokes.",
        "It isn't a 'different strokes' thing. I work differently for a reason.",
        "Well, whatever it is, the main thing is to be authentic.",
        "That's a saying. I don't know what I'd do with it at the next client meeting.",
    ]
    assert K.STOCK_PHRASES in kinds(*sayings)
    heard = [
        "I'd like to start with the meeting, if that's all right.",
        "So you corrected a figure that was wrong, and the feedback gave you nothing to act on.",
        "Yes. That's exactly it.",
        "What would help you most in the next client meeting?",
        "Knowing the purpose of the meeting before it starts.",
    ]
    assert K.STOCK_PHRASES not in kinds(*heard)


def test_colleagues_called_idle_and_stood_up_for() -> None:
    idle = [
        "Come in. What's on your mind?",
        "I've applied for the coordinator job at St. Brendan's, and I'd like a reference.",
        "Okay. Denise and Ray will be covering your visits.",
        "They'll manage. To be fair, they don't carry half what I do anyway. Ray spends half "
        "his afternoons in the break room.",
        "Denise and Ray are about to be doing your visits on top of their own. Watch how you "
        "talk about them.",
    ]
    assert K.JUDGMENT in kinds(*idle, role=MENTEE)


def test_a_yes_but_argues_and_a_record_of_ones_own_is_no_argument() -> None:
    assert defends(
        "I can see it feels very different. I'd just say, in fairness to Graham, the eight "
        "weeks wasn't plucked out of the air."
    )
    assert not defends("In fairness to you, I said it badly. I can see why it stung.")
    assert not defends("Loggers would make the dry ponds count for something.")
    assert defends("I'd hope eighteen months of working together would count for something.")


def test_its_moving_holds_back_what_is_in_place() -> None:
    held = [
        "Come on in. Go ahead.",
        "I'm keeping the field plan. I'd really value your help making it work this summer. "
        "Would you be willing to help me with the Forest Service side?",
        "Hang on. Before I help you pull it off, show me it can be pulled off.",
        "I'd like to understand your concerns first. What worries you most?",
        "The plumbing. Structures that aren't yours and one contact at one agency.",
        "So you're worried about the parts I don't control.",
        "Right. So what's in place? I'd rather hear what you've done than what you're hoping for.",
        "I've been working on all of it, honestly. It's moving.",
        "'Moving.' That's a wish, not a plan.",
    ]
    assert K.NO_CONTEXT in kinds(*held, role=MENTEE)
    assert not WANTS_CONTEXT.search("I'll take that over somebody doing what they like anyway.")
    assert WANTS_CONTEXT.search("A coordinator doing what, for who?")


def test_not_taking_this_seriously_judges_them() -> None:
    """From expert-91's misses: "It doesn't look like you're taking this seriously." accuses
    them, whatever its "doesn't look" (the coder alone did not always read it so); "It doesn't
    sound silly" still reassures."""
    accused = "It doesn't look like you're taking this seriously."
    assert undenied(accused, ACCUSES)
    assert not undenied("It doesn't sound silly to me.", ACCUSES, LABELS_THEIR_IDEA)
    assert K.JUDGMENT in kinds(
        "Sorry, I know. I cancelled on you and I still haven't done the outline.",
        accused,
        "I am. It's been a hard few months.",
    )
