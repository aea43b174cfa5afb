"""From the misses of expert-176 and -177 (each measured once unseen first): "I'm going to
really reflect on all of it before next time" is no step, and a story of one's own that they
answer by remarking on it as the learner's ("That's a lovely story.", "That sounds...
frustrating, for you.") turned the talk to the learner, however it began."""

from __future__ import annotations

from coach.critique.plan_cues import VAGUE_PLAN
from coach.critique.story_cues import STORY_REMARKED
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_reflecting_on_it_later_is_a_vague_step() -> None:
    vague = (
        "I'm going to really reflect on all of it before next time.",
        "I'll think about what you've said.",
    )
    assert unmatched(VAGUE_PLAN, vague) == []
    assert not VAGUE_PLAN.search("I'll reflect the stop date in the timeline by Friday.")
    near_miss = expert_lines("expert-176", "receiving-feedback-near_miss.json")
    assert near_miss[17].endswith("I'm going to really reflect on all of it before next time.")
    assert K.NO_NEXT_STEP in kinds(*near_miss)
    # (a concrete change agreed there would be a step)
    near_miss[17] = (
        "Thank you. Then from next month the first half hour is yours: you send your question "
        "by Thursday evening and I don't tell a story until you've finished. Does that work?"
    )
    near_miss[18] = "Yes. That works. I'll send it Thursday."
    assert K.NO_NEXT_STEP not in kinds(*near_miss)


def test_stories_they_remark_on_as_the_learners_are_self_focus() -> None:
    remarked = ("That's a lovely story. Sorry, it's...", "Mm. That sounds... frustrating, for you.")
    assert unmatched(STORY_REMARKED, remarked) == []
    assert not STORY_REMARKED.search("That sounds frustrating. For me it was the rota.")
    near_miss = expert_lines("expert-177", "clarifying-expectations-near_miss.json")
    assert "a mentor called Geoff who only ever met me in the pub" in near_miss[3]
    assert K.SELF_FOCUS in kinds(*near_miss)
    # (answered by going on with their own, the stories pass)
    near_miss[4] = "Every two weeks, half an hour, with a purpose. If that's not too much."
    near_miss[8] = "My contract is less settled than it might seem. I'd prefer not to go into it."
    assert K.SELF_FOCUS not in kinds(*near_miss)
