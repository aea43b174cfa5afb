"""From counterpart-108's and -109's misses: a summary is corrected, and the detail named, when
it puts a name under a title that only another ever had ("Mrs. Okafor" where only "Mrs.
Okonkwo" was said), calls the persona by another job than the one it gave itself ("a senior
analyst" after "I'm a data analyst"), or moves what happened to another room ("on the
fourth-floor terrace" after "two coffees in the canteen"); a name the learner said earlier is
not one the summary made up; and, from counterpart-110, two things told in the order "A, and
then B" and summed up the other way round are put right."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_check import changes_a_detail
from coach.practice.summary_order import reversed_steps
from coach.practice.summary_places import moved_place
from coach.practice.summary_renamed import renamed
from coach.practice.summary_titles import retitled

BASEMENT = [
    "Mrs. Okonkwo brought photographs of her basement, printed, in a plastic sleeve.",
    "Mr. Pruitt asked about the parking three times.",
]
TITLE = ["I'm a data analyst in Revenue and Ridership at the moment."]
COFFEES = ["Then we had two coffees in the canteen, lovely but a month apart."]


def test_another_name_under_the_same_title_is_put_right() -> None:
    claim = "So Mrs. Okafor raised the water in her basement, and Mr. Pruitt the parking."
    assert changes_a_detail(claim, BASEMENT, "")
    assert wrong_detail(claim, BASEMENT) == ("Mrs. Okonkwo", "Mrs. Okafor")
    assert renamed("So Mrs. Okonkwo raised her basement.", BASEMENT) is None
    assert renamed("So Dr. Shah raised her basement.", BASEMENT) is None  # no other doctor


def test_a_name_the_learner_said_is_not_made_up() -> None:
    history = ["Jayden's mum wants to talk about his detentions. Would you sit in?"]
    learner = ["I can't be there. But Mr. Osei is Head of Year 9. I'll ask him to sit in."]
    claim = "So Mr. Osei will sit in on the meeting with Jayden's mum."
    assert not changes_a_detail(claim, history, "Mr. Dunleavy", learner)
    assert changes_a_detail(claim, history, "Mr. Dunleavy")
    assert wrong_detail(claim, history, "Mr. Dunleavy", learner) is None


def test_another_job_than_the_one_they_gave_themselves() -> None:
    claim = "So, pulling it together: you're a senior analyst in Revenue and Ridership."
    assert retitled(claim, TITLE) == ("data analyst", "senior analyst")
    assert retitled("So you're a data analyst, and you want more.", TITLE) is None
    assert retitled("So you're a good analyst who wants more.", TITLE) is None  # praise


def test_another_room_for_the_same_thing() -> None:
    claim = "So our two coffees up on the fourth-floor terrace were nice, but a month apart."
    assert moved_place(claim, COFFEES) == ("in the canteen", "on the fourth-floor terrace")
    assert moved_place("So our two coffees in the canteen were a month apart.", COFFEES) is None
    # a room said of something else is no move
    assert moved_place("So you left your laptop on the terrace.", COFFEES) is None


def test_two_things_told_as_a_then_b_summed_up_the_other_way_round() -> None:
    said = [
        "Honestly? Jamal's position got frozen back in January, and then Tanya went out on "
        "medical leave in March. So we're two down."
    ]
    wrong = "So first Tanya went out on leave, and then on top of that Jamal's position got frozen."
    right = "So first Jamal's position got frozen, and then Tanya went out on leave."
    assert reversed_steps(wrong, said)
    assert not reversed_steps(right, said)


def test_a_hall_after_a_saints_name_and_a_town_after_its_office_are_places() -> None:
    """From counterpart-190 (measured once unseen first): "in the library on Mill Lane" after
    "Both were in St. Columba's church hall on Mill Lane", and "the Trust's Birmingham office"
    after "at the Trust office in Leamington", are corrected with the persona's place."""
    hall = ["Okay. Both were in St. Columba's church hall on Mill Lane. Rows of chairs."]
    library = "So: two evenings in the library on Mill Lane, Alder Street raised at both."
    assert moved_place(library, hall) == ("in St. Columba's church hall", "in the library")
    assert moved_place(library.replace("the library", "the church hall"), hall) is None
    town = [
        "It's a second interview. Next Thursday, at the Money Advice Trust office in Leamington."
    ]
    birmingham = "So you've a second interview next Thursday at the Trust's Birmingham office."
    assert moved_place(birmingham, town) == ("in Leamington", "the Birmingham office")
    leamington = "So you've a second interview next Thursday at the Trust office in Leamington."
    assert moved_place(leamington, town) is None
