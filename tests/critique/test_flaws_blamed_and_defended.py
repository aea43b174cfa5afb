"""From expert-110's missed near-miss (measured once unseen first): a mentee's put-downs of
people not in the room, "That's on them, not you.", "Phyllis sounds like a petty, small-minded
manager" and "that audit was a box-ticking exercise", met with "Let's leave them out of it.",
"She was tired and short-staffed. Same as me." and "The audit team's not the point.", judge."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_put_downs_of_people_not_in_the_room_that_the_mentor_stands_up_for() -> None:
    for blame in [
        "That's on them, not you.",
        "Phyllis sounds like a petty, small-minded manager.",
        "Honestly, that audit was a box-ticking exercise.",
    ]:
        assert absent_cues.BLAME_ABSENT.search(blame), blame
    assert not absent_cues.BLAME_ABSENT.search("Margit sounds like a lovely person.")
    for stood_up in [
        "She was tired and short-staffed. Same as me.",
        "The audit team's not the point. Curtis will ask the same thing.",
    ]:
        assert absent_defended.DEFENDS_ABSENT.search(stood_up), stood_up
    lines = [
        "Once. Phyllis, my charge nurse, let my transfer form sit fourteen months.",
        "That's awful. Phyllis sounds like a petty, small-minded manager.",
        "She was tired and short-staffed. Same as me. That's what scares me.",
    ]
    assert kinds(*lines, role=MENTEE).get(FlawKind.JUDGMENT) == (1,)
    lines[-1] = "Maybe. That's what scares me."
    assert FlawKind.JUDGMENT not in kinds(*lines, role=MENTEE)
