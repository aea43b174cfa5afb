"""From expert-114's and -115's misses and flagged goods (measured once unseen first): a
mentee's "they've been hiding behind [the engine]", "feels a bit short-sighted" and "Helen's
been pretty theatrical", met with "I'd rather not take swings at people who aren't in the
room", judge someone absent; "not because you don't care, but because..." denies the verdict;
"Tomorrow night, then." and "It would." take up a step; "The facts are all correct. It's just
missing the part that really counts." and "That is the outside of it." hear only the facts;
and a step agreed beside "I'll think about how to approach him" is still agreed."""

from __future__ import annotations

from coach.critique import absent_cues, judgment_cues, reactions, step_reactions
from coach.critique.facts_cues import FACTS_ONLY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_hiding_behind_short_sighted_and_theatrical_blame_someone_absent() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        (
            "It's slipped twice, which, with respect, they've been hiding behind a bit since.",
            "Marcus parking everything behind the engine feels a bit short-sighted.",
            "Though to be fair, Helen's been pretty theatrical on the account calls.",
        ),
    )
    assert not absent_cues.BLAME_ABSENT.search("Helen's been really helpful on the calls.")
    near_miss = expert_lines("expert-114", "asking-for-help-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=MENTEE)


def test_a_verdict_denied_as_the_reason_is_no_judgment() -> None:
    denied = (
        "So the actions may have kept stalling not because you don't care, but because part of "
        "you isn't sure the road leads somewhere you want."
    )
    assert judgment_cues.NOT_A_JUDGMENT.search(denied)
    assert not judgment_cues.NOT_A_JUDGMENT.search("It's because you don't care enough.")
    good = expert_lines("expert-114", "mutual-accountability-good.json")
    assert FlawKind.JUDGMENT not in kinds(*good)


def test_a_time_said_back_or_it_would_takes_up_the_step() -> None:
    assert step_reactions.TAKES_UP.match("Tomorrow night, then. And thank you.")
    assert not step_reactions.TAKES_UP.match("Okay, then.")
    assert reactions.AGREE.search("It would. How you'd handle the count.")
    assert not reactions.AGREE.search("It would be hard to say.")
    good = expert_lines("expert-115", "asking-for-stretch-good.json")
    assert FlawKind.NO_NEXT_STEP not in kinds(*good, role=MENTEE)


def test_the_facts_all_correct_or_the_outside_of_it_hear_only_facts() -> None:
    assert not unmatched(
        FACTS_ONLY,
        (
            "Sort of. The facts are all correct. It's just missing the part that really counts.",
            "That is the outside of it. It is not only a meeting that went badly.",
        ),
    )
    near_miss = expert_lines("expert-114", "giving-feedback-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_a_step_agreed_beside_a_part_left_to_think_about_is_agreed() -> None:
    middle = expert_lines("expert-54", "help-after-a-mistake-middle.json")
    assert middle[19].endswith("I'll put that in. And Owen, I'll think about how to approach him.")
    assert FlawKind.NO_NEXT_STEP not in kinds(*middle, role=MENTEE)
