"""From expert-128's and expert-129's misses and flagged good (measured once unseen first): a
mentee's "last year was a one-off", "my situation's really different" and "setting me up to
fail" defend; "What's meant for you won't wash away" is a saying; "Is anything missing or
wrong?" checks a plan summed up, so "No. That's it." agrees it; a mentee's "Owen's review was
pretty surface-level" and "he's the one who approved it", met with "Going after Owen won't
help" or "I won't referee who's to blame", judge someone absent; "I remember the first time I
had to do it" and "It's funny, I had a sticky note system too" open one's own story; and
"Done. I'll ask Hannah to send the agendas" grants their ask, it says nothing of theirs
back."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, cues, defending_cues, story_cues
from coach.critique.sayings import PLATITUDE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_a_mentee_playing_down_and_setting_apart_defends() -> None:
    assert not unmatched(
        defending_cues.DEFENSIVE,
        [
            "Honestly, last year was a one-off.",
            "I don't think water is the real problem.",
            "But my situation's really different.",
            "Six structures is setting me up to fail.",
        ],
    )
    assert not defending_cues.DEFENSIVE.search("Last year was hard on all of us.")
    near_miss = expert_lines("expert-128", "disagreeing-with-advice-near_miss.json")
    assert FlawKind.DEFENSIVE in kinds(*near_miss, role=MENTEE)


def test_what_is_meant_for_you_is_a_saying_whatever_it_will_not_do() -> None:
    assert PLATITUDE.search("What's meant for you won't wash away.")
    assert not PLATITUDE.search("What's meant for you is a proper brief before the evening.")
    near_miss = expert_lines("expert-128", "giving-feedback-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_a_plan_summed_up_and_checked_for_anything_missing_is_agreed() -> None:
    assert cues.CHECKS_FOR_MISTAKES.search(
        "For next time: the first ten minutes are yours. Is anything missing or wrong?"
    )
    assert not cues.CHECKS_FOR_MISTAKES.search("Is anything else on your list?")
    # (from expert-12: a list of what went wrong, "Anything missing?" "No. That's it.", agrees
    # the list, not a step)
    assert not cues.CHECKS_FOR_MISTAKES.search("And an email in your drafts. Anything missing?")
    good = expert_lines("expert-128", "receiving-feedback-good.json")
    assert FlawKind.NO_NEXT_STEP not in kinds(*good)


def test_a_mentee_running_down_a_reviewer_judges_someone_absent() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        [
            "Honestly, Owen's review was pretty surface-level.",
            "But he's the one who approved it.",
            "He's been pretty cold.",
        ],
    )
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        ["Going after Owen won't help you in that room.", "I won't referee who's to blame."],
    )
    near_miss = expert_lines("expert-129", "help-after-a-mistake-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=MENTEE)


def test_the_first_time_i_and_a_system_of_my_own_open_ones_own_story() -> None:
    assert not unmatched(
        story_cues.SELF_STORY,
        [
            "I remember the first time I had to do it with my own mentor.",
            "It's funny, I had a sticky note system at Copperleaf too.",
            "When I was a junior designer my creative director finished my sentences.",
            "This is making me think about how I was mentored myself.",
        ],
    )
    assert not story_cues.SELF_STORY.search("It's funny, isn't it, how the hour goes.")
    near_miss = expert_lines("expert-129", "receiving-feedback-near_miss.json")
    assert FlawKind.SELF_FOCUS in kinds(*near_miss)


def test_their_ask_granted_as_steps_says_nothing_back() -> None:
    near_miss = expert_lines("expert-129", "bridging-differences-near_miss.json")
    assert near_miss[15].startswith("Done. I'll ask Hannah")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
