"""From expert-96's and expert-97's misses: someone absent who "sounds like a bit of a control
freak" or a department "hopeless with fixed-term people", stood up for ("She was strict, but
she was fair.", "I don't really want to blame anyone."), and an ask that "can come across as a
bit transactional" are judgments; "Same again next month, roughly?" sets no step and "every
month that drifts" is no schedule; "every meeting is a drawing nobody's dimensioned" met with
"I don't know what ... is meant to tell me", "a good plan is half the building" and "Onwards
and upwards." are sayings; "Did you say Curtis Bell?" recognises a name, it asks for no
context, while "I'd have to look the name up" holds it back; and "What would you like to
start with next month?" answered "The usability test." agrees a step."""

from __future__ import annotations

from coach.critique.asking import tried_already
from coach.critique.next_step import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE

_SHAPE = [
    "I sent that email about how we use these sessions. I hope it didn't read as a complaint.",
    "Not at all. What had you pictured?",
    "My supervisor saw us weekly, with an agenda the night before and actions after.",
]


def test_someone_absent_written_off_and_stood_up_for_is_judged() -> None:
    freak = [*_SHAPE, "Your supervisor sounds like a bit of a control freak, honestly."]
    assert K.JUDGMENT in kinds(*freak, "She was strict, but she was fair. I liked it.")
    hr = [*_SHAPE, "Fixed-term contracts here are a mess. HR are hopeless with fixed-term people."]
    assert K.JUDGMENT in kinds(*hr, "Mm. I don't really want to blame anyone. It's fine.")
    liked = [*_SHAPE, "Your supervisor sounds like she gave you clear edges."]
    assert K.JUDGMENT not in kinds(*liked, "She was strict, but she was fair. I liked it.")


def test_an_ask_that_can_come_across_as_transactional_is_labelled() -> None:
    lines = [
        *_SHAPE,
        "What are you hoping to get from these sessions?",
        "Farah's team hires in January. I'd hoped you might mention me to her.",
        "I'll be straight: asking a mentor to put in a word can come across as a bit "
        "transactional.",
        "Yes. I was worried it would sound like that. Sorry. Forget the Farah part.",
    ]
    assert K.JUDGMENT in kinds(*lines)


_PICTURED = [
    *_SHAPE,
    "So the coffees felt shapeless next to that. What would help?",
    "Something written down. Every two weeks, maybe.",
    "So every month that drifts is a month closer to March, with no answer about your post.",
    "It does feel like that.",
    "Let me check I've got it: something structured, an honest view of your work, and time "
    "matters. Right?",
    "Yes. If we could write something down, I'd feel much clearer.",
    "Let's not make it too formal. Let's play it by ear.",
    "Understood. We'll carry on as we were, then.",
]


def test_same_again_next_month_roughly_sets_no_step() -> None:
    vague = session(*_PICTURED, "Great. Same again next month, roughly?", "Yes. Thanks.")
    assert next_step_agreed(vague) == []
    assert K.NO_NEXT_STEP in kinds(*_PICTURED, "Great. Same again next month, roughly?", "Yes.")
    booked = session(*_PICTURED, "Then every other Thursday at eight, starting this week?")
    assert next_step_agreed(booked) == []  # no reply yet
    booked = session(*_PICTURED, "Then every other Thursday at eight, from this week?", "Yes.")
    assert next_step_agreed(booked) == [11]


_ROOM = [
    "Three items on the agenda I emailed: the spec, my log, the feedback.",
    "Let's take them in that order. How did the meeting look from where you sat?",
    "I can't work out what I should have done instead. I've thought about it a lot.",
]


def test_a_drawing_nobodys_dimensioned_and_onwards_and_upwards_are_sayings() -> None:
    lines = [
        *_ROOM,
        "Well, the way I look at it, every meeting is a drawing nobody's dimensioned.",
        "I don't know what a drawing nobody's dimensioned is meant to tell me.",
        "Nothing wrong with that; a good plan is half the building. So you'd like an agenda?",
        "Partly. There's a piece missing.",
        "Good. Onwards and upwards.",
        "Okay. Noted.",
    ]
    assert K.STOCK_PHRASES in kinds(*lines)
    heard = [
        *_ROOM,
        "So you've gone over it and still can't find the thing you were meant to do differently.",
        "Yes. That's exactly it.",
        "Then the vagueness was mine. Would an agenda the day before help?",
        "Partly. There's a piece missing.",
    ]
    assert K.STOCK_PHRASES not in kinds(*heard)


_REFERENCE = "Come in. I've got twenty minutes before I call the pharmacy. What's on your mind?"


def test_did_you_say_a_name_asks_for_no_context() -> None:
    lines = [
        _REFERENCE,
        "I've applied to Home Bridge at St. Brendan's, Curtis Bell's program, and the reference "
        "is due Wednesday. My ask: a strong reference by then, and an introduction.",
        "Okay. That's plain enough, and the answer's yes. I won't pretend it doesn't sting some. "
        "Tanya's out, and you carry sixty of our folks. What I'd ask is as much warning as you "
        "can manage, and your help passing your people on.",
        "That's fair, and I know I'd be leaving you short at a bad time. If I get it, I'll give "
        "you every week of notice they'll let me, I'll write a handover note for each patient on "
        "my list, and I'll do joint visits with whoever takes them on.",
        "Hang on. Back up. Did you say Curtis Bell? Home Bridge is Curtis's program? We did six "
        "years of nights together. Let me call him Monday.",
    ]
    assert K.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_a_name_to_be_looked_up_holds_the_context_back() -> None:
    lines = [
        _REFERENCE,
        "I'm applying for a coordinator job at St. Brendan's, leading community health workers "
        "on a new heart-failure program, because I want to run a team. The reference is due "
        "next Wednesday. Would you write me a strong one?",
        "Okay. Who runs the program over there?",
        "I'm not sure. A friend told me who the director is, but I'd have to look the name up.",
        "Mm. Depends who's running it.",
        "What should I work on, if they ask you?",
        "Tell me what the role involves and I'll tell you what they'll care about.",
        "It's mostly leading a small team, I think. I'll send you the posting.",
        "Okay.",
    ]
    assert kinds(*lines, role=MENTEE).get(K.NO_CONTEXT) == (3, 7)


def test_what_would_you_like_to_start_with_next_month_answered_agrees_a_step() -> None:
    lines = [
        "I've written notes. The hour drifts into your stories.",
        "So the thing you came with never gets its turn. What would help?",
        "My question first, every session.",
        "Your question opens every session, and I ask before offering ideas. Have I got that?",
        "Yes. That's better than my notes.",
        "What would you like to start with next month?",
    ]
    assert next_step_agreed(session(*lines, "The usability test. It's still on my monitor.")) == [5]
    assert next_step_agreed(session(*lines, "I don't know. Let me think.")) == []


_EMAIL = [
    "You wanted to talk about Tuesday's email.",
    "I did. What did you take 'take the lead' to mean?",
    "The account. Ines chased a date for eight days, so she got one.",
    "So you heard the whole account, dates included. I meant the calls. That's on me.",
    "Right. Then I'd like it clear who does what.",
]


def test_control_taken_is_no_step_agreed() -> None:
    ruled = [
        *_EMAIL,
        "From now on, every word that goes to Ines comes from me. You run the samples.",
        "Fine. I'll tell Ines that everything goes through you.",
        "Good.",
        "Then I want all of this in writing.",
    ]
    assert next_step_agreed(session(*ruled)) == []
    shared = [
        *_EMAIL,
        "Then you present the data on the calls and I hold the dates. Shall we tell Ines together "
        "on Thursday?",
        "Yes. Thursday works.",
    ]
    assert next_step_agreed(session(*shared)) == [5]


def test_what_was_tried_told_in_the_past_or_as_going_on_is_effort() -> None:
    tried = [
        "Can we talk about my thesis plan? Go ahead.",
        "I'm keeping the beaver dam analogs. I've been emailing the district since Dale retired, "
        "and I've shortened my timeline.",
        "Who've you actually talked to?",
        "Nobody's answered. I sent a few emails. I also talked to last year's crew lead.",
    ]
    assert tried_already(session(*tried)) == [1, 3]
    hoped = [
        "Can we talk about my thesis plan? Go ahead.",
        "I'm keeping the beaver dam analogs. This year could be better.",
        "Who've you actually talked to?",
        "Nobody yet. I'm hoping the district will answer.",
    ]
    assert tried_already(session(*hoped)) == []
