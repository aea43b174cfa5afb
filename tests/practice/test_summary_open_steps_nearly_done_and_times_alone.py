"""From counterpart-217's, -219's, -221's, -225's and -238's misses: a summary is corrected when
it says the persona decided a step it said was still open ("you're going to ask Marcus" after
"I might ask Marcus... I haven't decided that's wise yet"), or did what it nearly did and then
did not ("you told her last week" after "I nearly told Shanice last week... So I didn't."), when
it moves a time said alone to another part of the day ("next Thursday afternoon" after "They've
asked me back next Thursday. ... Ten in the morning."), and when it puts the one office the
persona placed in another town ("at their office in Birmingham" after "Their office is in
Leamington")."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_fact
from coach.practice.summary_places import moved_place
from coach.practice.summary_times import moved_time_of_day

MIGHT = [
    "Right. Two things. One, go and see Gareth in person before Thursday; that's the bit I'd "
    "definitely do. Two, I might ask Marcus whether Gareth could give even a rough window. "
    "Might. I haven't decided that's wise yet."
]
BACK_AND_FORTH = [
    "I keep going back and forth on putting the coaching down as non-chargeable, so at least "
    "it appears somewhere. I haven't made up my mind."
]
NEARLY = [
    "No. I nearly told Shanice last week, she's my most experienced officer. Then I thought, "
    "that's not fair on her. So I didn't."
]
ALONE = [
    "Honestly, 'looking' is a fudge. They've asked me back next Thursday. Midlands Money Advice "
    "Trust. It's for a service manager role. Ten in the morning."
]
OFFICE = ["The Midlands Money Advice Trust. Their office is in Leamington, by the station."]


def test_a_step_left_open_said_as_decided_is_corrected() -> None:
    assert changes_a_fact(
        "So you're going to ask Marcus for a rough window from Gareth.", MIGHT, ""
    )
    assert not changes_a_fact("So I go and see Gareth in person before Thursday.", MIGHT, "")
    decided = "So you've decided to start putting it down as non-chargeable."
    assert changes_a_fact(decided, BACK_AND_FORTH, "")
    weighing = "So you're weighing up putting it down as non-chargeable."
    assert not changes_a_fact(weighing, BACK_AND_FORTH, "")


def test_what_they_nearly_did_said_as_done_is_corrected() -> None:
    assert changes_a_fact("So Shanice knows, because you told her last week.", NEARLY, "")
    assert not changes_a_fact("So you nearly told Shanice, and decided it wasn't fair.", NEARLY, "")
    told = ["I nearly told Shanice last week, and in the end I did, on Friday."]
    assert not changes_a_fact("So you told Shanice on Friday.", told, "")


def test_a_time_said_alone_moved_to_another_part_of_the_day() -> None:
    claim = "So you've been asked back next Thursday afternoon for the service manager role."
    assert moved_time_of_day(claim, ALONE) == ("in the morning", "afternoon")
    kept = "So you've been asked back next Thursday morning for the service manager role."
    assert moved_time_of_day(kept, ALONE) is None


def test_the_one_office_placed_put_in_another_town() -> None:
    claim = "So it's the Money Advice Trust, at their office in Birmingham."
    assert moved_place(claim, OFFICE) == ("in Leamington", "the office in Birmingham")
    assert wrong_detail(claim, OFFICE) is not None
    assert moved_place("So it's the Trust, at their office in Leamington.", OFFICE) is None
