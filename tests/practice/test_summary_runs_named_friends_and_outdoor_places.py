"""From counterpart-206's and -207's misses (measured once unseen first): a run told as "four
in a row" is counted ("six nights in a row" is another count of it), a relation given to a
named person is read up to the name ("your sister Kerry at Citizens Advice", not "Citizens"),
and a place someone went "to", or a park, is a place a summary can move something out of."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_counts import changed_counts
from coach.practice.summary_places import moved_place
from coach.practice.summary_roles import renamed_relation

NIGHTS = "Nights, mostly. I did four in a row this week, finished at half seven this morning."
KERRY = (
    "My friend Kerry, from school. She's at Citizens Advice in Rugby now, and she kept sending "
    "me adverts."
)
LUNCH = (
    "Last week I took my lunch to the library on Carver Street, because at one o'clock the "
    "kitchen is very loud and everyone talks over each other."
)


def test_another_count_of_a_run_is_a_changed_count() -> None:
    claim = "So you've just come off six nights in a row, and the outline is hard to get into."
    assert changed_counts(claim, NIGHTS) == [("6", "in a row", frozenset({"4"}))]
    assert changed_counts("So four nights in a row, then.", NIGHTS) == []


def test_the_run_put_right_is_said_as_each_side_put_it() -> None:
    claim = "So you've just come off six nights in a row, and the outline is hard to get into."
    assert wrong_detail(claim, [NIGHTS]) == ("four in a row", "six nights in a row")


def test_a_relation_given_to_a_named_person_is_read_up_to_the_name() -> None:
    claim = "So your sister Kerry at Citizens Advice has been sending you adverts."
    assert renamed_relation(claim, [KERRY]) == ("my friend", "your sister")
    same = "So your old friend Kerry at Citizens Advice has been sending you adverts."
    assert renamed_relation(same, [KERRY]) is None


def test_lunch_moved_from_the_library_to_the_park_is_a_moved_place() -> None:
    claim = "And eating in the park last week was about the noise in the kitchen, not about anyone."
    assert moved_place(claim, [LUNCH]) == ("the library", "the park")
    kept = "And eating at the library last week was about the noise in the kitchen."
    assert moved_place(kept, [LUNCH]) is None
