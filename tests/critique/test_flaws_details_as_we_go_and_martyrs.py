"""From expert-104's and expert-105's misses: "We'll work out the details as we go." and "Let's
not rush into anything." leave the step vague; a colleague who "should've caught" it, "a bit
precious of them", "frankly useless" and someone who "struck me as a bit thin-skinned" judge
someone absent, and "She was good, actually." and "Who should've said what to whom, I'm not
getting into." stand up for them; "you've been a bit of a martyr" and "reads as disorganised"
label the listener; sayings handed down ("as I tell my planners", "my gran used to say") or
about how work finds its way."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, judgment_cues, plan_cues
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_details_as_we_go_leave_the_step_vague() -> None:
    assert plan_cues.VAGUE_PLAN.search("We'll work out the details as we go.")
    assert plan_cues.VAGUE_PLAN.search("Let's not rush into anything.")
    assert not plan_cues.VAGUE_PLAN.search("Let's not rush the write-up: Thursday at four.")
    assert not plan_cues.VAGUE_PLAN.search("Thank you for making time before your samples.")


def test_blame_of_someone_absent_that_the_other_stands_up_against() -> None:
    for blame in (
        "He's a senior, he should've caught a missing index.",
        "If they're upset about that, it's a bit precious of them.",
        "And staging is frankly useless for this kind of thing.",
        "Priya always struck me as a bit thin-skinned for this kind of work.",
    ):
        assert absent_cues.BLAME_ABSENT.search(blame), blame
    for defence in (
        "Perhaps. She was good, actually.",
        "Who should've said what, I'm not getting into.",
    ):
        assert absent_defended.DEFENDS_ABSENT.search(defence), defence
    lines = [
        "Two people reviewed it and missed it.",
        "Owen approved it, though. He's a senior, he should've caught a missing index.",
        "Pointing at Owen won't do you any good in that room.",
    ]
    assert K.JUDGMENT in kinds(*lines, role=LearnerRole.MENTEE)
    lines[1] = "Owen approved it too, and I'd want him in the room."
    assert K.JUDGMENT not in kinds(*lines, role=LearnerRole.MENTEE)


def test_labels_for_the_listener_and_their_ways() -> None:
    assert judgment_cues.SOFT_LABEL.search("and you've been a bit of a martyr about it")
    assert judgment_cues.SOFT_LABEL.search("that's a pattern that reads as disorganised")
    assert not judgment_cues.SOFT_LABEL.search("you've been a big help on the Halloran deal")


def test_sayings_handed_down_or_about_how_work_finds_its_way() -> None:
    for saying in (
        "Still, as I tell my planners, no timetable survives its first week of passengers.",
        "Well, my gran used to say what's meant for you won't pass you by.",
        "Good work always finds its way to the right desk.",
        "Get the skills in place first and let the rest follow.",
    ):
        assert PLATITUDE.search(saying), saying
    assert not PLATITUDE.search("As I told Farah on Monday, the model runs nightly.")
