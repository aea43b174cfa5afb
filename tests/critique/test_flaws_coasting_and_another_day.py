"""From expert-121's misses and flagged good (measured once unseen first): a mentee's "he's
been coasting", "bad planning by whoever staffed Harlow", "run out of a shoebox" and "She'd only
hold Harlow over me" judge someone absent; a question answered "Not something I'm getting into
today." or "Maybe another day." closed the talk down; and a summary the counterpart confirms
("Hearing it back like that, yeah, that's most of it.") is their story said back, not a
verdict, whatever a clause of it sounds like alone."""

from __future__ import annotations

from coach.critique import absent_cues
from coach.critique.questioning import bare_answer
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_coasting_bad_planning_and_a_grudge_judge_someone_absent() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        [
            "No offence to him, but he's been coasting on the same three clients for years.",
            "Sending Jess on leave in busy season was bad planning by whoever staffed Harlow.",
            "Sounds like the place is run out of a shoebox.",
            "I'm guessing not going to Linda. She'd only hold Harlow over me.",
        ],
    )
    assert not absent_cues.BLAME_ABSENT.search("The coasting bit of the drive is the best part.")
    assert not absent_cues.BLAME_ABSENT.search("It was bad planning on my part, and I own it.")
    near_miss = expert_lines("expert-121", "asking-for-stretch-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=MENTEE)


def test_a_question_put_off_to_another_day_closed_the_talk_down() -> None:
    assert bare_answer(
        "Yep. Plans that depend on the sky and I have some history. Not something I'm getting"
        " into today."
    )
    assert bare_answer("I've got a story about that. It doesn't flatter me. Maybe another day.")
    assert not bare_answer(
        "Another day I'd have said no, but here it is: the creek flooded in 2016 and took two"
        " seasons of loggers with it, and I never forgot how that felt."
    )
    near_miss = expert_lines("expert-121", "disagreeing-with-advice-near_miss.json")
    assert FlawKind.CLOSED_QUESTIONS in kinds(*near_miss, role=MENTEE)


def test_a_summary_they_confirm_is_no_verdict() -> None:
    good = expert_lines("expert-121", "thinking-of-leaving-good.json")
    assert good[21].endswith("How close is that?")
    assert good[22].startswith("Hearing it back like that, yeah, that's most of it.")
    assert FlawKind.JUDGMENT not in kinds(*good)
    good[22] = "That's not fair. I'm not hiding anything, I just said I can't go there today."
    assert FlawKind.JUDGMENT in kinds(*good)
