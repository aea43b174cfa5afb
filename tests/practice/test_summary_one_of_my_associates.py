"""From counterpart-210's misses (measured once unseen first): "Priya, one of my associates" is
a relation a summary can change ("Priya, your trainee")."""

from __future__ import annotations

from coach.practice.summary_roles import renamed_relation

PRIYA = (
    "He phoned Joel at eleven one night. And Priya, one of my associates, didn't go for "
    "'personal reasons', whatever HR wrote down. She went because of him."
)


def test_one_of_my_associates_made_a_trainee_is_corrected() -> None:
    claim = "So his calls were bad enough that Priya, your trainee, left because of him."
    assert renamed_relation(claim, [PRIYA]) == ("my associate", "your trainee")
    kept = "So his calls were bad enough that Priya, your associate, left because of him."
    assert renamed_relation(kept, [PRIYA]) is None
