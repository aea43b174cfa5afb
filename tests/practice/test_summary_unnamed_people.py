"""From counterpart-138's misses (measured once unseen first): a summary that has someone the
scenario knows, under a title, do what the persona told of another ("So Mr Dunleavy's asked for
a meeting" after "Jayden's mum wants to talk about the detentions") is corrected, though the
name is the scenario's own; someone either side has already named is not made up."""

from __future__ import annotations

from coach.practice.summary_check import changes_a_detail

HISTORY = [
    "Oh yeah. Sorry. Jayden's mum wants to talk about the detentions he keeps getting. Monday"
    " after school.",
    "Talking over me, mostly. Winding Kacper up. He's not a bad kid.",
]
KNOWN = "Mr. Dunleavy rated her behaviour management as requiring improvement."


def test_someone_nobody_has_named_is_put_right_though_the_scenario_knows_them() -> None:
    claim = "So Mr Dunleavy's asked for a meeting about Jayden's detentions on Monday after school."
    assert changes_a_detail(claim, HISTORY, KNOWN)
    right = "So Jayden's mum has asked for a meeting about his detentions on Monday after school."
    assert not changes_a_detail(right, HISTORY, KNOWN)


def test_someone_already_named_either_side_is_not_made_up() -> None:
    told = [*HISTORY, "And Mr. Dunleavy's second observation is on Thursday."]
    claim = "So Jayden's mum wants a meeting, and Mr. Dunleavy observes you on Thursday."
    assert not changes_a_detail(claim, told, KNOWN)
    learner = ["Is Mr Dunleavy's observation still on Thursday?"]
    assert not changes_a_detail(claim, HISTORY, KNOWN, learner)
