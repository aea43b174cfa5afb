"""From expert-102's and expert-103's misses: sayings of a fresh shape ("nobody ever planted a
tree without getting mud on their boots", "Fear is just enthusiasm without a planting plan",
"One rough evening doesn't wash out a career", "You'll grow into it."); a capitalised name
("the Trust") is no word of feeling in a reflection; and a mentor pressing for the case ("Tell
me what you've done, not what you're hoping for.", "That's hoping, not planning.", "till I
know who you're up against")."""

from __future__ import annotations

from coach.critique import case_cues
from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_sayings_of_a_fresh_shape() -> None:
    for saying in (
        "Ah, nobody ever planted a tree without getting mud on their boots.",
        "Fear is just enthusiasm without a planting plan.",
        "Facts are just feelings with timestamps.",
        "One rough evening doesn't wash out a career.",
        "You'll grow into it.",
    ):
        assert PLATITUDE.search(saying), saying
    for plain in (
        "It is just a draft without the figures.",
        "The plan is just a draft without numbers.",
        "Dan is just someone with a lot on.",
        "Nobody ever told me about the audit.",
    ):
        assert not PLATITUDE.search(plain), plain


_JOB = [
    "It's the job. Since the hub came in, notices go out at eight weeks, not twelve.",
    "So since the hub the notices go at eight weeks. What else has changed?",
    "The huddles are all numbers now, and Marcus has been off since April.",
    "So the huddles run off the dashboard now. Where have you looked?",
    "There's a second interview next Thursday, for service manager at the Money Advice Trust.",
    "So there is a second interview at the Trust next Thursday. What's the pay?",
    "About four thousand two hundred a year less.",
    "So the pay would drop by about four thousand. How does Dan see it?",
    "He says do whatever makes me happy.",
    "Let me check I've got it: the hub, eight weeks, Marcus off, Thursday, and the pay cut. "
    "Is that right?",
    "Sort of. The facts are all right. You've made it sound like a spreadsheet.",
]


def test_a_name_is_no_feeling_in_a_reflection() -> None:
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*_JOB)
    felt = _JOB[5].replace("What's the pay?", "You sound relieved. What's the pay?")
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*_JOB[:5], felt, *_JOB[6:])


def test_pressing_for_the_case() -> None:
    for pressed in (
        "Hold on. Tell me what you've done, not what you're hoping for.",
        "Mm. That's hoping, not planning. What have you got set up today?",
        "I can't help you there till I know who you're up against.",
        "But I'd need to know who you've been dealing with.",
    ):
        assert case_cues.WANTS_CONTEXT.search(pressed), pressed
    assert not case_cues.WANTS_CONTEXT.search("I know who you mean. Carry on.")
    assert not case_cues.WANTS_CONTEXT.search("Okay. Tell me what you've done so far.")
