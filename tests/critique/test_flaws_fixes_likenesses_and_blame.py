"""From expert-92's and expert-93's misses: a fix announced ("here's an easy fix") or made a
rule mid-turn and met with "Could I get to the end of my notes first?" or "that might be the
thing happening again" was too soon; "Let me think about the best way to approach Linda" after
"So what are you going to do?" takes on no step; a kind likened to a thing ("Good analysts are
like good signals") is a saying; blame of colleagues who "should've known better" that the
mentor will not join is judgment; help offered and met with "Maybe." is no formula; and "I'm
asking you specifically to back me" is a concrete ask."""

from __future__ import annotations

from coach.critique.asking import specific_ask
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

K = FlawKind
MENTEE = LearnerRole.MENTEE

_FEEDBACK = [
    "Thanks for the ten minutes. I've written notes. I do value these sessions.",
    "Thank you for asking for this. What's first on your notes?",
    "I bring one thing each month, and we drift into your stories. It's still on my Post-it "
    "when we hang up.",
]


def test_a_fix_announced_before_they_finish_is_premature() -> None:
    fix = [
        *_FEEDBACK,
        "So the Post-it outlasts the session. Okay, here's an easy fix: send me your topic the "
        "night before and I'll put it first.",
        "That might help. Could I get to the end of my notes first?",
    ]
    assert K.PREMATURE_ADVICE in kinds(*fix)
    heard = [*_FEEDBACK, "So the Post-it outlasts the session. What else is on your notes?"]
    heard.append("It's sort of connected. I stop before the messy bit.")
    assert K.PREMATURE_ADVICE not in kinds(*heard)


def test_a_rule_made_mid_turn_and_met_as_the_habit_again_is_premature() -> None:
    lines = [
        *_FEEDBACK,
        "So you end up feeling like the junior one, and the messy part gets lost.",
        "Yes. That's it exactly.",
        "Right. So let's make a rule: you get the first five minutes uninterrupted.",
    ]
    again = kinds(*lines, "Um. I think that might be the thing happening again. A bit.")
    assert K.PREMATURE_ADVICE in again
    taken = kinds(*lines, "Okay. Yes, I'd like that.")
    assert K.PREMATURE_ADVICE not in taken


_STRETCH = [
    "Come on in. What's up?",
    "Thursday's panel staffs Dunmore. I'd like to be in-charge, and I'm asking you to back me.",
    "Okay. Clear ask. Linda's pencilled in Tyler.",
    "So it would take a real case. Here's what has changed since February.",
    "That's more than most bring me.",
    "So the freezers are the real job, and the date can't move. What happened on your first?",
    "Cleveland. I nearly walked away.",
    "So you're weighing whether you'd be repeating what happened to you.",
    "That's fair. I'll put your name forward with me as manager, and you sit down with Linda "
    "before Thursday.",
    "So you'd back me, with the Monday check-ins, and I tell Linda myself before Thursday.",
    "That's it. Linda's out until Wednesday afternoon. So what are you going to do?",
]


def test_thinking_about_the_best_way_when_asked_what_you_will_do_is_no_step() -> None:
    vague = [*_STRETCH, "That makes sense. Let me think about the best way to approach Linda."]
    vague.append("Okay. Panel's at half eight Thursday, though.")
    assert K.NO_NEXT_STEP in kinds(*vague, role=MENTEE)
    booked = [*_STRETCH, "I'll email Linda tonight and ask for twenty minutes on Wednesday."]
    booked.append("Good. That's what I wanted to hear.")
    assert K.NO_NEXT_STEP not in kinds(*booked, role=MENTEE)


_EXPECTATIONS = [
    "I sent that email about how we use these sessions.",
    "Not a complaint at all. What had you been hoping these sessions would be like?",
    "Something more regular. And a more practical reason: Farah's team hires in January.",
]


def test_a_kind_likened_to_a_thing_is_a_saying() -> None:
    sayings = [
        *_EXPECTATIONS,
        "Good analysts are like good signals: nobody notices them until they're gone.",
        "Right. People do say that. It's just that January is close.",
        "The tram never comes any quicker for staring down the rails.",
        "Of course. My contract is less certain than it looks.",
    ]
    assert K.STOCK_PHRASES in kinds(*sayings)
    heard = [
        *_EXPECTATIONS,
        "So there's a real hope under this, and January makes it urgent.",
        "Yes. And the timing matters for other reasons.",
        "Other reasons. Tell me about them, if you'd like to.",
        "My contract is less certain than it looks.",
    ]
    assert K.STOCK_PHRASES not in kinds(*heard)


_REVIEW = [
    "Come in. We've got thirty minutes. What do you need?",
    "Friday's review is about my migration. Would you read my timeline before Friday?",
    "Yes. Send it tonight. Memphis had the same thing; the CI check has sat on my group's "
    "backlog two years.",
]


def test_colleagues_who_should_have_known_better_is_blame() -> None:
    blame = [
        *_REVIEW,
        "So the check should have been there. And Owen approved it. That's two people who "
        "should've known better than me, frankly.",
        "Okay. Pointing at Owen won't help you in that room.",
        "Fair. And Bea's not exactly quick off the mark when she's paged either.",
        "Mm. I'm not getting into who's to blame.",
    ]
    assert K.JUDGMENT in kinds(*blame, role=MENTEE)
    owned = [
        *_REVIEW,
        "So the check should have been there, and I should have asked before I ran it.",
        "Yes. Say that plainly.",
        "I will. What does the team most need to hear from me?",
        "The part about going it alone.",
    ]
    assert K.JUDGMENT not in kinds(*owned, role=MENTEE)


def test_help_offered_and_met_with_maybe_is_no_formula() -> None:
    lines = [
        "I froze on the outline, and then Mum's stroke put me on nights.",
        "So the outline stalled because nobody showed you a good one, and nights on four "
        "hours' sleep did the rest. Have I got that right?",
        "Yes. That's both halves.",
        "And if you ever want to talk to your ward manager about flexibility as a carer, I'm "
        "happy to help you work out how. Entirely your call.",
        "Maybe. Let me think about that one.",
        "Thank you for telling me all of it. Go and get some sleep.",
        "I'll try.",
    ]
    assert K.STOCK_PHRASES not in kinds(*lines)
    warmth = lines[:3] + ["Everything happens when it's meant to. Entirely your call."]
    warmth += lines[4:]
    assert K.STOCK_PHRASES in kinds(*warmth)


def test_asking_you_specifically_to_back_me_is_a_concrete_ask() -> None:
    ask = "I want to be the in-charge, and I'm asking you specifically to back me at the panel."
    assert specific_ask(session("What's up?", ask, "Okay. Clear ask.")) == [1]
    plea = "I want to be the in-charge, and I'm asking you specifically for some help."
    assert specific_ask(session("What's up?", plea, "Help with what?")) == []
