"""From counterpart-268's and -269's misses (each set measured once unseen first): another
rhythm for the same thing ("browsing at weekends" after "pretty much every night") is put
right by name, when the persona named only one rhythm in all it said; and someone else given
as the one who told the persona a thing ("Linda told you I'd pulled more than my weight"
after "Jess came by my office. Said you pulled more than your weight.") is put right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_often import changed_rhythm
from coach.practice.summary_told import another_teller

LOOKING = [
    "Mostly housing charities, and the advice line at the council. I've been reading job"
    " adverts pretty much every night since March. Tom's tired of hearing about it.",
]


def test_another_rhythm_for_the_same_thing_is_put_right() -> None:
    claim = "So you've been reading job adverts since March, mostly at weekends, for charities."
    assert changed_rhythm(claim, LOOKING) == ("pretty much every night", "at weekends")
    assert wrong_detail(claim, LOOKING) == ("pretty much every night", "at weekends")


def test_the_same_rhythm_or_a_persona_of_several_rhythms_is_left_alone() -> None:
    assert changed_rhythm("So you read job adverts every night since March.", LOOKING) is None
    several = [
        "I'd pictured a weekly slot, like my course. Then two coffees a month apart.",
        "Honestly, every couple of weeks would suit me.",
    ]
    claim = "So you'd pictured a weekly slot like your course, and every fortnight would suit."
    assert changed_rhythm(claim, several) is None


TOLD = [
    "Four of us vote and I'm one. Omar signs it.",
    "Priya came by my desk on Monday, actually. Said you carried the Selby audit. And that she"
    " wished you'd rung her.",
]


def test_another_teller_is_put_right() -> None:
    claim = "and Omar told you I'd carried the Selby audit, and a note from Priya would help."
    assert another_teller(claim, TOLD) == ("Priya", "Omar")


def test_the_right_teller_or_a_pronoun_is_left_alone() -> None:
    assert another_teller("and Priya told you I'd carried the Selby audit", TOLD) is None
    assert another_teller("and She told you I'd carried the Selby audit", TOLD) is None
