"""From the misses of expert-206 and -207 (each measured once unseen first): what a good one of
a kind does and one thing beating another are sayings; "it reminds me of my first lab manager"
and "I've had my own version of that" start a story of one's own; a mentee's statement put as a
question and answered "No." is closed; a put-down of someone absent ("Gail's naive", "leaving
six months in was disloyal") that the counterpart stands up against is a judgment; and "Are you
committed to this programme or not?" and "No more excuses." judge the listener."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.judgment_cues import ACCUSES
from coach.critique.sayings import PLATITUDE
from coach.critique.story_cues import SELF_STORY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_maxims_of_a_good_one_and_of_one_thing_beating_another_are_sayings() -> None:
    sayings = (
        "Ha, a good nurse bends, she doesn't snap.",
        "Remember, a page written beats a chapter planned.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    for plain in ("A good teacher helps you see it.", "Thursday beats Friday for me, honestly."):
        assert not PLATITUDE.search(plain)
    near_miss = expert_lines("expert-207", "mutual-accountability-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_a_story_of_ones_own_told_after_it_reminds_me_of_my() -> None:
    cued = ("It reminds me of my first lab manager, actually.", "I've had my own version of that")
    assert unmatched(SELF_STORY, cued) == []
    near_miss = expert_lines("expert-207", "resolving-misunderstanding-near_miss.json")
    assert K.SELF_FOCUS in kinds(*near_miss)


def test_a_mentees_statement_put_as_a_question_and_answered_no_is_closed() -> None:
    near_miss = expert_lines("expert-207", "asking-for-help-near_miss.json")
    assert near_miss[5].startswith("Right. So I shouldn't give them a date")
    assert 5 in kinds(*near_miss, role=LearnerRole.MENTEE)[K.CLOSED_QUESTIONS]


def test_a_put_down_of_someone_absent_that_they_stand_up_against_is_a_judgment() -> None:
    put_downs = (
        "Gail's naive if she thinks an audit is paperwork.",
        "And frankly, leaving six months in was disloyal.",
        "Honestly, Linda can be cautious to a fault.",
        "It sounds like a bit of a cowboy outfit, honestly.",
    )
    assert unmatched(BLAME_ABSENT, put_downs) == []
    assert not BLAME_ABSENT.search("Gail's notes are careful and the count was clean.")
    stood_up = (
        "She's not here to answer for that.",
        "I won't make your case by marking Tyler down.",
    )
    assert unmatched(DEFENDS_ABSENT, stood_up) == []
    near_miss = expert_lines("expert-206", "asking-for-stretch-near_miss.json")
    assert {7, 13, 15} <= set(kinds(*near_miss, role=LearnerRole.MENTEE)[K.JUDGMENT])


def test_an_ultimatum_on_commitment_and_no_more_excuses_judge_the_listener() -> None:
    said = ("Are you committed to this programme or not?", "So, Friday. No more excuses.")
    assert unmatched(ACCUSES, said) == []
    assert not ACCUSES.search("Are you committed to Friday, or would Monday suit better?")
    poor = expert_lines("expert-207", "mutual-accountability-poor.json")
    assert {7, 13} <= set(kinds(*poor)[K.JUDGMENT])
