"""From counterpart-116's and -117's misses (measured once unseen first): a feeling given as
the answer, a sentence to itself ("Pleased. Proud, honestly.", "Ashamed, mostly. Not angry with
anyone."), is the one a summary must not change ("you felt nervous", "feeling angry at how the
residents had treated you"); and a named site of the same kind is a place ("the Louisville hub"
for "Memphis hub, 2022, the very same lock")."""

from __future__ import annotations

from coach.practice.detail_fix import wrong_detail
from coach.practice.summary_feelings import changed_feeling
from coach.practice.summary_places import moved_place

PROUD = ["That it was mine. The client, the dates, the lot.", "Pleased. Proud, honestly."]
ASHAMED = [
    "Afterwards I sat in my car outside the hall for twenty minutes.",
    "Ashamed, mostly. Not angry with anyone. Just ashamed, because I care about that park.",
]
MEMPHIS = [
    "Stop. Say that again. No CONCURRENTLY? Memphis hub, 2022, the very same lock. Smaller table "
    "there; scanners out eleven minutes."
]


def test_a_feeling_given_alone_is_theirs() -> None:
    claim = "So when I said it you felt nervous about taking all that on."
    # (pride is of pleasure's kind, and the last feeling they gave)
    assert changed_feeling(claim, PROUD) == ("proud", "nervous")
    assert changed_feeling("So you felt pleased, even proud.", PROUD) is None


def test_feeling_a_denied_feeling_is_put_right() -> None:
    claim = "So you sat in your car for twenty minutes feeling angry at how they treated you."
    assert changed_feeling(claim, ASHAMED) == ("ashamed", "angry")
    assert changed_feeling("So you sat in your car feeling ashamed.", ASHAMED) is None


def test_another_site_of_the_same_kind() -> None:
    claim = "So this happened before, at the Louisville hub in 2022, and it was eleven minutes."
    assert moved_place(claim, MEMPHIS) == ("the Memphis hub", "the Louisville hub")
    assert wrong_detail(claim, MEMPHIS) == ("the Memphis hub", "the Louisville hub")
    assert (
        moved_place("So this happened before, at the Memphis hub, eleven minutes.", MEMPHIS) is None
    )
