"""From expert-160's and expert-161's misses: one story of the learner's own, after saying back
theirs, that the counterpart answers by asking about the learner ("A month. Huh... So what's in
this for you, anyway?") models openness; someone absent's call put down ("a careless
instruction from Margit", "isn't great leadership") and met with "I would prefer to leave
Margit out of this" judges; and how they answered weighed ("answering a frightened homeowner
with return periods is a bit cold") is a verdict, said however gently."""

from __future__ import annotations

from coach.critique import absent_cues, verdicts
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_a_story_they_answer_by_asking_about_the_learner_is_no_self_focus() -> None:
    good = expert_lines("expert-160", "building-trust-good.json")
    assert K.SELF_FOCUS not in kinds(*good)
    near_miss = expert_lines("expert-160", "building-trust-near_miss.json")
    assert K.SELF_FOCUS in kinds(*near_miss)
    # asked about the learner's own story ("How did you handle yours?"), the talk has turned
    turned = expert_lines("expert-17", "thinking-of-leaving-near_miss.json")
    assert K.SELF_FOCUS in kinds(*turned)


def test_someone_absents_call_put_down_and_defended_is_a_judgment() -> None:
    said = "I have to say, that was frankly a careless instruction from Margit."
    assert absent_cues.BLAME_ABSENT.search(said)
    assert absent_cues.BLAME_ABSENT.search("Not turning up at all isn't great leadership.")
    assert not absent_cues.BLAME_ABSENT.search("It was a careless instruction from me.")
    near_miss = expert_lines("expert-161", "giving-feedback-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss)


def test_how_they_answered_weighed_is_a_verdict() -> None:
    gently = (
        "I'd still say, gently, that answering a frightened homeowner with return periods is a "
        "bit cold, and even a touch arrogant."
    )
    assert verdicts.verdict(gently)
    assert not verdicts.verdict("So being that cold with him was how you coped.")
    assert not verdicts.verdict("I think sending it was a bit abrupt of me.")
    reported = "So you still walked away being told you were cold."
    assert not verdicts.verdict(reported)
