"""From expert-274's, -276's and -277's misses (each measured once unseen first): sayings in
their own dress ("A wobbly voice is just a steady one warming up", "One bumpy evening never
sank anybody's career", "the oldest squeeze in the book"); a checked summary that picks a word
from each of three of their turns; a long story of one's own after a line said back; a mentee
running down colleagues and the clinic, met with "I'd go careful how you talk about her" and
"You won't call it a dead end in my office"; reflections of facts answered "That's some of it.";
and, in goods, their doubt granted ("That's fair, it may be the wrong fix."), a question about
what they had pictured inside a longer turn, a summary of terms put up for correction, and
"Tell me more first" after the case was told at length."""

from __future__ import annotations

from coach.critique import absent_cues, absent_defended, cues, facts_cues
from coach.critique.detectors import expectations_explored
from coach.critique.evidence import CodedSession
from coach.critique.flaws import find_flaws
from coach.critique.judging import judged
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import SAYING_GIVEN
from coach.critique.summaries import summaries
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, expert_transcript, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_sayings_in_their_own_dress_are_formulas() -> None:
    assert not unmatched(
        PLATITUDE,
        (
            "A wobbly voice is just a steady one warming up, and the words come with the miles.",
            "One bumpy evening never sank anybody's career.",
            "And remember, the third evening is the one they'll write home about.",
        ),
    )
    assert not PLATITUDE.search("The room is warming up, so let's start.")
    assert not PLATITUDE.search("It never hurt that you asked early.")
    assert SAYING_GIVEN.search("It's the oldest squeeze in the book, and we've all stood in it.")
    assert not SAYING_GIVEN.search("It's the oldest file in the cabinet.")
    near_miss = expert_lines("expert-277", "giving-feedback-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_a_checked_summary_spread_over_three_turns_is_a_summary() -> None:
    near_miss = CodedSession.of(expert_transcript("expert-277", "giving-feedback-near_miss.json"))
    assert 15 in summaries(near_miss)  # "Let me check I've got this. ... Is that a fair picture?"
    # their doubt granted is no verdict: "That's fair, it may be the wrong fix."
    assert 11 not in judged(near_miss, LearnerRole.MENTOR)
    short = session(
        "I moved the deadline and the client is cross.",
        "Let me check I've got this. The deadline moved and the client is cross about it, and "
        "you're the one who has to tell the rest of the team tomorrow. Is that it?",
        "Partly.",
    )
    assert summaries(short) == []


def test_a_long_story_of_ones_own_after_a_line_said_back_is_self_focus() -> None:
    near_miss = expert_lines("expert-276", "addressing-power-imbalance-near_miss.json")
    assert FlawKind.SELF_FOCUS in kinds(*near_miss)
    good = expert_lines("expert-276", "addressing-power-imbalance-good.json")
    assert FlawKind.SELF_FOCUS not in kinds(*good)
    # (their story said back with oneself in it is no story of one's own: "The flat went quiet
    # when Shona left, and at the end of a long night the one steady voice was mine.")
    said_back = expert_lines("expert-56", "setting-boundaries-good.json")
    assert FlawKind.SELF_FOCUS not in kinds(*said_back)


def test_colleagues_and_the_clinic_run_down_by_a_mentee_are_judged() -> None:
    assert not unmatched(
        absent_cues.BLAME_ABSENT,
        (
            "She's lovely, but she's so disorganized Mrs. Dunbar would be lost in a week.",
            "Honestly, the charting templates here are a joke.",
            "Whoever built them never did a home visit.",
            "This building's kind of a dead end for CHWs.",
            "Admin here has made it pretty clear they don't value what we do.",
        ),
    )
    assert not absent_cues.BLAME_ABSENT.search("The joke is on me, I suppose.")
    assert not unmatched(
        absent_defended.DEFENDS_ABSENT,
        (
            "Two staff and a borrowed van. You won't call it a dead end in my office.",
            "Mm. Everybody uses the same templates. Okay.",
        ),
    )
    assert not absent_defended.DEFENDS_ABSENT.search("Everybody has their own way of doing it.")
    near_miss = expert_lines("expert-276", "asking-for-a-reference-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss, role=LearnerRole.MENTEE)


def test_facts_said_back_answered_that_is_some_of_it_are_content_only() -> None:
    assert facts_cues.FACTS_ONLY.search("Mm. That's some of it. It isn't just the calendar.")
    assert not facts_cues.FACTS_ONLY.search("Some of it is the calendar, yes.")
    near_miss = expert_lines("expert-274", "clarifying-expectations-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_hopes_asked_inside_a_turn_and_terms_put_up_for_correction_count() -> None:
    good = CodedSession.of(expert_transcript("expert-277", "clarifying-expectations-good.json"))
    assert {1, 5, 9} <= set(expectations_explored(good))
    assert 17 in summaries(good)  # "Let me try the version we could write down, and you..."
    lines = expert_lines("expert-277", "clarifying-expectations-good.json")
    assert FlawKind.NO_SUMMARY not in kinds(*lines)
    assert cues.EXPECTATIONS.search("What were you expecting when you signed up?")
    assert not cues.EXPECTATIONS.search("What were you doing on Tuesday?")


def test_more_wanted_after_the_case_was_told_at_length_is_no_missing_case() -> None:
    good = expert_lines("expert-276", "help-after-a-mistake-good.json")
    assert FlawKind.NO_CONTEXT not in kinds(*good, role=LearnerRole.MENTEE)
    asked_bare = session(
        "Hey. What do you need?",
        "Can you help me with Friday's review?",
        "Maybe. Tell me more first.",
        "I just need help with it.",
        "Okay.",
    )
    assert FlawKind.NO_CONTEXT in {f.kind for f in find_flaws(asked_bare, LearnerRole.MENTEE)}
