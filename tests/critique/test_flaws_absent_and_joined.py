"""From expert-79's missed judgment near-miss: someone absent called "a bit of a drama
merchant", said to be hiding behind an outage or to escalate everything, and stood up for
("She isn't a drama merchant.", "I won't kick someone who's not in the room.") is a judgment;
and a concrete ask joined to a plea ("could you join the start of Thursday's call and tell me
what to say about dates?") is still a specific ask."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE
OPENING = "Come in. I've got the budget open, so I'm half in it. What's on your mind?"


def test_someone_absent_labelled_and_stood_up_for_is_judged() -> None:
    labelled = [
        OPENING,
        "It's the Thursday call with their ops lead, Ruth. Honestly, Ruth's a bit of a drama "
        "merchant; she escalates everything.",
        "Ruth? I worked with her for years. She isn't a drama merchant. She hates surprises.",
    ]
    assert K.JUDGMENT in kinds(*labelled, role=MENTEE)
    hiding = [
        OPENING,
        "The date keeps slipping, which is really Tomas hiding behind the outage.",
        "Tomas isn't hiding. His team lost a whole weekend to that outage.",
    ]
    assert K.JUDGMENT in kinds(*hiding, role=MENTEE)
    kicked = [
        OPENING,
        "I only went to his engineers because he's been stonewalling me for a month.",
        "Mm. I won't sit here and kick someone who's not in the room.",
    ]
    assert K.JUDGMENT in kinds(*kicked, role=MENTEE)
    described = [
        OPENING,
        "It's the Thursday call with their ops lead, Ruth. She's careful and she hates "
        "surprises, so I want it right.",
        "Ruth? I worked with her for years. She isn't one to make a fuss.",
    ]
    assert K.JUDGMENT not in kinds(*described, role=MENTEE)


def test_a_concrete_ask_beside_a_plea_is_still_specific() -> None:
    context = (
        "Their ops lead wants a call on Thursday about the reminders, which have slipped twice. "
        "I've written a plan and drafted an email I haven't sent."
    )
    joined = [
        OPENING,
        f"{context} What I'd like: could you join the start of Thursday's call and tell me what "
        "to say about dates?",
        "I can sit in for the first fifteen minutes.",
    ]
    assert specific_ask(session(*joined)) == [1]
    plea = [OPENING, f"{context} Could you just tell me what to say?", "Say about what?"]
    assert specific_ask(session(*plea)) == []


def test_a_word_and_its_s_before_a_put_down_of_someone_absent() -> None:
    """ "staging's a joke" and "that change's reckless" were never matched: the pattern's bare
    "'s" could not start after a word, so only "is a joke" and "was reckless" were read."""
    joke = [
        OPENING,
        "Honestly, their release process's a joke, and Tomas's team is the reason.",
        "I won't sit here and kick someone who's not in the room.",
    ]
    assert K.JUDGMENT in kinds(*joke, role=MENTEE)
    reckless = [
        OPENING,
        "Pushing that change on a Friday, Tomas's plan's reckless.",
        "Careful. Tomas isn't here to answer that.",
    ]
    assert K.JUDGMENT in kinds(*reckless, role=MENTEE)
