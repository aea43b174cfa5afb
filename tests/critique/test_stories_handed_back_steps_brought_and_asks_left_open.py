"""From expert-168's and -169's misses: a brief story of one's own that they ask about ("What'd
you do about it?"), answered in a few words and handed back, models openness (a long one does
not); "I'll turn up with my questions on paper" is a step of their own to take up; an ask left
to them mid-turn ("Just say something nice, you know me.") or as "Anything you think would
help." is vague, and "Looking at what things?" asks what is wanted; one's own words called
plain enough ("I'd have thought it was fairly clear"), a remark waved off as banter and advice
called standard argue with what was raised."""

from __future__ import annotations

from coach.critique.defending_cues import defends
from coach.critique.detectors import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

OPENING = "Denise said to be here. I've got forty minutes before the changeover."
LONELY = "Luis and me came up together. Now he eats lunch by the lockers and I eat upstairs."
BRIEF_STORY = (
    "From one of the crew to the one the room goes quiet for. That's a lonely seat. For what "
    "it's worth, when I took over the depot, the pickers I'd worked nights beside started "
    "calling me 'management'. It stung more than I let on."
)
LONG_STORY = (
    "From one of the crew to the one the room goes quiet for. When I took over the depot in "
    "2019 the pickers I had worked nights beside for six years started calling me 'management' "
    "behind my back, and I spent most of that first winter in the office doing rosters, eating "
    "alone, wondering whether I had made the worst mistake of my working life, and I nearly "
    "went back to the floor."
)
HANDED_BACK = "Badly, for a while. I'd rather hear about yours. What's been hardest?"


def test_a_brief_story_asked_about_and_handed_back_is_no_self_focus() -> None:
    asked = "Yeah? Huh. What'd you do about it?"
    brief = kinds(OPENING, "What's it been like?", LONELY, BRIEF_STORY, asked, HANDED_BACK)
    assert FlawKind.SELF_FOCUS not in brief
    long = kinds(OPENING, "What's it been like?", LONELY, LONG_STORY, asked, HANDED_BACK)
    assert long[FlawKind.SELF_FOCUS] == (3,)


def test_turning_up_with_something_is_a_step_of_their_own() -> None:
    lines = [
        "Thanks for keeping the time. I've written some notes about how our hour goes.",
        "Go ahead, I'm listening.",
        "The hour drifts into your stories and my question goes last.",
        "That's fair, and I'm sorry. What would you like to be different?",
        "Maybe I email my topic the evening before.",
        "Yes to that. What would make it easier to flag in the moment?",
        "Maybe I just say 'sticky note'. And I'll turn up with my questions on paper, and we "
        "open with those.",
        "'Sticky note' it is. So: your topic the evening before, your questions on paper, and "
        "we open with those. Thank you for all of it.",
        "Thank you for hearing me out. See you next month.",
    ]
    assert 7 in next_step_agreed(session(*lines))
    without = [
        *lines[:6],
        "Maybe I just say 'sticky note'. And we open with my questions.",
        *lines[7:],
    ]
    assert 7 not in next_step_agreed(session(*without))


def test_an_ask_left_to_them_is_vague() -> None:
    opening = "Come on in. I've twenty minutes before the pharmacy call."
    nice = kinds(
        opening,
        "I'm going for a job at St. Brendan's and I need a reference.",
        "Hold on. What's the job? When's it due?",
        "It's a coordinator thing. Just say something nice, you know me. You can write it "
        "tonight, right?",
        "Say what, exactly? To whom?",
        role=LearnerRole.MENTEE,
    )
    assert FlawKind.VAGUE_ASK in nice
    anything = kinds(
        opening,
        "Tuesday's outage was my migration. Could you look at my timeline for Friday's review "
        "before Thursday noon?",
        "I can. What else?",
        "I'm not totally sure. Anything you think would help.",
        "I won't write Friday for you.",
        role=LearnerRole.MENTEE,
    )
    assert anything[FlawKind.VAGUE_ASK] == (3,)


def test_what_things_asks_what_is_wanted() -> None:
    found = kinds(
        "Come in. We've about thirty minutes.",
        "Tuesday's outage was my migration, and the review is on Friday. Could you read my "
        "timeline by Thursday noon?",
        "Yes, send it.",
        "Thank you. And would you be up for looking at things at some point?",
        "Looking at what things? I'm in meetings most of tomorrow.",
        role=LearnerRole.MENTEE,
    )
    assert found[FlawKind.VAGUE_ASK] == (3,)


def test_ones_own_words_held_up_as_plain_argue_back() -> None:
    assert defends("I'd have thought it was fairly clear. What part didn't make sense?")
    assert defends("I mentioned eye contact, which is pretty standard for client meetings.")
    assert defends("Nobody thinks you're skiving, honestly; that's just studio banter.")
    assert not defends("I'd have thought you'd want a break first. What would help?")
