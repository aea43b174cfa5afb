"""From expert-84's and -85's misses: "I'm asking for two things:" and "My ask:" announce a
specific ask; a place "turned into a bit of a dead end" or people upstairs who "clearly don't
value what we do", met with "I'd watch how you put that", and a charge nurse called petty, met
with "I'm not going to make her a cartoon", judge someone absent; "Kind of? There's a bit
missing" confirms a summary's facts only; and arguing a worry down gently ("I would say,
though, that I've been very careful", "I've never seen him cross a line") is defending."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.critique.defending_cues import defends
from coach.critique.facts_cues import FACTS_ONLY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE
OPENING = "Come on in. I've got twenty minutes before I call the pharmacy. What's on your mind?"
CONTEXT = "The clinic across town has a coordinator post, and references are due next week."


def test_asking_for_two_things_and_my_ask_are_specific() -> None:
    two = f"{CONTEXT} So I'm asking for two things: a letter by Wednesday, and an introduction."
    colon = f"{CONTEXT} My ask: a reference by Wednesday and an introduction there."
    assert specific_ask(session(OPENING, two, "Yes.")) == [1]
    assert specific_ask(session(OPENING, colon, "Yes.")) == [1]
    musing = f"{CONTEXT} So I'm thinking about two things: the money, and whether I'm ready."
    assert specific_ask(session(OPENING, musing, "Go on.")) == []


def test_a_place_or_a_person_written_off_and_stood_up_for_is_judged() -> None:
    upstairs = [
        OPENING,
        "Honestly, this place has turned into a bit of a dead end since the freeze. The people "
        "upstairs clearly don't value what we do.",
        "Mm. Some of them will be juggling your visits while you're gone. I'd watch how you put "
        "that.",
    ]
    assert K.JUDGMENT in kinds(*upstairs, role=MENTEE)
    petty = [
        OPENING,
        "She sounds like a petty, small-minded woman, honestly.",
        "Hm. She was a lot of things. I'm not going to make her a cartoon.",
    ]
    assert K.JUDGMENT in kinds(*petty, role=MENTEE)


def test_a_bit_missing_confirms_facts_only() -> None:
    assert FACTS_ONLY.search("Kind of? There's a bit missing, and it's sort of the main bit.")
    assert not FACTS_ONLY.search("Kind of, yes. That's how the week went.")


def test_a_worry_argued_down_gently_is_defending() -> None:
    assert defends("I would say, though, that I've been very careful to keep the two apart.")
    assert defends("I've known Graham for twelve years and I've never seen him cross a line.")
    assert not defends("I would gently say, though, you need to start recording it.")
