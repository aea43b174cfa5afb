"""Requests the codebook's way: leave to ask, offers and preferences are not requests."""

from __future__ import annotations

import pytest

from coach.coder.asking import corrected_requests
from coach.coder.skills import code_turn
from coach.models import Act

CONTEXT = "I don't know. The budget meeting went badly and I've not slept much since."


@pytest.mark.parametrize(
    "text",
    [
        "Can I ask what made you change your mind about the budget?",
        "Would it help if I sent you my notes from last year's round?",
        "Would you rather start with the budget or with the team?",
        "Do you want me to sit in on the next one?",
    ],
)
def test_questions_that_only_sound_like_asking_are_not_requests(text: str) -> None:
    coded = code_turn(text, CONTEXT)
    assert Act.REQUEST not in coded.acts
    assert coded.acts  # still coded as something (a question)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me the slides from the budget meeting by Friday?",
        "I want to ask you to chair Thursday's call while I'm away.",
        "What I'd like is for you to read my draft before it goes to the board.",
    ],
)
def test_asks_are_requests(text: str) -> None:
    assert Act.REQUEST in code_turn(text, CONTEXT).acts


def test_a_turn_that_offers_and_asks_keeps_its_request() -> None:
    acts = [Act.CLOSED_QUESTION, Act.REQUEST]
    text = "Would it help if I came along? And could you send me the agenda?"
    assert Act.REQUEST in corrected_requests(text, acts)


def test_dropping_a_request_from_a_question_leaves_a_closed_question() -> None:
    assert corrected_requests("Would it help if I drove?", [Act.REQUEST]) == [Act.CLOSED_QUESTION]
