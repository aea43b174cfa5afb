"""From expert-116's and -117's misses (measured once unseen first): "I have to say, though,
missing a drifting tailing factor for over a week is sloppy for someone with your experience"
is a verdict on their choice, the hedge aside, and "flagging it was a poor call" owns nothing of
one's own; and a mentee's "honestly he coasts", "Linda's always been overcautious", "those
family places are usually a mess", "She kind of left me holding it" and "an old boys' club",
met with "I won't run Tyler down" or "That isn't a crime", judge someone absent."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, judgment_cues, verdicts
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_sloppy_for_someone_with_your_experience_is_a_verdict() -> None:
    said = (
        "I have to say, though, missing a drifting tailing factor for over a week is sloppy for "
        "someone with your experience."
    )
    assert verdicts.verdict(said)
    assert not verdicts.verdict("Missing it for a week was sloppy of me, I know.")
    assert not verdicts.verdict("I don't think missing it was careless.")
    near_miss = expert_lines("expert-117", "resolving-misunderstanding-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss)
    # their act called a poor call is no owning of one's own
    assert not judgment_cues.OWNS.search("fixing it quietly instead of flagging it was a poor call")
    assert judgment_cues.OWNS.search("Honestly, it was a poor call on my side.")


def test_rivals_and_colleagues_run_down_are_judged() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        (
            "Tyler's fine, but honestly he coasts.",
            "And Linda's always been overcautious with staff.",
            "Honestly, those family places are usually a mess.",
            "She kind of left me holding it.",
            "Honestly, the panel's been a bit of an old boys' club about stretch roles.",
        ),
    )
    assert not absent_cues.BLAME_ABSENT.search("The freezer count is the mess I'd start with.")
    assert absent_defended.DEFENDS_ABSENT.search(
        "That isn't a crime, it just makes the work harder."
    )
    near_miss = expert_lines("expert-116", "asking-for-stretch-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)
