"""From counterpart-140's misses (measured once unseen first): a summary is corrected, and the
detail named, when it gives one person what the persona said of another in the same sentence
("Jamal out on medical leave" after "Tanya's out on medical leave, Jamal's old position is
still frozen"), another kind of the same someone's post ("their finance director" after
"Their operations director"), another date of the month for the same thing ("the client meeting
on the fourteenth" after "The next client meeting is on the twenty-fourth"), or a feeling the
persona said a thing did not give it ("Harlow still makes you angry" after "Harlow didn't make
me angry. It made me uneasy")."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_dates import redated
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_names import given_to_another
from coach.practice.summary_titles import retitled

LEAVE = [
    "I won't pretend it doesn't land, though. Tanya's out on medical leave, Jamal's old position"
    " is still frozen, you've got sixty of our patients on your list.",
]
KNOWN = "Her nurses are short, with Tanya on medical leave and Jamal gone, his post frozen."


def test_what_was_said_of_one_in_a_shared_sentence_is_not_said_of_the_other() -> None:
    claim = "And I'd be going with Jamal out on medical leave and a spot frozen."
    assert given_to_another(claim, LEAVE, KNOWN) == ("Tanya", "Jamal")
    right = "And I'd be going with Tanya out on medical leave and Jamal's spot frozen."
    assert given_to_another(right, LEAVE, KNOWN) is None


def test_another_kind_of_the_same_post_of_theirs() -> None:
    said = ["Mm. Their operations director. Sorry, go on."]
    claim = "So the person who asked for Thursday is their finance director."
    assert retitled(claim, said) == ("operations director", "finance director")
    assert retitled("So their operations director asked for Thursday.", said) is None
    assert retitled("So their new director asked for Thursday.", said) is None


def test_another_date_of_the_month_for_the_same_thing() -> None:
    said = ["Option B. The next client meeting is on the twenty-fourth, so I'd like a decision."]
    claim = "So a decision before the client meeting on the fourteenth. Have I got that right?"
    assert redated(claim, said) == ("the twenty-fourth", "the fourteenth")
    assert wrong_detail(claim, said) == ("the twenty-fourth", "the fourteenth")
    assert redated("So a decision before the meeting on the twenty-fourth.", said) is None
    assert redated("So the site visit on the fourteenth, and the meeting after.", said) is None


def test_a_feeling_they_said_it_did_not_give_them() -> None:
    said = ["For the record, Harlow didn't make me angry. It made me uneasy, and it still does."]
    claim = "So Harlow still makes you angry with me. Is that right?"
    assert changed_feeling(claim, said) == ("uneasy", "angry")
    assert changed_feeling("So Harlow still makes you uneasy.", said) is None
