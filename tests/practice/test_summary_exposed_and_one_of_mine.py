"""From counterpart-210's and -211's misses (measured once unseen first): feeling "exposed" is
a feeling a summary can get wrong ("you felt angry"), and "Priya, one of my associates" a
relation ("Priya, your trainee")."""

from __future__ import annotations

from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_roles import renamed_relation

EXPOSED = "Honestly? I felt exposed. Like standing on a stage where everyone can see you."
PRIYA = (
    "He phoned Joel at eleven one night. And Priya, one of my associates, didn't go for "
    "'personal reasons', whatever HR wrote down. She went because of him."
)


def test_feeling_exposed_summed_up_as_anger_is_corrected() -> None:
    claim = "So up at the front you felt angry, and afterwards you sat in the car."
    assert changed_feeling(claim, [EXPOSED]) == ("exposed", "angry")
    assert changed_feeling("So up at the front you felt exposed.", [EXPOSED]) is None


def test_one_of_my_associates_made_a_trainee_is_corrected() -> None:
    claim = "So his calls were bad enough that Priya, your trainee, left because of him."
    assert renamed_relation(claim, [PRIYA]) == ("my associate", "your trainee")
    kept = "So his calls were bad enough that Priya, your associate, left because of him."
    assert renamed_relation(kept, [PRIYA]) is None
