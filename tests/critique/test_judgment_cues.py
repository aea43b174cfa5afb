"""The judging phrases read alone: a verdict on the counterpart's choice and what is not one."""

from __future__ import annotations

import pytest

from coach.critique.judgment_cues import LABELS_THEIR_IDEA, POLITE_JUDGMENT, SOFT_LABEL
from coach.critique.verdicts import verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "I think leaving that time off was the wrong call.",
        "Not raising it sooner was a mistake, I think.",
        "If I'm honest, I think keeping it from everyone here was probably the wrong choice.",
        "Going it alone on the Kelso audit was not a good idea.",
    ],
)
def test_a_verdict_on_their_choice(sentence: str) -> None:
    assert verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "So you think leaving that time off was a mistake?",  # their verdict, said back
        "I don't think leaving it off was a mistake.",  # denied
        "Not checking in with you sooner was my mistake, honestly.",  # the learner's own
        "Nothing you were doing was a mistake.",
        "Asking for help is not a mistake.",
        "Going to Leeds was the right call.",
    ],
)
def test_not_a_verdict_on_their_choice(sentence: str) -> None:
    assert not verdict(sentence)


def test_very_like_you_is_a_judgment_of_character_but_like_you_said_is_not() -> None:
    assert POLITE_JUDGMENT.search("It's very like you, if you don't mind my saying.")
    assert not POLITE_JUDGMENT.search("That's so like you said before: the hours come first.")


def test_so_you_and_a_bit_of_a_worrier_are_labels_for_the_listener() -> None:
    assert POLITE_JUDGMENT.search("That's so you, honestly, and I mean it in the nicest way.")
    assert not POLITE_JUDGMENT.search("It's so you can get the grant in on time.")
    assert SOFT_LABEL.search("You're a bit of a worrier, aren't you?")
    assert not SOFT_LABEL.search("You're worried about March.")


def test_judgments_of_their_choices_wrapped_in_politeness() -> None:
    hindsight = "I would gently observe that it might have served you better to stop me sooner."
    assert verdict(hindsight)
    assert verdict("It would have been better if you had told me in May.")
    assert not verdict("It would have been better if I had stopped and asked you.")
    assert POLITE_JUDGMENT.search("I mean it kindly, but you do seem to carry things alone.")
    route = "A draft to the coordinator feels like a rather conflict-avoidant route."
    assert LABELS_THEIR_IDEA.search(route)
    assert not LABELS_THEIR_IDEA.search("It feels like a rather long route to the station.")
