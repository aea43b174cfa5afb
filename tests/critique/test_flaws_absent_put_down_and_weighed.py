"""From expert-150's and expert-151's misses: someone absent put down ("Tyler's the safe, beige
choice who's never had an original idea", "running a family business off the back of a
napkin", "bailed for industry the minute it suited her", "famously allergic to risk", "is
being pretty short-sighted", "was poor form. That's not how colleagues should behave.") and
stood up for ("so careful.", "She's allowed to be careful.", "I'd rather you didn't bring her
into this.", "He's under a lot of pressure", "make him the villain", "I'd rather not make it
about them.") is a judgment; so is how they are, weighed ("you're quite quick to go quiet",
"You could be a bit more assertive with me"); and "Both of those sound like yours." takes up
the steps they named ("I think I need to walk in on Thursday and ask them...")."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, step_reactions, verdicts
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_someone_absent_put_down_and_stood_up_for_is_a_judgment() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        [
            "Tyler's the safe, beige choice who's never had an original idea.",
            "Sounds like Gail's running a family business off the back of a napkin.",
            "The last one bailed for industry the minute it suited her.",
            "Linda's famously allergic to risk.",
            "a PM who cuts a usability round to hit a date is being pretty short-sighted",
            "Carrying it straight back to him was poor form.",
            "That's not how colleagues should behave.",
        ],
    )
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        [
            "She'd be your client, so careful.",
            "Linda signs the opinion. She's allowed to be careful.",
            "I'd rather you didn't bring her into this.",
            "He's under a lot of pressure from the claims director.",
            "I don't really want to make him the villain.",
            "I'd rather not make it about them. They didn't know it was private.",
        ],
    )
    assert not absent_cues.BLAME_ABSENT.search("Tyler's the obvious person to ask about Harlow.")
    assert not absent_defended.DEFENDS_ABSENT.search("Be careful with the numbers on page two.")
    lines = [
        "Come in. Your note said you wanted twenty minutes before Thursday. What's up?",
        "I'd like to run the Dunmore job, and I'm asking you to back me at the panel. Linda "
        "will default to Tyler, the safe, beige choice who's never had an original idea.",
        "Clear ask. But let's leave Tyler out of it. What have you done since Harlow?",
    ]
    assert K.JUDGMENT in kinds(*lines, role=LearnerRole.MENTEE)
    near_miss = expert_lines("expert-150", "asking-for-stretch-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_how_they_are_weighed_is_a_verdict() -> None:
    assert verdicts.verdict("Though I'd say you're quite quick to go quiet and nod along.")
    assert verdicts.verdict("You could be a bit more assertive with me, honestly.")
    assert not verdicts.verdict("You're quick to spot a broken form, and it shows.")
    assert not verdicts.verdict("I could be a bit more assertive with Duncan myself.")
    near_miss = expert_lines("expert-151", "receiving-feedback-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)


def test_both_of_their_steps_taken_up_are_a_step_agreed() -> None:
    assert step_reactions.TAKES_UP.match("Both of those sound like yours. What next time?")
    said = "Honestly? I think I need to walk in on Thursday and ask them what I care about."
    assert step_reactions.NAMES_OWN_STEP.search(said)
    assert not step_reactions.TAKES_UP.match("Both of those worry me a little.")
    good = expert_lines("expert-150", "thinking-of-leaving-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good)
