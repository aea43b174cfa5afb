"""From counterpart-243's to -247's misses (each set measured once unseen first): a summary is
corrected when it turns a side of the compass ("the west side" after "the east edge"), a sum
said with "bucks" or joined to its unit ("an 8000-pound test"), who wrote to whom ("you emailed
her" after "she emailed me"), a place the persona turned down ("we'll meet upstairs" after
"she wanted us upstairs. I said no."), or a step set tonight, with what the sentence adds after
it ("tonight, after supper, with you copied"); and a long saying-back that gathers an earlier
line is read as a summary, not a reflection."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.models import LearnerRole, Move
from coach.practice.move_model import read_turn
from coach.practice.summary_check import changes_a_number
from coach.practice.summary_decided import settles_what_was_open
from coach.practice.summary_directions import turned_side
from coach.practice.summary_times import moved_part_of_day
from coach.practice.summary_told import told_another

DITCHES = [
    "The ditches along the north edge carry the water off the whole car park. I'm proud of them."
]


def test_a_side_of_the_compass_turned_is_corrected() -> None:
    claim = "So the ditches on the south side carry the water off the car park."
    assert turned_side(claim, DITCHES) == ("north", "south")
    assert turned_side("So the ditches on the north side carry it off.", DITCHES) is None
    assert turned_side("So you're proud of the south entrance.", DITCHES) is None


def test_a_sum_in_bucks_or_joined_to_its_unit_is_compared() -> None:
    scrap = ["Last night alone, about twelve hundred bucks of scrap. Bumpers, no rework."]
    assert changes_a_number("last night's scrap came to about twelve thousand dollars", scrap)
    assert not changes_a_number("last night's scrap came to about twelve hundred dollars", scrap)
    survey = ["He dropped the survey. It was about nineteen hundred pounds for panel and fees."]
    assert changes_a_number("he dropped the nine-thousand-pound survey", survey)


def test_who_wrote_to_whom_turned_round_is_put_right() -> None:
    said = ["Ms Adebayo emailed me the day after, thanking me for catching the error."]
    claim = "You emailed Ms Adebayo the day after to thank her for catching it."
    assert told_another(claim, said) == ("Adebayo to me", "me to Adebayo")
    both = [*said, "I emailed Adebayo back that evening to thank her for the note."]
    assert told_another(claim, both) is None


def test_a_place_turned_down_said_back_as_settled_is_corrected() -> None:
    said = ["Right. Marta wanted us in the meeting room on the second floor. I said no."]
    assert settles_what_was_open("So we'll meet in the meeting room on the second floor.", said)
    assert not settles_what_was_open("So we'll meet down here by the loading bay.", said)


def test_a_step_set_tonight_is_tied_by_what_its_sentence_adds_after_it() -> None:
    said = [
        "Then it's Amara Osei. I'll get a message to her tonight, after dinner, with you copied."
    ]
    claim = "and you'll write to Amara first thing tomorrow morning with me copied in"
    assert moved_part_of_day(claim, said) == ("tonight", "first thing tomorrow morning")
    # a clause with a step of its own is not the tonight one
    draft = ["Fine. Send me the slides tonight, I'll mark them up by noon, and we rehearse Friday."]
    assert moved_part_of_day("you mark them up by noon tomorrow", draft) is None


def test_a_long_saying_back_that_gathers_an_earlier_line_is_a_summary() -> None:
    said = [
        "You asked to see me. Is it about the letter from the residents' group?",
        "First, I care about this square. I walked it nine times before I drew anything.",
        "Both meetings I told them the parking was decided. By the second, the room had turned, "
        "and I kept saying it.",
    ]
    gathered = (
        "So you know that square better than anyone, nine walks before a single drawing, and at "
        "both meetings you told people the parking was decided, even once the room had turned. "
        "And that has stayed with you."
    )
    coded = code_turn(gathered, said[-1])
    assert read_turn(gathered, coded, LearnerRole.MENTOR, said) is Move.SUMMARY
    short = "So you kept saying the parking was decided, even once the room had turned on you."
    coded = code_turn(short, said[-1])
    assert read_turn(short, coded, LearnerRole.MENTOR, said) is not Move.SUMMARY
