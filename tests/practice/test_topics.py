"""The topic of a short question, for the practice hints."""

from __future__ import annotations

import pytest

from coach.practice.topics import topic


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Did you finish the report yet?", "the report"),
     ("Have you spoken to Margit?", "Margit"),
     ("Did you read the email from Farah Siddiqui?", "Farah Siddiqui"),
     ("Are you happy with how the coffees have been going?", "the coffees"),
     ("Is it hard?", None),
     # a pronoun ending a clause is no determiner, nor is a phrase cut after its preposition
     ("Would you still want to meet her, though?", None),
     ("Would Thursday work to send me your first go at it?", "your first go"),
     ("Can you look over the timeline for me?", "the timeline"),
     # a capital after a full stop starts a sentence; it is no name
     ("Right. So what I'll do tonight is cut it down and send it over.", None),
     ("Okay. So you spoke to Farah Siddiqui?", "Farah Siddiqui")],
)  # fmt: skip
def test_topic_is_the_last_noun_phrase(sentence: str, expected: str | None) -> None:
    assert topic(sentence) == expected
