"""From counterpart-252's and -254's misses (each measured once unseen first): a summary is put
right when it moves something onto another river ("on the Snake River" after "on the Clark
Fork"), gives another first name before the same surname ("Grace Dunmore" after "Gail
Dunmore", in a reflection too), or another number for a thing named with "'s" ("the fee is
around twenty-eight thousand" after "The fee's about thirty-eight thousand.")."""

from __future__ import annotations

from coach.practice.summary_check import changes_a_fact, changes_a_number
from coach.practice.summary_places import moved_place
from coach.practice.summary_renamed import renamed

ANNIKA = [
    "There was a student of mine, years back. She was working on the Clark Fork, ice-jam"
    " flooding, and her design needed cold winters."
]


def test_another_river_is_put_right() -> None:
    claim = "and her ice-jam work on the Snake River needed cold winters that never came"
    assert moved_place(claim, ANNIKA) == ("on the Clark Fork", "on the Snake River")
    assert moved_place("and her ice-jam work on the Clark Fork needed cold winters", ANNIKA) is None


def test_another_first_name_before_the_same_surname_is_put_right() -> None:
    said = ["Okay. Hattie Brennan runs the place the way her mother did. Handshakes."]
    claim = "So it's run by Harriet Brennan, on handshakes."
    assert renamed(claim, said) == ("Hattie Brennan", "Harriet Brennan")
    assert changes_a_fact(claim, said, known="")  # a reflection is corrected for it too
    assert renamed("So Hattie Brennan runs it on handshakes.", said) is None
    # a capitalised word opening a sentence, a clause or a day is no name
    assert renamed("Brennan runs it. Honest Brennan, you said.", said) is None
    assert renamed("So you'll ring Hattie Monday, And Brennan too.", said) is None


def test_a_number_beside_a_thing_named_with_s_is_compared() -> None:
    said = ["The fee's about forty-two thousand. Small on paper."]
    assert changes_a_number("So the fee is around thirty-two thousand.", said)
    assert not changes_a_number("So the fee is around forty-two thousand.", said)
