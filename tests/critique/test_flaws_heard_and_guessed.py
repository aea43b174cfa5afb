"""Flaws from expert-66's misses: someone absent run down in more words, sayings of comfort,
the learner's own mind given as an answer, their fear and their need said back."""

from __future__ import annotations

from coach.critique.advising import advised
from coach.critique.detectors import reflection
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE
OPENING = "Go on, what's on your mind?"


def test_more_ways_of_running_someone_absent_down_and_of_standing_up_for_them() -> None:
    for put_down, reply in (
        ("Honestly, Gareth won't commit to anything.", "Gareth's not difficult. He's careful."),
        (
            "If his team could be a bit less precious about the engine, I'd have a date.",
            "Mm. I won't pile on somebody who isn't here.",
        ),
        (
            "Her emails read as pretty unreasonable, honestly.",
            "I'd be careful saying that outside this room. She's not being unreasonable.",
        ),
    ):
        assert kinds(OPENING, put_down, reply, role=MENTEE)[K.JUDGMENT] == (1,), put_down
        assert K.JUDGMENT not in kinds(OPENING, put_down, "Okay. What else?", role=MENTEE)


def test_sayings_of_comfort_put_where_their_story_was_are_stock_phrases() -> None:
    found = kinds(
        "With an angry room my English gets small. The technical words are a handrail.",
        "Honestly, that's such a human thing, and nobody's expecting perfection.",
        "Also, the registration is in my head.",
        "Please don't let that keep you up at night. The door's always open.",
        "The flood model, there are things in it I still carry.",
        "Every challenge is an opportunity in disguise.",
        "Thank you.",
    )
    assert found[K.STOCK_PHRASES] == (1, 3, 5)


def test_the_learners_own_mind_given_against_their_fear_is_no_saying_back() -> None:
    talk = session(
        "That you'd changed your mind about me. Had a proper look and thought, no, she's not "
        "educator material. Daft, I know. After that I couldn't face opening the outline.",
        "I haven't had second thoughts. I put you forward because of how you teach, and that "
        "hasn't changed. What else has been getting in the way since July?",
        "Home, mostly.",
    )
    heard = session(
        "That you'd changed your mind about me. Thought she's not educator material.",
        "You thought I'd changed my mind about you being educator material.",
        "Yes.",
    )
    assert reflection(talk) == [] and reflection(heard) == [1]


def test_their_fear_said_back_is_no_label_and_their_need_guessed_is_no_advice() -> None:
    feared = kinds(
        "Things at home are a lot. I don't want it coming out as an excuse.",
        "You're worried that whatever's happening at home will sound like an excuse.",
        "My mum had a stroke in July.",
    )
    labelled = kinds(
        "Things at home are a lot.",
        "Honestly, that sounds like an excuse.",
        "Oh.",
    )
    assert K.JUDGMENT not in feared and labelled[K.JUDGMENT] == (1,)
    guessed = session(
        "I send things the second they're done. I never thought about getting them.",
        "By the time you hit send I'd guess you just need someone to tell you it's good enough.",
        "Ha. Yeah.",
    )
    told = session("I send things the second they're done.", "You just need to stop.", "Oh.")
    assert advised(guessed) == [] and advised(told) == [1]
