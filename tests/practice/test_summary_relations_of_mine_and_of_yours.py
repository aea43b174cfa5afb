"""A relation told as "X of mine" after the name ("Tomás Reyes. Former master's student of
mine") and given back as "X of yours" ("Tomás Reyes..., he was a colleague of yours") is a
relation a summary can change (from counterpart-199, measured once unseen first)."""

from __future__ import annotations

from coach.practice.summary_roles import renamed_relation

SAID = [
    "Wait. Dale retired? Then you want Tomás Reyes. Former master's student of mine, district "
    "hydrologist out there now. Anything to do with post-fire channels reaches him first."
]


def test_another_relation_of_yours_is_corrected() -> None:
    claim = (
        "Let me make sure I've got it: Tomás Reyes is the district hydrologist there now, he was "
        "a colleague of yours back at Colorado State, and you'll email him tonight."
    )
    assert renamed_relation(claim, SAID) == ("my former master's student", "your colleague")


def test_the_same_relation_of_yours_is_not() -> None:
    claim = "So Tomás Reyes, a former master's student of yours, is the district hydrologist."
    assert renamed_relation(claim, SAID) is None


def test_a_pronoun_after_another_name_is_not_read_as_the_first() -> None:
    claim = "So Tomás Reyes is the hydrologist, and Dale, he was a colleague of yours."
    assert renamed_relation(claim, SAID) is None


DEGREE = [
    "Dale's retired? Huh. Then it's Tomás Reyes you want. He did his master's under me, and "
    "he's the district hydrologist there now."
]


def test_a_student_told_by_the_degree_done_under_one_is_a_relation() -> None:
    """From counterpart-203 (measured once unseen first): "He did his master's under me"."""
    claim = "So the person to talk to is Tomás Reyes, your former PhD student, the hydrologist."
    assert renamed_relation(claim, DEGREE) == ("my master's student", "your former phd student")
    assert renamed_relation("So Tomás Reyes, your former master's student.", DEGREE) is None
