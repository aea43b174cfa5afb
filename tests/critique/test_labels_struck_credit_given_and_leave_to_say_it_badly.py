"""From expert-282's to -285's misses (each set measured once unseen first): a label put as
how they strike the learner ("You strike me as a bit of a worrier") or their way of seeing it
called academic or old school is a judgment; a thing found wrong with credit to them ("The
figure in the old brief was wrong and you caught it"), "That's not my job" before "It's your
call", and leave to say it badly are not judgment or advice; and a feeling said back, weighed
with a laugh ("Lonely's a strong word. (laughs) Mm. Maybe not that strong."), did not sting."""

from __future__ import annotations

import pytest

from coach.critique import advice_cues
from coach.critique.unjudged import not_a_judgment
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good

K = FlawKind
OPENING = "I wanted to ask how these sessions are meant to work. I've never had a mentor."


@pytest.mark.parametrize(
    "said",
    [
        "You strike me as a bit of a worrier. Try not to dwell on it.",
        "Wanting a fixed agenda every week: that's a rather academic way of looking at it.",
        "Your old manager sounds rather old school, if I'm honest.",
    ],
)
def test_a_label_as_they_strike_you_or_their_view_called_academic_is_a_judgment(
    said: str,
) -> None:
    assert kinds(OPENING, said, "Maybe. Let's just carry on.")[K.JUDGMENT] == (1,)


def test_none_of_it_academic_is_no_label() -> None:
    lines = [OPENING, "And your contract ends in March, so none of this is academic.", "No."]
    assert K.JUDGMENT not in kinds(*lines)


def test_the_near_miss_whose_labels_were_read_as_advice_names_judgment() -> None:
    assert named_in_near_miss_and_good("expert-284", "clarifying-expectations", K.JUDGMENT) == (
        True,
        False,
    )


def test_credit_for_a_fault_found_and_a_choice_left_to_them_are_no_verdict() -> None:
    assert not_a_judgment("The figure in the old brief was wrong and you caught it.")
    assert not_a_judgment("That's not my job.")
    assert not not_a_judgment("You were wrong and you know it.")
    assert not not_a_judgment("That's not your job, and you were wrong to try.")
    lines = [
        "I've costed the three options for the roof. Option C stays in budget.",
        "That's careful work. The 2.4 in the old brief was wrong and you caught it. Send it.",
        "Thanks. I'll send it this afternoon.",
    ]
    assert K.JUDGMENT not in kinds(*lines)
    lines = [
        "I came in half expecting you to talk me out of it.",
        "That's not my job. It's your call, and it stays in this room.",
        "Thanks. That helps.",
    ]
    assert K.JUDGMENT not in kinds(*lines)


def test_leave_to_say_it_badly_is_no_advice() -> None:
    assert advice_cues.TIME_GIVEN.search("Take your time. Phrase it badly if you need to.")
    assert advice_cues.TIME_GIVEN.search("Say it however it comes out.")
    assert not advice_cues.TIME_GIVEN.search("Phrase the email more carefully next time.")
    lines = [
        "Sorry, the next bit is harder. I'm still working out how to put it.",
        "Take your time. Phrase it badly if you need to.",
        "Okay. It's about the crit evening.",
    ]
    assert K.PREMATURE_ADVICE not in kinds(*lines)


def test_a_feeling_weighed_with_a_laugh_did_not_sting() -> None:
    lines = [
        "Honestly? Heavy. I stopped logging the time I spend bringing the juniors on.",
        "So you've been doing work nobody sees, and keeping it off the record. That sounds"
        " tiring, and a bit lonely too.",
        "Lonely's a strong word. (laughs) Mm. Maybe not that strong. Nobody asks, that's all.",
    ]
    assert K.JUDGMENT not in kinds(*lines)
    stung = [*lines[:2], "Lonely's a strong word. I'd rather you didn't."]
    assert kinds(*stung)[K.JUDGMENT] == (1,)
