"""From expert-86's and expert-87's misses: sayings put where listening was ("as my old
principal used to say", "it's what's in the box that counts", "One wet Tuesday never sank a
career", "A logbook's a diary, not a verdict") are stock phrases; "I probably wasn't as clear
as I could have been" owns a part; naming the two hats one wears is no story of one's own; and
"My ask, specifically:" announces a specific ask."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.critique.detectors import ownership, power_named
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
OPENING = "You wanted to see me. I think I know what it is about."


def test_sayings_handed_down_are_stock_phrases() -> None:
    sayings = [
        OPENING,
        "It's about the two evenings. How did they look from your side?",
        "My English goes thin when people are angry. I grip the technical words like a rail.",
        "Oh, don't give that a second thought. Words are only the wrapping paper; it's what's "
        "in the box that counts.",
        "Okay. Thank you. But I think they did remember it.",
        "A logbook's a diary, not a verdict, as my old principal used to say. One wet Tuesday "
        "never sank a career.",
        "I hope so.",
    ]
    assert K.STOCK_PHRASES in kinds(*sayings)
    heard = [
        OPENING,
        "It's about the two evenings. How did they look from your side?",
        "My English goes thin when people are angry. I grip the technical words like a rail.",
        "So when the room turns on you, the technical words are the one thing you're sure of.",
        "Yes. Exactly that. And from the chairs it must sound cold.",
        "It's a draft of a plan, not a promise. What would help you on the fourteenth?",
        "Three plain sentences I can say when it gets loud.",
    ]
    assert K.STOCK_PHRASES not in kinds(*heard)


def test_not_being_clear_owns_a_part() -> None:
    owned = [
        OPENING,
        "Copying isn't checking. But OK, I probably wasn't as clear as I could have been when "
        "I said 'take the lead'.",
        "Probably.",
    ]
    assert ownership(session(*owned)) == [1]
    theirs = [OPENING, "You weren't clear with Ines about the dates.", "I was clear enough."]
    assert ownership(session(*theirs)) == []


def test_naming_both_hats_is_not_self_focus() -> None:
    hats = [
        "Thanks for fitting me in. The refinancing closed on Friday, so all in hand.",
        "Before the list, can I put something on the table? This year I'm not only your mentor. "
        "I'm also one of the people on the partnership committee deciding the April round. I've "
        "been wearing both hats in these meetings without ever saying so, and I suspect that's "
        "made it hard to bring me anything except good news.",
        "That's good of you to say. I hadn't expected it to come up.",
    ]
    assert K.SELF_FOCUS not in kinds(*hats)


def test_my_ask_specifically_announces_the_ask() -> None:
    asked = [
        "Come on in. I got your email. Go ahead.",
        "I'm keeping the field plan. I've redrawn the timeline and emailed the district three "
        "times. My ask, specifically: help me find a new Forest Service contact on that "
        "district. Would you be willing to do that?",
        "That's a real ask.",
    ]
    assert specific_ask(session(*asked)) == [1]
    assert K.VAGUE_ASK not in kinds(*asked, role=LearnerRole.MENTEE)


def test_being_on_the_committee_and_having_been_vague_are_no_story() -> None:
    """From goods flagged in expert-21 and expert-5: "I'm also on the committee that decides
    your case in April" names the power between them, and "What I said in the car was vague"
    owns a part: neither is a story of one's own."""
    committee = [
        "Thanks for fitting me in. The tranche closed on Friday, so it's all in hand.",
        "Thank you, and well done on the tranche. Before the list, there's something I should "
        "have said a long time ago. I'm your mentor, and this year I'm also on the committee "
        "that decides your case in April. I'd be surprised if that hasn't made this room feel "
        "a bit like an interview.",
        "I'm aware, of course. It hasn't been an issue.",
    ]
    assert power_named(session(*committee)) == [1]
    assert K.SELF_FOCUS not in kinds(*committee)
    vague = [
        "I've put the agenda together. Three items, the acoustics last.",
        "Thanks for the agenda, it helped me prepare. Before item one, can I say one thing? What "
        "I said in the car was vague. I'd told you to read the room, and I hadn't said what I "
        "meant by it, so I've been thinking about how I put it ever since.",
        "Okay. Thank you. I appreciate you saying that specifically.",
    ]
    assert ownership(session(*vague)) == [1]
    assert K.SELF_FOCUS not in kinds(*vague)
