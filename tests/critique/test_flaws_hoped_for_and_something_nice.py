"""From expert-139's ordering miss (after it was measured once unseen): "I was hoping you'd be a
reference?" is a specific ask though the coder may read it as a question; "I need a reference.
Just say something nice." in answer to "What is it you're asking me for?" leaves what to say to
them, so it is a vague ask, not a specific one."""

from __future__ import annotations

from coach.critique import asking_cues
from coach.critique.detectors import specific_ask
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds


def test_hoping_they_would_be_a_reference_is_a_specific_ask() -> None:
    hoped = session(
        "What's on your mind?",
        "Hi. So, I've applied for a job at St. Brendan's. I was hoping you'd be a reference?",
    )
    assert specific_ask(hoped) == [1]
    wondered = session("What's on your mind?", "I was hoping you'd have a minute for me today?")
    assert specific_ask(wondered) == []


def test_a_reference_with_something_nice_to_say_is_vague() -> None:
    assert asking_cues.VAGUE_ASK.search("Just say something nice.")
    assert not asking_cues.VAGUE_ASK.search("Could you say something about the cuff programme?")
    asked = session(
        "Hm. Okay. What is it you're asking me for?",
        "I need a reference. Just say something nice. You know me.",
    )
    assert specific_ask(asked) == []
    named = session(
        "Hm. Okay. What is it you're asking me for?",
        "I need a reference by Wednesday, about the cuff programme and my panel's numbers.",
    )
    assert specific_ask(named) == [1]
    poor = expert_lines("expert-139", "asking-for-a-reference-poor.json")
    assert FlawKind.VAGUE_ASK in kinds(*poor, role=LearnerRole.MENTEE)
