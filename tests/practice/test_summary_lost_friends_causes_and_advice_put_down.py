"""From counterpart-206's to -209's misses (measured once unseen first): "feeling a bit lost"
is a feeling a summary can get wrong ("frustrated with me"); "Luis is my oldest friend" is a
relation ("your cousin Luis"); "..., so I went onto nights" comes after what the line told
before it; and their advice called out of touch is a put-down, not a reflection."""

from __future__ import annotations

from coach.coder.skills import code_turn
from coach.models import LearnerRole
from coach.practice.blame_cues import PUT_DOWN
from coach.practice.moves import Move, classify
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_order import reversed_steps
from coach.practice.summary_roles import renamed_relation

LOST = (
    "Something more like my master's, I think. After the second one I walked back to my desk "
    "feeling a bit lost, honestly. Not annoyed. Just unsure what I was meant to be doing."
)
LUIS = (
    "Different. Luis is my oldest friend on the line. We came up together, same shift eleven "
    "years. We both applied for supervisor. I got it."
)
NIGHTS = (
    "My mum had a stroke back in July. She's doing better, she's on a frame, but she lives with "
    "us now. Karthik's on days, so I went onto nights to cover the daytime. I get about four "
    "hours."
)


def test_a_summary_that_makes_feeling_lost_frustration_is_corrected() -> None:
    claim = "After our second coffee you went back to your desk frustrated with me."
    assert changed_feeling(claim, [LOST]) == ("lost", "frustrated")
    assert changed_feeling("After our second coffee you felt a bit lost.", [LOST]) is None


def test_a_named_oldest_friend_made_a_cousin_is_corrected() -> None:
    claim = "Your cousin Luis, who you came up with, went for the same job and you got it."
    assert renamed_relation(claim, [LUIS]) == ("my oldest friend", "your cousin")


def test_what_was_done_because_of_something_comes_after_it() -> None:
    flipped = "So you went onto nights first, and then your mum had her stroke in July."
    assert reversed_steps(flipped, [NIGHTS])
    kept = "So your mum had her stroke in July, and then you went onto nights to cover the days."
    assert not reversed_steps(kept, [NIGHTS])


def test_their_advice_called_out_of_touch_is_a_judgment() -> None:
    said = (
        "To be blunt, the advice to switch felt a bit out of touch, like you were looking at it "
        "from an engineering office instead of from the field."
    )
    assert PUT_DOWN.search(said)
    coded = code_turn(said, "Fine. But I'll be honest, I haven't changed my mind either.")
    assert classify(said, coded, LearnerRole.MENTEE) is Move.JUDGMENT
    assert not PUT_DOWN.search("Honestly, my advice felt a bit out of touch with your field.")
