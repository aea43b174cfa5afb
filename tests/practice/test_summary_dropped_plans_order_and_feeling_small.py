"""From the misses of counterpart-200 and -201 (each measured once unseen first): a plan the
persona dropped ("I was going to print the flood maps bigger. Now I think bigger paper is not
the answer.") put back in a summary, a step that waits on another ("First you send me the
posting... Once I've read it, we sit down...") told the other way round, and a feeling of being
made small ("I feel like an intern...") summed up as another ("leaves you angry with me") are
all corrected."""

from __future__ import annotations

from coach.practice.contradiction import contradicts
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_order import reversed_steps
from coach.practice.summary_places import moved_place

DROPPED = [
    "I was going to print the flood maps bigger. Now I think bigger paper is not the answer. "
    "Maybe small tables instead of rows.",
    "I want a council officer in the room too.",
]


def test_a_dropped_plan_put_back_is_corrected() -> None:
    claim = (
        "So small tables instead of rows, someone from the council, and the flood maps "
        "printed bigger."
    )
    assert contradicts(claim, DROPPED)


def test_the_plan_left_dropped_is_not() -> None:
    assert not contradicts("So small tables instead of rows, and no bigger flood maps.", DROPPED)
    assert not contradicts("So small tables, and a council officer beside you.", DROPPED)


ORDER = [
    "Okay. Here's how I do these. First you send me the posting, tonight if you can. Once I've "
    "read it, we sit down and talk about your patients and who covers them. The letter comes "
    "after that."
]


def test_a_step_that_waits_on_another_put_first_is_corrected() -> None:
    claim = (
        "Let me check I've got the order right: first we sort out who covers my patients, then "
        "I send you the posting, and the letter comes after that. Is that right?"
    )
    assert reversed_steps(claim, ORDER)


def test_the_steps_in_their_order_are_not() -> None:
    claim = "So first I send you the posting, then we sort out who covers my patients."
    assert not reversed_steps(claim, ORDER)


SMALL = [
    "When I start describing a problem, you've usually solved it before I'm done. When you jump "
    "in, I feel like an intern who's taken a problem to a grown-up, and I stop telling you."
]


def test_feeling_made_small_summed_up_as_anger_is_corrected() -> None:
    claim = "I come in with an answer before you've finished, which leaves you angry with me."
    assert changed_feeling(claim, SMALL) == ("junior", "angry")


def test_feeling_made_small_said_back_is_not() -> None:
    claim = "I come in with an answer before you've finished, which leaves you feeling small."
    assert changed_feeling(claim, SMALL) is None


DENIED = [
    "Okay. Thanks. I'll be straight with you too: I haven't gone to Ruth or anyone else about "
    "this. I wanted to talk to you first."
]


def test_a_deed_denied_with_a_name_said_as_done_is_corrected() -> None:
    """From counterpart-202 (measured once unseen first)."""
    claim = "So you sent her the new date on Tuesday, and you've already raised it with Ruth."
    assert contradicts(claim, DENIED)
    assert not contradicts("So you haven't gone to Ruth; you came to me first.", DENIED)


def test_a_room_with_a_word_saying_which_is_a_place_the_bare_room_is_not() -> None:
    """From counterpart-202: "in the big room on three" after "in my office on five"."""
    said = ["Get it to me tonight, and we run it out loud Thursday at four, in my office on five."]
    claim = "So we run it out loud Thursday at four in the big room on three."
    assert moved_place(claim, said) == ("in my office", "in the big room")
    assert moved_place("So we run it out loud Thursday at four, in the room.", said) is None
