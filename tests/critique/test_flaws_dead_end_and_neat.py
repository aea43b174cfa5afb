"""From expert-81's two missed near-misses: "This program's a dead end" and "nobody upstairs
notices", met with "I'd be careful how you describe this place" or a closing "Careful.", judge
someone absent; "Yes. All correct." and "That's the neat version." confirm reflections as facts
only."""

from __future__ import annotations

from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
OPENING = "Come on in. I've got twenty minutes before I call the pharmacy. What's on your mind?"


def test_a_place_written_off_and_stood_up_for_is_judged() -> None:
    lines = [
        OPENING,
        "I'd like a reference by Wednesday. Honestly, it's time. This program's a dead end.",
        "Yes, I'll write it. But I'd be careful how you describe this place.",
    ]
    assert K.JUDGMENT in kinds(*lines, role=LearnerRole.MENTEE)
    lines[1] = "I'd like a reference by Wednesday. Honestly, it's time for something bigger."
    assert K.JUDGMENT not in kinds(*lines, role=LearnerRole.MENTEE)
    upstairs = [
        OPENING,
        "Every time someone's out, the rest of us absorb it and nobody upstairs notices.",
        "Tanya's the one who'd be picking up your visits, if she were well. Careful.",
    ]
    assert K.JUDGMENT in kinds(*upstairs, role=LearnerRole.MENTEE)


def test_all_correct_and_the_neat_version_confirm_facts_only() -> None:
    lines = [
        "The assay column was dying. The runs between the third and the fourteenth are invalid, "
        "so every sample went back in the queue. Three weeks, give or take.",
        "So the column failed, you replaced it, requeued everything, and three weeks is the "
        "turnaround.",
        "Yes. All correct. I emailed Ines the new date on Tuesday and copied you in.",
        "Let me pull it together: the column failed, the re-runs need three weeks, and you "
        "emailed Ines the new date on Tuesday. Is that right?",
        "That's the neat version. You've dropped the bit that actually matters.",
        "What have I missed?",
        "Not yet.",
    ]
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*lines)
    lines[2] = "Yes, and it was a horrible week. I emailed Ines the new date on Tuesday."
    assert K.CONTENT_ONLY_REFLECTIONS not in kinds(*lines)
