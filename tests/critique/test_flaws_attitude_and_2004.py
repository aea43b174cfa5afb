"""From expert-82's giving-feedback poor scored above its middle: "it's your attitude", "there's
no excuse for hiding behind it" and "Don't be dramatic" judge them; "When I ran my first
consultation, back in 2004, I brought biscuits." opens a story of one's own."""

from __future__ import annotations

from coach.critique import story_cues
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
OPENED = "Understood. I will be more professional."


def test_attitude_no_excuse_and_dramatic_judge_them() -> None:
    for said in (
        "It's not about being more professional, it's your attitude.",
        "Your English is fine, so there's no excuse for hiding behind jargon.",
        "Don't be dramatic, it's feedback.",
    ):
        assert K.JUDGMENT in kinds(OPENED, said, "I see."), said
    fair = "It's not about being more professional. What happened in the room?"
    assert K.JUDGMENT not in kinds(OPENED, fair, "It got loud.")


def test_a_first_time_of_ones_own_opens_a_story() -> None:
    assert story_cues.SELF_STORY.search(
        "When I ran my first consultation, back in 2004, I took cake."
    )
    assert story_cues.SELF_STORY.search("Back in 2009, I ran one in a sports hall.")
    assert not story_cues.SELF_STORY.search("When you ran the first evening, what happened?")
