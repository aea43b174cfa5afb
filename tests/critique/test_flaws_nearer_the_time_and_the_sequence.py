"""From expert-114's, -116's and -117's misses and flagged good, then expert-118's and -119's
(each measured once unseen first): "I'll send you something, maybe, nearer the time.", "See
how the interview goes, and we'll pick it all up next session." and "Let me look at my diary...
and see what's realistic" leave the step vague, and "When are you seeing Gareth?" asks for one;
"So, specifically, two things: a letter by Wednesday, and... an introduction." is a specific
ask; "Yes. That's the sequence." and "it goes a bit further than that" take what was said back
as the facts only; weighing a choice up ("What would you need to know to weigh it up?") says
back no meaning;
"Here's what I know." and "This won't go in your logbook." say nothing of theirs back; "isn't
really on me", "it wasn't just me" and "unfair to bring that into a reference" argue, but
their intent said back ("you're going to judge me by what I do") does not; and "I always
say...", "that's what my old sister used to say" and "We all drop a stitch now and then" are
sayings."""

from __future__ import annotations

from coach.critique import defending_cues, facts_cues, plan_cues, sayings, step_reactions
from coach.critique.asking import specific_ask
from coach.critique.detectors import reflection
from coach.critique.next_step import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_a_step_promised_nearer_the_time_is_left_vague() -> None:
    assert not unmatched(
        plan_cues.VAGUE_PLAN,
        [
            "I'll send you something, maybe, nearer the time.",
            "We'll firm it up closer to the time.",
            "See how the interview goes.",
            "We'll pick it all up next session.",
            "I'll tell you how Thursday goes.",
        ],
    )
    assert not plan_cues.VAGUE_PLAN.search("I'll send you the one-pager on Monday at nine.")
    step = session(
        "Anything else before the deck calls?",
        "If you can make it, that'd be great. I'll send you something, maybe, nearer the time.",
        "Right. Good luck Thursday.",
    )
    assert next_step_agreed(step) == []


def test_asked_when_they_will_see_someone_and_answered_at_some_point_puts_the_step_off() -> None:
    assert step_reactions.ASKS_FOR_PLAN.search("Hm. When are you seeing Gareth, Owen?")
    assert step_reactions.ASKS_FOR_PLAN.search("When will you talk to her?")
    assert not step_reactions.ASKS_FOR_PLAN.search("When are you back from leave?")
    near_miss = expert_lines("expert-117", "asking-for-help-near_miss.json")
    assert near_miss[19] == "I'll try to catch him at some point this week and see where he's at."
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)
    near_miss[17] = "Thanks for telling me. I'll book Gareth for nine tomorrow, in person."
    near_miss[19] = "Nine tomorrow, at his desk. I'll bring the cut-down plan."
    near_miss[21] = (
        "Yes, please block the fifteen minutes. I'll send you the brief by Wednesday noon."
    )
    assert FlawKind.NO_NEXT_STEP not in kinds(*near_miss, role=MENTEE)


def test_space_and_the_next_session_agree_no_step() -> None:
    near_miss = expert_lines("expert-116", "thinking-of-leaving-near_miss.json")
    assert near_miss[21].startswith("I'd just give yourself a bit of space. See how the interview")
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss)


def test_two_things_announced_specifically_are_a_specific_ask() -> None:
    asked = session(
        "Okay. When's it due, and who's reading it?",
        "References are due next Wednesday, and the director is Curtis Bell. So, specifically,"
        " two things: a letter by Wednesday, and, if you know anyone there, an introduction.",
        "Mm-hmm.",
    )
    assert specific_ask(asked) == [1]
    good = expert_lines("expert-116", "asking-for-a-reference-good.json")
    assert FlawKind.VAGUE_ASK not in kinds(*good, role=MENTEE)


def test_the_sequence_and_accurate_are_facts_confirmed_and_further_reaches_past_them() -> None:
    assert not unmatched(
        facts_cues.FACTS_ONLY,
        [
            "Yes. That's the sequence.",
            "Nearly. That covers the timing. I think it goes a bit further than that, but fine.",
        ],
    )
    assert not facts_cues.FACTS_ONLY.search("Yes. That's exactly how it felt.")
    # (a precise speaker's plain yes: "Yes. That's accurate." is no complaint about facts)
    assert not facts_cues.FACTS_ONLY.search("Yes. That's accurate. And the sign-off date.")
    near_miss = expert_lines("expert-116", "clarifying-expectations-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_weighing_a_choice_up_says_no_meaning_back() -> None:
    near_miss = expert_lines("expert-114", "thinking-of-leaving-near_miss.json")
    assert near_miss[15].endswith("What would you need to know to weigh it up?")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)
    near_miss[15] = near_miss[15].replace(
        "What would you need to know to weigh it up?", "That weighs on you, I can hear it."
    )
    assert FlawKind.CONTENT_ONLY_REFLECTIONS not in kinds(*near_miss)


# From expert-118's and -119's misses and flagged good (measured once unseen first).


def test_a_frequency_asked_for_and_answered_with_a_diary_to_check_is_no_step() -> None:
    assert plan_cues.VAGUE_PLAN.search("Let me look at my diary and see what's realistic.")
    near_miss = expert_lines("expert-119", "clarifying-expectations-near_miss.json")
    assert near_miss[12].endswith("could we agree how often?")
    assert FlawKind.NO_NEXT_STEP in kinds(*near_miss)
    near_miss[13] = "Absolutely. Every two weeks, thirty minutes, Thursdays at half eight."
    near_miss[15] = "Yes, please, an agenda from you the day before."
    near_miss[17] = "I'll read the dashboards by the fifteenth and we'll go through them then."
    assert FlawKind.NO_NEXT_STEP not in kinds(*near_miss)


def test_what_i_know_from_elsewhere_and_a_fear_denied_say_nothing_of_theirs_back() -> None:
    near_miss = expert_lines("expert-119", "giving-feedback-near_miss.json")
    assert near_miss[3].startswith("Here's what I know.")
    assert near_miss[15].startswith("This won't go in your logbook.")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
    said = "It's not just the technical side. Some of it is the language itself, and it's awkward."
    heard = session(said, "Here's what I've heard from you: the language itself is part of it.")
    assert reflection(heard) == [1]
    told = session(said, "Here's what I know: the language itself is part of it, for many.")
    assert reflection(told) == []


def test_the_cost_not_on_me_and_not_just_me_argue_with_what_was_raised() -> None:
    assert not unmatched(
        defending_cues.DEFENSIVE,
        [
            "But honestly, the staffing thing isn't really on me.",
            "Half the team was behind that spring, it wasn't just me.",
            "Honestly, it feels a little unfair to bring that into a reference.",
            "I'm not fighting.",
        ],
    )
    assert not defending_cues.defends("That's on me, and I'll fix the notes by Friday.")
    assert not defending_cues.defends("If I walk in grovelling, it isn't just me it costs.")
    assert not defending_cues.defends("I want you to have support that isn't just me at midnight.")
    near_miss = expert_lines("expert-119", "asking-for-a-reference-near_miss.json")
    assert FlawKind.DEFENSIVE in kinds(*near_miss, role=MENTEE)


def test_their_wait_to_judge_me_by_what_i_do_said_back_is_no_defence() -> None:
    assert not defending_cues.defends(
        "So you were open once and it got used against you, and now you're going to judge me"
        " by what I do, not what I say."
    )
    assert defending_cues.defends("I'd ask you to judge me on what I do, not on the last one.")
    good = expert_lines("expert-119", "building-trust-good.json")
    assert FlawKind.DEFENSIVE not in kinds(*good)


def test_a_saying_given_as_one_is_a_formula() -> None:
    assert not unmatched(
        sayings.PLATITUDE,
        [
            "I always say a missed obs isn't a missed patient.",
            "Well, diamonds are made on nights, that's what my old sister used to say!",
            "We all drop a stitch now and then, don't we?",
            "These things find their way in the end.",
            "As my first charge nurse used to say, nobody's chart is perfect.",
        ],
    )
    assert not sayings.PLATITUDE.search("What do you always say to new starters?")
    stock = expert_lines("expert-119", "mutual-accountability-stock.json")
    assert FlawKind.STOCK_PHRASES in kinds(*stock)
