"""From expert-79's missed near-misses: a summary met with "Partly. There's a gap, and it's the
part that matters." was confirmed as facts only, past what it meant; and "We'll play it by ear"
leaves the step vague, however concrete the day beside it."""

from __future__ import annotations

from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_a_gap_in_a_summary_that_matters_is_facts_only_confirmed() -> None:
    lines = [
        "The client had a wrong figure from the last consultant. I corrected it in the meeting, "
        "in front of the head teacher, because the hall would have rung for two seconds.",
        "So the figure was wrong and you corrected it in the meeting, in front of the head.",
        "Yes. That's the list. Then your feedback afterwards said only to read the room, and I "
        "had nothing I could act on.",
        "So the feedback after the meeting told you to read the room and gave you nothing you "
        "could act on.",
        "Partly. There's a gap, and it's the part that matters.",
        "What have I missed?",
        "It doesn't matter. The agendas will help.",
    ]
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*lines)
    lines[4] = "Yes, exactly. Nothing to act on at all."
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*lines)


def test_playing_it_by_ear_is_no_step() -> None:
    lines = [
        "Sorry I'm late. Year 8 wouldn't leave.",
        "No problem. How has the week been?",
        "Long. The observation's in two weeks and I keep thinking about it.",
        "What worries you most about it?",
        "It's the observation that scares me, and Jayden's mum on Monday.",
        "Let me check I've got it: the observation is close, and Monday's meeting with Jayden's "
        "mum is on your mind. Is that right?",
        "Yeah. That's it. So what do I actually do?",
        "What would help most before the observation?",
        "I don't know. Maybe going through the lesson with someone.",
        "We'll play it by ear. It's a couple of weeks off, you'll be fine. Bring whatever's on "
        "your mind next Wednesday.",
        "Right. Okay. I'll figure it out.",
        "Good. See you Wednesday.",
        "Okay.",
    ]
    assert K.NO_NEXT_STEP in kinds(*lines)
    lines[9] = (
        "Let's go through the lesson plan together next Wednesday at four, and you bring the "
        "seating plan. Does that work?"
    )
    lines[10] = "Yes. Wednesday at four. I'll bring it."
    assert K.NO_NEXT_STEP not in kinds(*lines)
