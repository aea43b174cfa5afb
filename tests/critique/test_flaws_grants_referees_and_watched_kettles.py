"""From the misses of expert-182 and -183 (each measured once unseen first): their ask granted
in their words ("Every two weeks is possible.") says nothing back; blame of the absent that the
counterpart stands up against ("people are being a bit petty" / "careful calling the team
petty", "Bea took a while" / "I won't referee who was slow") judges; "I'm not telling you off"
reassures; "put the whole picture together" and "play back where we've got to" open summaries;
"a marathon in wellies", "a planner's best friend" and "the kettle boils whether you watch it or
not" are sayings; and a refusal after a word of why ("I'm facilitating. I can't stand up for
anyone...") agrees no step."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.cues import SUMMARY_OPENER
from coach.critique.detectors import next_step_agreed, reflection
from coach.critique.judgment_cues import REASSURES
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_their_ask_granted_in_their_words_says_nothing_back() -> None:
    asked = "On my master's we met every Tuesday. So maybe every two weeks."
    granted = "Every two weeks is possible. What would you want to use the time for?"
    assert reflection(session(asked, granted, "Fine.")) == []
    near_miss = expert_lines("expert-182", "clarifying-expectations-near_miss.json")
    assert K.NO_REFLECTIONS in kinds(*near_miss)


def test_blame_of_the_absent_they_stand_up_against_judges() -> None:
    blamed = (
        "Apology posted: two emoji, then silence, so people are being a bit petty about it.",
        "Bea took a while once she was on, to be honest.",
        "If he's got a problem with me, he could come to me.",
    )
    assert unmatched(BLAME_ABSENT, blamed) == []
    defended = (
        "And careful calling the team petty.",
        "So before you go after whoever built staging, know that some of this is on my desk.",
        "Mm. I won't referee who was slow.",
    )
    assert unmatched(DEFENDS_ABSENT, defended) == []
    near_miss = expert_lines("expert-182", "help-after-a-mistake-near_miss.json")
    assert K.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_not_telling_you_off_reassures() -> None:
    assert REASSURES.search("I'm not telling you off. I'm curious.")
    good = expert_lines("expert-182", "setting-boundaries-good.json")
    assert K.JUDGMENT not in kinds(*good)


def test_the_whole_picture_put_together_and_played_back_are_summaries() -> None:
    opened = (
        "Can I try to put the whole picture together, and you tell me what I've got wrong?",
        "Can I play back where we've got to, to check I've got it?",
    )
    assert unmatched(SUMMARY_OPENER, opened) == []
    good = expert_lines("expert-182", "resolving-misunderstanding-good.json")
    assert K.NO_SUMMARY not in kinds(*good)
    good = expert_lines("expert-183", "asking-for-help-good.json")
    assert K.NO_SUMMARY not in kinds(*good, role=LearnerRole.MENTEE)


def test_marathons_best_friends_and_watched_kettles_are_sayings() -> None:
    sayings = (
        "Well, first year is a marathon in wellies.",
        "Well, a quiet flat is a planner's best friend!",
        "Remember, the kettle boils whether you watch it or not.",
    )
    assert unmatched(PLATITUDE, sayings) == []
    assert not PLATITUDE.search("That number is your best friend on Thursday.")
    near_miss = expert_lines("expert-183", "setting-boundaries-near_miss.json")
    assert K.STOCK_PHRASES in kinds(*near_miss)


def test_a_refusal_after_a_word_of_why_agrees_no_step() -> None:
    poor = expert_lines("expert-182", "help-after-a-mistake-poor.json")
    assert poor[10] == "I'm facilitating. I can't stand up for anyone in that room."
    assert next_step_agreed(session(*poor)) == []
