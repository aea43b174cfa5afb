"""From counterpart-242's misses (measured once unseen first): a summary is corrected when it
says the persona told someone else what it said it told another ("you told Denise on Tuesday"
after "I told Rocco in maintenance on Tuesday"), and the one told is put right."""

from __future__ import annotations

from coach.practice.summary_told import told_another

PRESS = [
    "Heater band, zone three. I told Rocco in maintenance on Tuesday. He said he'd get to it "
    "after the weekend.",
    "Denise hasn't asked. She's got the numbers people on her back about scrap.",
]


def test_the_persona_told_another_than_the_summary_says() -> None:
    claim = "So you told Denise on Tuesday it's the zone three heater band."
    assert told_another(claim, PRESS) == ("to Rocco", "to Denise")
    assert told_another("So you told Rocco on Tuesday it's the heater band.", PRESS) is None
