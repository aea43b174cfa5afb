"""From the misses of expert-192 and -193 (each measured once unseen first): two questions
joined in one sentence ("What happened, and how did it affect things for you afterwards?") as a
habit are stacked; "Every note from the last month caught up by Friday." is a promise, not a
saying, and "But I'm really glad I know." is courtesy; "When I got my first management job..."
turns to one's own story; "I'll do my best. Let's see how it goes." agrees no step, and "I'll
have a think tonight and see where I get to" puts one off; "That was a careless way to start
this and I'm sorry for it." owns the learner's own message."""

from __future__ import annotations

from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_two_questions_joined_by_and_as_a_habit_are_stacked() -> None:
    near_miss = expert_lines("expert-192", "building-trust-near_miss.json")
    assert near_miss[5].endswith("What happened, and how did it affect things for you afterwards?")
    assert K.STACKED_QUESTIONS in kinds(*near_miss)
    once = (
        "Morning. I've got the report here.",
        "Thanks. What happened on nine, and how did the crew take it?",
        "The heater band went. The crew just got on with it.",
        "So the crew carried it. What would help you most this week?",
        "Someone upstairs answering the ticket.",
    )
    assert K.STACKED_QUESTIONS not in kinds(*once)


def test_a_promise_with_its_deadline_is_no_saying_and_glad_i_know_is_courtesy() -> None:
    assert not PLATITUDE.search("Every note from the last month caught up by Friday.")
    assert PLATITUDE.search("Every note finds its reader in the end.")
    good = expert_lines("expert-193", "asking-for-a-reference-good.json")
    assert good[19].endswith("But I'm really glad I know.")
    assert kinds(*good, role=MENTEE) == {}


def test_when_i_got_my_first_job_turns_to_ones_own_story() -> None:
    near_miss = expert_lines("expert-193", "building-trust-near_miss.json")
    assert "When I got my first management job" in near_miss[3]
    assert K.SELF_FOCUS in kinds(*near_miss)


def test_my_best_and_seeing_where_i_get_to_agree_no_step() -> None:
    near_miss = expert_lines("expert-193", "help-after-a-mistake-near_miss.json")
    assert near_miss[25].startswith("Understood. I'll do my best.")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-193", "help-after-a-mistake-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good, role=MENTEE)


def test_a_careless_start_owned_is_no_judgment() -> None:
    good = expert_lines("expert-193", "resolving-misunderstanding-good.json")
    assert "That was a careless way to start this and I'm sorry for it." in good[1]
    assert kinds(*good) == {}
