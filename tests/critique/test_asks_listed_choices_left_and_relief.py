"""From expert-288's and -289's misses (each set measured once unseen first, at 7b83b442): the
asks listed after "I've come with two asks." are a specific ask; "The notes are where I fall
behind." owns a fault, no saying; "That's yours to share or not." leaves the choice with them;
"please bring the list" asks for their own agenda, no advice; and "I didn't expect that to be
so easy to say." is relief, not advice brushed off."""

from __future__ import annotations

from coach.critique import advice_cues, reactions
from coach.critique.asking import specific_ask
from coach.critique.sayings import PLATITUDE
from coach.critique.unjudged import not_a_judgment
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind


def test_the_asks_listed_after_their_announcement_are_specific() -> None:
    lines = [
        "Come in. I've got twenty minutes. What's on your mind?",
        "Thanks. The clinic at Eastgate is hiring a team lead for its outreach nurses, and I've"
        " applied. References close next Friday. So I've come with two asks. A reference from"
        " you, in by Friday. And, if you know anyone at Eastgate, an introduction.",
        "That's plain enough. Yes, I'll write it.",
    ]
    assert specific_ask(session(*lines)) == [1]
    assert K.VAGUE_ASK not in kinds(*lines, role=LearnerRole.MENTEE)
    vague = [
        *lines[:1],
        "I've come with two asks. Some help, really. And whatever you think.",
        "Oh?",
    ]
    assert specific_ask(session(*vague)) == []


def test_owning_where_one_falls_behind_is_no_saying() -> None:
    assert not PLATITUDE.search("The notes are where I fall behind.")
    assert PLATITUDE.search("Well, rough edges are where the grip is, right?")


def test_the_choice_left_with_them_and_their_agenda_asked_for() -> None:
    assert not_a_judgment("That's yours to share or not.")
    assert not not_a_judgment("That's yours to fix, and you haven't.")
    assert advice_cues.TIME_GIVEN.search("From now on, please bring the list first thing.")
    assert not advice_cues.TIME_GIVEN.search("Bring the numbers down before the audit.")


def test_relief_at_saying_it_is_not_a_brush_off() -> None:
    assert not reactions.NOT_READY.search("Thank you. I didn't expect that to be so easy to say.")
    assert reactions.NOT_READY.search("That's easy to say.")
