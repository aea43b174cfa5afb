"""From counterpart-264's and -265's misses (each set measured once unseen first): a rank said
on its own as what someone is ("Tyler's a senior, third year on Linda's jobs.") changed in a
summary ("Tyler, who's a manager on her jobs") is put right; and a count of times said in one
word ("asked about parking twice") is compared with the persona's ("three times")."""

from __future__ import annotations

from coach.practice.numbers import counts_in_digits
from coach.practice.summary_check import changes_a_number
from coach.practice.summary_titles import retitled

SHEET = ["Okay. Priya's a junior, second year on Omar's audits. She's steady."]


def test_a_rank_said_alone_and_changed_is_put_right() -> None:
    claim = "and Omar has pencilled in Priya, who's a manager on his audits"
    assert retitled(claim, SHEET) == ("a junior", "a manager")


def test_a_rank_kept_or_a_rank_beside_a_title_is_left_alone() -> None:
    assert retitled("and Priya, who's a junior on his audits, is pencilled in", SHEET) is None
    said = ["Priya's a senior manager now, on Omar's audits."]
    assert retitled("and Priya, who's a senior on his audits", said) is None


def test_twice_is_two_times_beside_three_times() -> None:
    assert counts_in_digits("He asked twice.") == "He asked 2 times."
    said = ["One man, Mr. Osei, asked about the bins three times. Each answer shorter."]
    assert changes_a_number("and Mr. Osei asked about the bins twice", said)
    assert not changes_a_number("and Mr. Osei asked about the bins three times", said)
