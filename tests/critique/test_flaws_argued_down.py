"""From expert-75's and expert-76's misses: their complaint argued down ("I understand, but I
hope you know...", "I don't think the hub is as fixed as it feels", "I'd put it in some
context", "it'll settle once...", "There really wasn't any need to...") is defending; comfort
for a worry is not. And a long reflection that says back what they meant in its own words,
picking up one word of theirs, is saying back."""

from __future__ import annotations

from coach.critique.defending_cues import defends
from coach.critique.detectors import reflection
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind


def test_their_complaint_argued_down_is_defending() -> None:
    lines = [
        "I stopped logging some of my time. Sitting with the juniors, reworking drafts.",
        "There's a code for that work. There really wasn't any need to keep it off the record.",
        "Noted. You've got two roles, and I can never tell which one is listening.",
        "I understand, but I hope you know I've always kept the two entirely separate.",
        "Their general counsel rang one of my associates at eleven at night.",
        "I'd put it in some context. He's under pressure, and I really doubt it's personal.",
        "Right. I'm managing it.",
        "I don't think the restructure is as fixed as it feels; it'll settle once the deal closes.",
        "Okay.",
    ]
    assert kinds(*lines)[K.DEFENSIVE] == (1, 3, 5, 7)


def test_comfort_for_a_worry_and_an_apology_waved_off_are_not_defending() -> None:
    assert not defends("Don't worry about the email, these things blow over.")
    assert not defends("There was no need to apologise. I'm glad you told me.")
    assert not defends("I understand. What happened next?")


def test_a_long_reflection_of_what_they_meant_says_back() -> None:
    lines = [
        "That's what the briefing pack says. It's not how it looks from where I sit.",
        "From where you sit it feels like the people part of the job has gone and the letters "
        "have taken over.",
        "Yes. Exactly that.",
        "Right. That must be hard.",
        "It is.",
    ]
    assert reflection(session(*lines)) == [1]
