"""From counterpart-118's and -119's misses: a summary that gives someone another surname than
the one the persona gave ("Tomás Ramírez" where only "Tomás Reyes" was said, accents and all)
is corrected and the name put right; "one associate down" counts no associates; and "from
twelve weeks to eight" says eight weeks, so it is not corrected to eight."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_detail
from coach.practice.summary_counts import changed_counts
from coach.practice.summary_renamed import renamed

STUDENT = ["My old student Tomás Reyes is the district hydrologist now. Email him tonight."]


def test_another_surname_after_the_same_first_name_is_put_right() -> None:
    claim = "So you'll email your former student Tomás Ramírez tonight and copy me."
    assert changes_a_detail(claim, STUDENT, "")
    assert wrong_detail(claim, STUDENT) == ("Tomás Reyes", "Tomás Ramírez")
    assert not changes_a_detail("So you'll email Tomás Reyes tonight.", STUDENT, "")
    assert renamed("So Farah Siddiqui's team hires in January.", ["Farah Siddiqui"]) is None
    # (a surname with no first name of its own heard stands for nobody put right)
    assert renamed("So Dale Hughes retired.", STUDENT) is None


def test_people_down_or_short_are_a_difference_not_a_headcount() -> None:
    heard = "I've got three associates and a trainee. Down from four associates in the summer."
    assert changed_counts("So you're one associate down since the summer.", heard) == []
    assert changed_counts("So you've got two associates now.", heard)
    # (time is how long, whatever follows: "eleven minutes down")
    assert changed_counts("It was down for eleven minutes.", "Memphis was thirty minutes down.")


def test_a_second_number_with_its_unit_left_off_is_said_too() -> None:
    heard = "A notice used to go out at twelve weeks of arrears. Now it's eight weeks."
    assert changed_counts("So notices come forward from twelve weeks to eight.", heard) == []
    told_eight = "Notices go out at eight weeks now."
    assert changed_counts("So notices come forward from twelve weeks to eight.", told_eight) == []
    assert changed_counts("So notices come forward from twelve weeks to six.", told_eight)
