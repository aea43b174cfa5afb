"""From counterpart-113's misses: a summary is corrected when it moves a time given as "in by
quarter past five" to "half past five", makes "five or six" people "about a dozen", tells the
persona's "First... Then..." steps the other way round, or puts among what will be done the
thing the persona ruled out ("Not the apology, I've read that."); from counterpart-121's, or
what it ruled out beside what it meant ("Down by the floor, not upstairs"); from
counterpart-122's, a step moved to another part of the day ("tonight" to "first thing
tomorrow morning") and a thing put in another month; from counterpart-129's, a step moved to
another time of the day ("around noon" for "in the morning")."""

from __future__ import annotations

from coach.practice.contradiction import contradicts
from coach.practice.detail_fix import wrong_detail
from coach.practice.numbers import in_digits
from coach.practice.summary_check import changes_a_detail, changes_a_number
from coach.practice.summary_order import reversed_steps
from coach.practice.summary_times import (
    changes_a_time,
    moved_month,
    moved_part_of_day,
    moved_time_of_day,
)

EARLY = [
    "Six to two thirty, on paper. I'm in by quarter past five to walk the presses before the "
    "huddle."
]
ROOM = ["Most of the room was fine, really. It was five or six people, loud ones."]
STEPS = [
    "First I would like to practise with you, three plain sentences for when it gets loud. "
    "Then, once they feel natural, I show Margit the table layout, so she is not surprised."
]
RUN_ON = [
    "Two things. First, put on one sheet how you'd actually run it. I'll go through it "
    "tomorrow night and send you notes.",
    "Then, with my notes in hand, you go see Linda and tell her about Harlow.",
]
RULED_OUT = [
    "Okay. Send me two things tonight: the timeline and the link to your pull request. Not the "
    "apology, I've read that."
]


def test_a_time_given_with_by_is_moved() -> None:
    claim = "So you're in at half past five to walk the presses before the huddle."
    assert changes_a_time(claim, EARLY)
    assert wrong_detail(claim, EARLY) == ("by quarter past five", "at half past five")
    assert not changes_a_time("So you're in by quarter past five to walk the presses.", EARLY)
    # "half four" and "half past four" are the same time
    assert not changes_a_time("So we meet at half past four.", ["We meet at half four."])
    # "by" a number is no clock time unless it reads as one
    assert not changes_a_time("Attendance is down by ten.", ["Attendance is down by twelve."])


def test_a_dozen_is_a_number() -> None:
    assert in_digits("about a dozen, half a dozen, two dozen") == "about 12, 6, 24"
    assert changes_a_number("So about a dozen residents were loud and angry.", ROOM)
    assert not changes_a_number("So five or six residents were loud and angry.", ROOM)
    assert changes_a_detail("So about a dozen people were loud and angry.", ROOM, "")


def test_first_and_then_steps_told_the_other_way_round() -> None:
    claim = (
        "So you'll show Margit the table layout first, and after that we'll practise three "
        "plain sentences together."
    )
    assert reversed_steps(claim, STEPS)
    right = "So we practise three plain sentences first, and then you show Margit the layout."
    assert not reversed_steps(right, STEPS)
    # the first step runs on to the "Then": the notes come with the sheet
    flipped = (
        "So I tell Linda about Harlow myself, and after that I send you the sheet so you can "
        "send me notes."
    )
    assert reversed_steps(flipped, RUN_ON)


def test_a_step_opening_then_follows_what_the_line_told_before_it() -> None:
    """From counterpart-188 and -189 (measured once unseen first): "...I swapped it,
    re-queued every sample. That's three weeks. Then I gave Ines the new date" puts the runs
    before the date, whatever else the line told first."""
    runs = [
        "Fine. The assay column on system four was failing, and I only spotted it in the second "
        "week. I swapped it, re-queued every sample. That's three weeks. Then I gave Ines the "
        "new date."
    ]
    flipped = (
        "You sent Ines the new date on Tuesday, and it was only after that that you found the "
        "failing column and re-queued the runs."
    )
    assert reversed_steps(flipped, runs)
    right = "You found the failing column and re-queued the runs, and then you sent Ines the date."
    assert not reversed_steps(right, runs)
    gareth = [
        "Until you've sat down with Gareth. In person, not a message. Then rewrite the email "
        "from what he tells you, and send it before Thursday."
    ]
    flipped = "So I send the rewritten email first, then go and see Gareth in person."
    assert reversed_steps(flipped, gareth)
    assert not reversed_steps("So I see Gareth in person, then send the rewritten email.", gareth)


def test_what_was_ruled_out_put_among_what_will_be_done() -> None:
    claim = "So tonight I send you the timeline and my apology post, and you read them."
    assert contradicts(claim, RULED_OUT)
    assert not contradicts("So tonight I send you the timeline and the pull request.", RULED_OUT)
    assert not contradicts("So the timeline and the pull request, not the apology.", RULED_OUT)


def test_a_floor_ruled_out_on_its_own() -> None:
    """From counterpart-191 (measured once unseen first): "Then not upstairs." rules the
    offices upstairs out; a summary that puts the meetings there is corrected, one that says
    what was replaced is not."""
    floor = ["My call. Okay. Then not upstairs. If we're doing this, it's down here, after shift."]
    assert contradicts("So we meet every two weeks, up in one of the offices upstairs.", floor)
    assert not contradicts("So we meet every two weeks, down here rather than upstairs.", floor)
    assert not contradicts("So we meet every two weeks, down here after shift.", floor)


def test_what_was_ruled_out_beside_what_was_meant() -> None:
    # from counterpart-121: "Down by the floor, not upstairs where the offices are." was
    # confirmed as "we meet upstairs in the office after your shift"
    where = [
        "Maybe. If we do this, we meet after shift. Down by the floor, not upstairs where the "
        "offices are. Every two weeks."
    ]
    assert contradicts(
        "So we meet upstairs in the office after your shift, every two weeks.", where
    )
    # said as what was replaced, or not at all, it is right
    assert not contradicts("So we meet after your shift, down here rather than upstairs.", where)
    assert not contradicts("So we meet by the floor after your shift, every two weeks.", where)
    # "not really", "not since" and the like qualify; they rule nothing out
    hedged = ["I've been looking, not since long, not really, just browsing."]
    assert not contradicts("So you've been looking since spring, really just browsing.", hedged)
    # the number that was replaced, said as replaced
    notices = ["Notices go out at eight weeks now, not twelve."]
    assert not contradicts("So notices go out at eight weeks instead of twelve.", notices)
    assert contradicts("So notices go out at twelve weeks now.", notices)


def test_a_step_moved_to_another_part_of_the_day() -> None:
    # from counterpart-122: "I'll email him tonight" summed up as "you'll email him first thing
    # tomorrow morning" was confirmed
    told = [
        "Then the person you want is Tomás Reyes. I'll email him tonight and put you on copy.",
        "District work plans get locked in March.",
    ]
    moved = "So you'll email him first thing tomorrow morning and copy me."
    assert moved_part_of_day(moved, told) == ("tonight", "first thing tomorrow morning")
    assert wrong_detail(moved, told) == ("tonight", "first thing tomorrow morning")
    assert moved_part_of_day("So you'll email him this evening and copy me.", told) is None
    # another step, on another day, is no move
    assert moved_part_of_day("So I'll read the plans tomorrow morning.", told) is None


def test_a_thing_put_in_another_month() -> None:
    # from counterpart-122: "In July my mum had a stroke" summed up as "since your mum's stroke
    # in June" was confirmed; June was a month the learner had named, for something else
    told = [
        "Honestly? In July my mum had a stroke. She's living with us now; she's on a frame.",
    ]
    moved = "So since your mum's stroke in June she's been living with you."
    assert moved_month(moved, told) == ("July", "June")
    assert wrong_detail(moved, told) == ("July", "June")
    assert (
        moved_month("So since your mum's stroke in July she's been living with you.", told) is None
    )
    # another thing in another month is no move
    assert moved_month("So the study day in June went by too.", told) is None


def test_a_month_they_gave_for_something_else_is_moved_too() -> None:
    # from counterpart-130: "The hub went live in February" after "Since the hub went live in
    # January... scrolling vacancies most evenings since February" was confirmed
    told = [
        "Since the hub went live in January it's been a different job. Notices go at eight "
        "weeks, not twelve. And I've been scrolling vacancies most evenings since February."
    ]
    moved = "Let me check. The hub went live in February, and you've been looking since then."
    assert moved_month(moved, told) == ("January", "February")
    assert wrong_detail(moved, told) == ("January", "February")
    assert moved_month("So the hub went live in January.", told) is None
    # (a clause with the month of their own, sharing words with theirs, is no move)
    assert moved_month("So you've been scrolling vacancies since February.", told) is None


def test_a_step_moved_to_another_time_of_day() -> None:
    # from counterpart-129: "Monday at seven-thirty in the morning" summed up as "Monday around
    # noon" was confirmed
    told = [
        "Don't wait on him to call me. I'll phone him Monday at seven-thirty in the morning, "
        "before his huddle."
    ]
    moved = "So you'll write the letter, you'll call Curtis on Monday around noon."
    assert moved_time_of_day(moved, told) == ("in the morning", "noon")
    assert wrong_detail(moved, told) == ("in the morning", "noon")
    assert moved_time_of_day("So you'll call Curtis first thing on Monday.", told) is None
    assert moved_time_of_day("So I'll send the posting around noon.", told) is None
