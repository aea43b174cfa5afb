"""From counterpart-114's and -115's misses (measured once unseen first): a summary is
corrected, and the detail named, when it gives "an operations manager job" for "the service
manager job", "by about eleven in the morning" for "By three in the afternoon", "1.6 million"
for "one point one million", "draft leases" for "draft loan agreements", or "the minutes of the
last one" for "the agenda a day ahead"; and "ninety-eight point five per cent" stays one number.
"""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.numbers import in_digits
from coach.practice.summary_check import changes_a_number
from coach.practice.summary_documents import changed_document
from coach.practice.summary_titles import retitled

POST = [
    "There's a second interview, next Thursday. Midlands Money Advice Trust, the service manager "
    "job. I haven't told a soul here."
]
EMPTY = [
    "I'm keeping track of things the whole time. By three in the afternoon I'm empty. That's "
    "the reason for Fridays at home."
]
WORTH = ["They're one point one million a year to us, Sam, about a fifth of everything we bill."]
MARKING = [
    "Honestly, heavy. I've been taking the juniors' draft loan agreements home and marking them "
    "up at the kitchen table."
]
AGENDA = [
    "I'll put what I need for meetings on one page and email it to you by Friday. And before "
    "the next Bramley Road meeting I'll ask Priya to send me the agenda a day ahead."
]


def test_another_kind_of_the_same_post() -> None:
    claim = "So a second interview for an operations manager job at Midlands Money Advice Trust."
    assert retitled(claim, POST) == ("service manager", "operations manager")
    for same in ("the service manager job", "a senior manager job", "a new manager job"):
        assert (
            retitled(f"So a second interview for {same} at Midlands Money Advice Trust.", POST)
            is None
        )


def test_a_time_by_the_part_of_the_day() -> None:
    claim = "So by about eleven in the morning you're running on empty."
    assert wrong_detail(claim, EMPTY) == (
        "by three in the afternoon",
        "by about eleven in the morning",
    )


def test_a_number_with_a_point_in_words() -> None:
    assert in_digits("one point one million, ninety-eight point five per cent") == (
        "1.1 million, 98.5 per cent"
    )
    assert changes_a_number("So Meridian are worth about 1.6 million a year to us.", WORTH)
    assert not changes_a_number("So Meridian are worth 1.1 million a year to us.", WORTH)


def test_agreements_leases_and_minutes_are_documents() -> None:
    claim = "So you've been taking the juniors' draft leases home to mark up in the evenings."
    assert changed_document(claim, MARKING) == ("loan agreements", "leases")
    claim = (
        "And before the next Bramley Road meeting you'll ask Priya for the minutes of the last one."
    )
    assert changed_document(claim, AGENDA) == ("agenda", "minutes")
    # an agreement with no word saying which, and minutes of time, are no documents
    assert changed_document("So we came to an agreement before the meeting.", AGENDA) is None
    assert (
        changed_document("So you'll ask Priya before the meeting in ten minutes.", AGENDA) is None
    )
