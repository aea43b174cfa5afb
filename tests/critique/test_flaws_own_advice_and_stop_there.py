"""From expert-83's two flagged goods: "my advice gave you nothing you could act on" looks back
on the learner's own advice and advises nothing; "I don't want to push it onto anybody, so I'll
stop there." keeps someone else out of it and is no sting."""

from __future__ import annotations

from coach.critique import advice_cues
from coach.critique.judging import stung
from tests.critique.conversation import session


def test_ones_own_advice_looked_back_on_is_no_advice() -> None:
    assert not advice_cues.ADVICE.search(
        "And my advice gave you nothing you could actually act on, which left you unsure."
    )
    assert advice_cues.ADVICE.search("My advice is to say hello to her before you correct her.")


def test_stopping_there_to_keep_someone_out_of_it_is_no_sting() -> None:
    asked = "Twice you told residents it was 'already settled'. How did that look from there?"
    guarded = (
        "It was loud. I was following instructions. I don't want to push it onto anybody, so "
        "I'll stop there."
    )
    hurt = "Oh. Sorry, I'll stop."
    assert stung(session("You wanted to see me.", asked, guarded)) == []
    assert stung(session("You wanted to see me.", asked, hurt)) == [1]
