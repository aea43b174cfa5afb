"""From counterpart-256's and -261's misses (each set measured once unseen first): a street
moved in a summary ("on Ferry Lane" after "Alder Street.") is put right by name, and a reason
the summary puts in someone's mouth ("because Linda asked you not to") that the persona never
gave is corrected."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_places import moved_place
from coach.practice.summary_reasons import reason_never_given

FLOODING = [
    "It was loud from the start, the second evening.",
    "Beech Road. Mr Adebayo had pictures of his flooded cellar in a folder. I told him it was"
    " already settled.",
]


def test_a_street_moved_in_a_sentence_about_the_same_thing_is_put_right_by_name() -> None:
    claim = "So the worst was the flooding on Quarry Lane: Mr Adebayo's pictures of his cellar."
    assert moved_place(claim, FLOODING) == ("Beech Road", "Quarry Lane")
    assert wrong_detail(claim, FLOODING) == ("Beech Road", "Quarry Lane")


def test_the_street_said_right_or_a_street_about_something_else_is_left_alone() -> None:
    right = "So the worst of it was Beech Road: Mr Adebayo's pictures of his cellar."
    assert moved_place(right, FLOODING) is None
    elsewhere = "And you live out past Quarry Lane, so the drive home was long."
    assert moved_place(elsewhere, FLOODING) is None


def test_a_named_site_still_takes_its_article() -> None:
    said = ["We had the same lock at the Derby depot last spring. Scanners went down for an hour."]
    claim = "So the same lock hit the Crewe depot last spring and the scanners went down."
    assert moved_place(claim, said) == ("the Derby depot", "the Crewe depot")


PANEL = [
    "The panel has five people on it and I get one vote.",
    "Ruth signs the Hallam job, and she already has Kofi in mind. I won't promise what I"
    " can't deliver.",
]


def test_a_reason_nobody_gave_is_corrected() -> None:
    claim = "and you can't promise me anything because Ruth asked you not to make promises."
    assert reason_never_given(claim, PANEL) == "Ruth"
    assert reason_never_given("since Ruth had told you to stay out of it", PANEL) == "Ruth"


def test_a_reason_the_persona_gave_or_no_named_reason_is_left_alone() -> None:
    told = [*PANEL, "Ruth asked me to keep the shortlist quiet until Friday."]
    claim = "and you can't say more because Ruth asked you to keep the shortlist quiet."
    assert reason_never_given(claim, told) is None
    assert reason_never_given("because your partner said you should rest", PANEL) is None
    assert reason_never_given("because you only get one vote of five", PANEL) is None
