"""From expert-162's miss (a good transcript flagged for premature advice): an instruction the
learner quotes, the sentence going on past the closing quote ('"Read the room" wasn't.'), is
the words mentioned, not advice given; an instruction said outright still is."""

from __future__ import annotations

from coach.critique.advising import advised
from tests.critique.conversation import session

OWNED = (
    "That's a better piece of feedback than the one I gave you. Let me make mine concrete, "
    "because it was vague and that's on me. If I'd said, \"let her finish, then show the "
    'figure", that would have been something you could use. "Read the room" wasn\'t. What '
    "works for you in meetings?"
)


def test_an_instruction_quoted_is_no_advice() -> None:
    talk = session("Confusing is the right word. I wasn't upset, I was confused.", OWNED, "Okay.")
    assert advised(talk) == []


def test_an_instruction_said_outright_still_is() -> None:
    told = OWNED.replace('"Read the room" wasn\'t.', "Read the room next time.")
    talk = session("Confusing is the right word. I wasn't upset, I was confused.", told, "Okay.")
    assert advised(talk) == [1]
