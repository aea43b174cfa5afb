"""From expert-71's misses: sayings met with nothing but nods, questions that only ask about
what was said, a goodbye that sets no step, a time given as the yes, time to speak at their
own pace, a step put as where it will be."""

from __future__ import annotations

from coach.critique.advising import advised
from coach.critique.detectors import next_step_agreed
from coach.critique.saying_back import said_back
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
OPENING = "After the second evening I sat in my car for twenty minutes before I could drive."


def test_sayings_met_with_nothing_but_nods_are_stock_phrases() -> None:
    lines = [
        OPENING,
        "Well, the best lessons are usually the ones that leave a bruise. Every seasoned "
        "designer has a night in the car park somewhere in their story.",
        "Yes. I suppose.",
        "No need to borrow tomorrow's weather.",
        "Okay. Understood.",
    ]
    assert kinds(*lines)[K.STOCK_PHRASES] == (1, 3)
    lines[2] = "Yes. I suppose it's my registration I keep coming back to."
    assert K.STOCK_PHRASES not in kinds(*lines)  # a nod opening what they go on to tell


def test_a_courtesy_and_a_question_in_their_words_or_an_invitation_is_no_saying_back() -> None:
    asked = session(
        "I've got a note about how we use the hour. I'd like to get to it properly.",
        "Please do. How do you see the way we use the hour?",
        "We end up on your stories.",
    )
    invited = session(
        "I've written some notes, so forgive me if I read from my notes a bit.",
        "Read from your notes as much as you want.",
        "Okay.",
    )
    heard = session(
        "I've got a note about how we use the hour. I'd like to get to it properly.",
        "You want the hour used properly, not squeezed. How do you see it?",
        "Yes.",
    )
    assert not said_back(asked, 1)
    assert not said_back(invited, 1)
    assert said_back(heard, 1)


def test_a_goodbye_sets_no_step_and_a_time_given_is_the_yes() -> None:
    farewell = session(OPENING, "That sounds sensible. See you next month.", "Yeah. Thanks.")
    timed = session(
        OPENING,
        "So tables and the model instead of slides. When could you send me a draft?",
        "By Monday. Thank you.",
    )
    assert next_step_agreed(farewell) == []
    assert next_step_agreed(timed) == [1]


def test_their_own_pace_is_no_advice_and_a_step_can_be_where_it_will_be() -> None:
    paced = session(OPENING, "The rest can wait. Take it at whatever pace suits you.", "Okay.")
    assert advised(paced) == []
    lines = [
        "Send me the posting and your numbers tonight.",
        "Got it. Posting and numbers will be in your inbox before I leave the building.",
        "Okay. Go home and get some sleep.",
    ]
    assert next_step_agreed(session(*lines)) == [1]
