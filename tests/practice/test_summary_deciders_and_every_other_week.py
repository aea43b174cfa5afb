"""From counterpart-282's and -287's misses (each set measured once unseen first): a call the
persona said one person made, given in a summary to another ("putting the engine first was
Gareth's decision" after "Marcus made that call after March"), is put right by name; and
"every second week" is every two weeks, not one ("Not quite: every second week, not every
fortnight" corrected a summary that had it right)."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_lengths import changes_a_length
from coach.practice.summary_told import another_decider

CALL = [
    "I can join the first ten minutes. I can't overrule Priya and I can't give them a date.",
    "The platform work comes first; Tomasz made that call after the outage and I backed it.",
]


def test_a_call_given_to_someone_else_is_put_right() -> None:
    claim = "So the platform work first was Priya's decision after the outage, and you backed it."
    assert another_decider(claim, CALL) == ("Tomasz", "Priya")
    assert wrong_detail(claim, CALL) == ("Tomasz", "Priya")


def test_the_right_decider_or_a_call_on_other_things_is_left_alone() -> None:
    assert another_decider("So the platform work first was Tomasz's call.", CALL) is None
    assert another_decider("So choosing the venue was Priya's decision.", CALL) is None
    # a meeting named by its day is no one's decision
    claim = "So the platform work first, and Thursday's call after the outage."
    assert another_decider(claim, CALL) is None


def test_every_second_week_is_a_fortnight() -> None:
    heard = ["Half an hour every second week, with a purpose, would mean a lot."]
    assert not changes_a_length("So half an hour every fortnight, with a purpose.", heard)
    assert changes_a_length("So half an hour every week, with a purpose.", heard)
