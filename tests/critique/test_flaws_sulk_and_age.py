"""From expert-79's flagged good and its poor scored above its middle: "Thank you, that's very
you." thanks them; "Don't sulk.", doubting whether they are right for client meetings and
guessing a diagnosis ("you might be a bit on the spectrum") judge them; "When I was your age my
director told me..." is a story of one's own, whatever its "your"; and "I was probably a bit
blunt." owns the learner's part."""

from __future__ import annotations

from coach.critique.detectors import ownership
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
AGENDA = "I've put three items on the agenda I emailed, and I'd like to take them in order."


def test_thanks_for_something_characteristic_is_no_verdict() -> None:
    assert K.JUDGMENT not in kinds(AGENDA, "Thank you, that's very you. Let's take them.", "Good.")
    assert K.JUDGMENT in kinds(AGENDA, "An agenda. That's so you.", "Right.")


def test_sulking_fitness_and_a_guessed_diagnosis_judge_them() -> None:
    for said in (
        "Don't sulk. We'll get to your log.",
        "The real question is whether you're right for client meetings at the moment.",
        "Someone in the studio reckons you might be a bit on the spectrum.",
    ):
        assert K.JUDGMENT in kinds(AGENDA, said, "I'd rather not discuss that."), said
    kind = "The real question is what would make client meetings easier for you."
    assert K.JUDGMENT not in kinds(AGENDA, kind, "Agendas, mostly.")


def test_when_i_was_your_age_tells_ones_own_story() -> None:
    story = (
        "When I was your age my director told me I had the charm of a fire door, and I got over it."
    )
    lines = [AGENDA, story, "Fine. Noted."]
    assert kinds(*lines)[K.SELF_FOCUS] == (1,)


def test_ones_own_bluntness_owned_is_ownership() -> None:
    owned = session(AGENDA, "About the car. I was probably a bit blunt. Did it upset you?", "No.")
    assert ownership(owned) == [1]
    blamed = session(AGENDA, "About the car. You were a bit blunt with the client.", "Was I?")
    assert ownership(blamed) == []
