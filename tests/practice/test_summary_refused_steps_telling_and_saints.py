"""From counterpart-262's and -263's misses (each set measured once unseen first): a step the
persona refused when someone else put it to it ("Somebody said to ask the group chat. I'm not
doing that.") said back as the persona's own plan ("you'll ask in the group chat"); someone who
keeps telling the persona a thing turned round ("you've been telling Denise to..." after
"Denise keeps telling me..."); and a place moved to a saint's ("at St. Brendan's" after "at
Riverside General")."""

from __future__ import annotations

from coach.practice.summary_decided import settles_what_was_open
from coach.practice.summary_places import moved_place
from coach.practice.summary_told import told_another

REFUSED = [
    "I began the plan twice and got stuck both times.",
    "Someone on the course said to post in the team forum for an example. I'm not doing that."
    " Everyone there is showing off finished work.",
]


def test_a_step_put_to_the_persona_and_refused_is_not_its_plan() -> None:
    claim = "so I'll lend you an old plan, and you'll post in the team forum for an example too"
    assert settles_what_was_open(claim, REFUSED)


def test_a_step_of_the_learners_own_or_another_step_is_left_alone() -> None:
    assert not settles_what_was_open("and I'll lend you an old plan of mine", REFUSED)
    assert not settles_what_was_open("and you'll have another go at the plan", REFUSED)
    done = ["Someone said to post in the team forum. So I did, and two people sent theirs."]
    assert not settles_what_was_open("and you'll post in the team forum again", done)


def test_someone_who_keeps_telling_the_persona_is_not_told_by_it() -> None:
    said = [
        "At first I kept going to mend the presses myself. Marta keeps telling me: mend the"
        " process, not the press.",
    ]
    claim = "and you've been telling Marta to mend the process rather than the press"
    assert told_another(claim, said) == ("Marta to me", "me to Marta")
    right = "and Marta keeps telling you to mend the process rather than the press"
    assert told_another(right, said) is None


def test_a_place_moved_to_a_saints_is_put_right() -> None:
    said = ["Hang on, Joan Hale? Joan and I did nine years of nights on Ward 6 at Fairfield."]
    claim = "and since you and Joan did nine years of nights on Ward 6 at St. Agnes's, you'll call."
    assert moved_place(claim, said) == ("at Fairfield", "at St. Agnes's")
    assert moved_place("and you'll ring Joan about the job at St. Agnes's.", said) is None
