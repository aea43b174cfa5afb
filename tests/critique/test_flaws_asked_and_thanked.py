"""From expert-78's two flagged goods: "So there are two things I'm asking: a strong reference
in by Wednesday, and..." announces a specific ask; and a short thank-you beside a long
reflection of its own about them ("So something you told him in good faith got turned into a
mark against you, and it cost you years.") is courtesy, not a formula put where listening was."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
OPENING = (
    "Come on in. I've got about twenty minutes before I call the pharmacy. What's on your mind?"
)


def test_two_things_announced_as_asked_are_a_specific_ask() -> None:
    asked = (
        "The clinic across town has posted a coordinator job and references are due next week. "
        "So there are two things I'm asking: a strong reference in by Wednesday, and for you to "
        "connect me with anyone you know over there."
    )
    assert specific_ask(session(OPENING, asked, "Yes.")) == [1]
    mused = (
        "The clinic across town has posted a coordinator job and references are due next week. "
        "So there are two things I keep thinking about: the money, and whether I'm ready."
    )
    assert specific_ask(session(OPENING, mused, "Go on.")) == []


def test_thanks_beside_a_long_reflection_of_their_own_is_courtesy() -> None:
    told = (
        "The last mentor asked me what my barriers were, so I told him my dad had a stroke and "
        "I was swapping shifts to drive him to physio. Next quarter the write-up said "
        "dependability issues. I got passed over the next round."
    )
    reflected = (
        "So something you told him in good faith got turned into a mark against you, and it "
        "cost you years. Thank you for telling me that."
    )
    formula = "Thank you for telling me that. Every cloud has a silver lining."
    closing = "Okay. What else do you want to know?"
    lines = [told, reflected, closing, formula, "Right."]
    assert K.STOCK_PHRASES not in kinds(*lines)
    lines[1] = "Thank you for telling me that. These things happen for a reason."
    assert K.STOCK_PHRASES in kinds(*lines)
