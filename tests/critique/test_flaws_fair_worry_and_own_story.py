"""From expert-80's and -81's flagged goods and expert-80's poor scored above its middle: "It
doesn't sound silly." and "That's a fair worry." grant what they said, no verdict; "When I was
your age I had to learn all this the hard way too." is a story of one's own, not a description
of what happened."""

from __future__ import annotations

from coach.critique.detectors import feedback_specific
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind


def test_granting_what_they_said_is_no_verdict() -> None:
    ticks = "Some nights I send you something and lie there watching for the blue ticks. Silly."
    assert K.JUDGMENT not in kinds(ticks, "It doesn't sound silly.", "It's just quiet now.")
    assert K.JUDGMENT in kinds(ticks, "It does sound a bit silly.", "Oh.")
    doubt = "I'm just not sure habits change because we agreed it once."
    assert K.JUDGMENT not in kinds(doubt, "That's a fair worry. What would help?", "A phrase.")


def test_ones_own_story_is_no_description_of_what_happened() -> None:
    asked = "Could we go on to my log?"
    story = "When I was your age I had to learn all this the hard way too. Nobody gave me agendas."
    described = "On Tuesday you corrected the head teacher's figure in front of her bursar."
    assert feedback_specific(session(asked, story, "Fine.")) == []
    assert feedback_specific(session(asked, described, "I did.")) == [1]
