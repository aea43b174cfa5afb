"""From expert-137's misses (measured once unseen first): a mentee's "help me with it,
somehow", "whatever you'd feel good doing", "Whatever you're comfortable with" and "anything you
could say about how I am" are vague asks, as "'Help me somehow' I can't do a whole lot with.",
"I can't write 'anything'." and "I still don't know what you're asking me for." say; "'My work
speaks for itself' is a conclusion.", "walk me through what's changed since February" and
"Give me something to go on first" press for the case behind the ask."""

from __future__ import annotations

from coach.critique import asking_cues, case_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_help_somehow_and_whatever_you_feel_good_doing_are_vague() -> None:
    assert not unmatched(
        asking_cues.VAGUE_ASK,
        [
            "I was hoping you might be able to help me with it, somehow.",
            "Honestly, whatever you'd feel good doing.",
            "Whatever you're comfortable with is more than enough, really.",
            "I'd just love anything you could say about how I am with patients.",
        ],
    )
    assert not asking_cues.VAGUE_ASK.search("Could you help me with the handover plan?")
    assert not unmatched(
        case_cues.WHAT_IS_ASKED,
        [
            "'Help me somehow' I can't do a whole lot with.",
            "I can't write 'anything'.",
            "But I still don't know what you're asking me for.",
        ],
    )
    near_miss = expert_lines("expert-137", "asking-for-a-reference-near_miss.json")
    assert FlawKind.VAGUE_ASK in kinds(*near_miss, role=MENTEE)


def test_a_conclusion_and_something_to_go_on_press_for_the_case() -> None:
    assert case_cues.CLAIM_UNSUPPORTED.search("But 'my work speaks for itself' is a conclusion.")
    assert not unmatched(
        case_cues.WANTS_CONTEXT,
        [
            "Hold on. Before I answer, walk me through what's changed since February.",
            "Give me something to go on first, and then I'll share what I've seen.",
        ],
    )
    assert not case_cues.WANTS_CONTEXT.search("Walk me through the panel on Thursday.")
    near_miss = expert_lines("expert-137", "asking-for-stretch-near_miss.json")
    assert FlawKind.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
