"""From expert-107's missed near-miss: "Shall we see where we are next month?" and "I'll
certainly hold them in mind." put off the step the other asked to pin down, and a step agreed
to after them is none; from expert-106's flagged good: "You should." alone grants their
caution and advises nothing."""

from __future__ import annotations

from coach.critique import plan_cues
from coach.critique.next_step import next_step_agreed
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import session

_ASKED = [
    "Maybe the first ten minutes could be for my questions, and what I tell you stays with you.",
    "Those all sound very sensible. I'll certainly hold them in mind.",
    "Okay. Sure. I suppose I'd hoped we might actually pin some of it down.",
]


def test_seeing_where_we_are_puts_the_step_off() -> None:
    assert plan_cues.VAGUE_PLAN.search("Shall we see where we are next month?")
    assert plan_cues.VAGUE_PLAN.search("I'll certainly hold them in mind.")
    assert not plan_cues.VAGUE_PLAN.search("Shall we see where the ten minutes go on the 12th?")
    vague = [*_ASKED, "I understand. Shall we see where we are next month?", "Right. Okay."]
    assert next_step_agreed(session(*vague)) == []
    pinned = [
        *_ASKED,
        "Let's pin it: from the session on the 12th, you open with your questions. Does that work?",
        "Yes, that works.",
    ]
    assert next_step_agreed(session(*pinned))


def test_you_should_alone_grants_their_caution() -> None:
    # from expert-106's flagged good: "No wonder you're watching where my notes go. You should."
    lines = [
        "Last time the company gave me a mentor, what I told him ended up in a report.",
        "So you trusted someone in this same set-up, and it got used against you. No wonder "
        "you're watching where my notes go. You should. There aren't any.",
        "Okay. That's fair.",
    ]
    assert FlawKind.PREMATURE_ADVICE not in kinds(*lines)
    lines[1] = lines[1].replace("You should.", "You should talk to HR about it.")
    assert FlawKind.PREMATURE_ADVICE in kinds(*lines)
