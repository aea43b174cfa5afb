"""From expert-77's flagged good: a statement that takes in what they opened up about, in their
words and about them ("There's a card on your keyboard that outlives our calls...") is not a
disclosure met with the next question, even where the coder reads no reflection in it."""

from __future__ import annotations

from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind

COUNTERPART = [
    "Thanks for making the time. I've jotted things on a card, so bear with me if I read from "
    "it. I do get a lot out of these chats, which is partly why I wanted to raise this now.",
    "The first thing is that our sessions wander. I turn up with one problem, usually a real "
    "one from the week, and an hour later we've covered your old projects and not mine at all.",
    "Last month it was the survey with the logistics team. I wrote the question on a card and "
    "left it on my keyboard, and after our call it was still sitting there untouched. That has "
    "happened three months running now.",
    "The second thing is speed. Before I've laid out a problem you've already solved it, and "
    "the solution is usually good, but I work things out by talking, and when you jump in I "
    "feel like a trainee again.",
    "The last thing is harder. In March you told the regional meeting about a mentee whose "
    "manager ignores her findings. No name, but two people there knew it was me, and my "
    "manager went cold on me afterwards.",
    "That's the whole card. The regional meeting one is why I nearly cancelled today, and why "
    "my manager has barely spoken to me since March.",
    "Maybe ten minutes on my question first, before anything else, and solutions only when I "
    "ask for them. And what I tell you stays with you.",
    "Yes. That's it.",
]
LEARNER = [
    "What's on the card?",
    "What happens to the hour, from where you sit?",
    "Thank you for telling me that. There's a card on your keyboard that outlives our calls, "
    "because my old projects eat the hour that was meant for your survey.",
    "Thanks for being straight with me. My quick solutions cut off your thinking aloud, and "
    "they leave you feeling like a trainee in your own problem.",
    "What else is on the card?",
    "Let me check I have all of it. One: the hour drifts into my projects and your question "
    "goes home with you. Two: I solve things before you've finished thinking aloud. Three: "
    "what I said at the regional meeting reached your manager. What have I missed?",
    "What would you like to change first?",
    "So to sum up: your question gets the first ten minutes, I hold my solutions until you "
    "ask, and what you tell me stays with me. Have I got that right?",
]


def test_a_statement_taking_in_what_they_told_is_not_met_with_the_next_question() -> None:
    lines = [line for pair in zip(COUNTERPART, LEARNER, strict=True) for line in pair]
    assert K.NO_REFLECTIONS not in kinds(*lines, "Good.")
    lines[5] = "Right. What's next on it?"
    lines[7] = "Okay. Anything else?"
    assert K.NO_REFLECTIONS in kinds(*lines, "Good.")
