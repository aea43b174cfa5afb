"""From expert-130's and expert-131's misses and flagged goods (measured once unseen first):
"Good things run on time...", "The right connection comes along when...", "it'll find its way
home" and "you can't get the time back" are sayings, and "Easy to say on a head of service
salary." hears one; six bare questions in a row are a fact-find, not listening; "Facts are
right." and "what'd go on a clipboard" confirm facts only, and a question about the hardest
part says nothing back; a question with another put on with "And", twice, stacks them; a
mentee's "I'm hoping you'll sponsor me" is a concrete ask, "Thanks, Martin, this was really
helpful." no verdict, and the terms said back and met with "That's it." a summary; "It
sounded wrong to you" is how it struck them, and "Tell me the rest, whenever you're ready."
gives them time."""

from __future__ import annotations

from coach.critique import asking_cues, cues, facts_cues, judgment_cues
from coach.critique.sayings import PLATITUDE
from coach.critique.sayings_given import HEARD_AS_FORMULA
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_timetable_sayings_are_sayings_and_heard_as_such() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "Good things run on time if the timetable's right.",
            "The right connection comes along when the network's ready.",
            "You can't rush a rollout; we'll take things in order.",
            "Whatever's underneath, it'll find its way home.",
            "You can always earn it back, you can't get the time back.",
        ],
    )
    assert not PLATITUDE.search("The right person to ask is Farah.")
    assert not PLATITUDE.search("You can't rush the client on this.")
    assert HEARD_AS_FORMULA.search("Easy to say on a head of service salary.")
    assert not HEARD_AS_FORMULA.search("It's easy to set up, once you have the link.")
    for set_name, file in (
        ("expert-130", "clarifying-expectations-near_miss.json"),
        ("expert-131", "thinking-of-leaving-near_miss.json"),
    ):
        assert FlawKind.STOCK_PHRASES in kinds(*expert_lines(set_name, file))


def test_question_after_bare_question_is_a_fact_find() -> None:
    near_miss = expert_lines("expert-130", "thinking-of-leaving-near_miss.json")
    assert near_miss[13] == "What's the role?"
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)
    # (two bare questions among reflections are not one)
    assert FlawKind.NO_REFLECTIONS not in kinds(
        "I've been looking at other jobs and I don't know why I'm telling you first.",
        "Thanks for telling me. What's been going on?",
        "The hub changed everything. Letters now, not calls, and a dashboard that's red or "
        "green. I didn't go into housing to post letters, and my team feels it every day.",
        "So the part that was about people has gone, and that's hit you and your team.",
        "It has. Shanice used to get anyone talking and now she reads a script like the rest of "
        "us, and Marcus has been off since April with stress. I keep thinking I should have "
        "seen it coming.",
        "You're carrying their tiredness as if it were yours to have stopped. When did it start?",
        "February, straight after the move.",
        "What's got you looking now?",
        "A second interview next Thursday, service manager at the Trust, and nobody knows, and "
        "it pays four thousand less, which matters with Dan training and the nursery fees.",
        "So it's a real offer in sight and a real cost, and you've been holding it alone.",
    )


def test_facts_said_right_and_fit_for_a_clipboard_are_facts_only() -> None:
    assert not unmatched(
        facts_cues.FACTS_ONLY,
        ["Facts are right. Close enough.", "That's about what'd go on a clipboard."],
    )
    assert not facts_cues.FACTS_ONLY.search("The facts I'd want are the scrap numbers.")
    near_miss = expert_lines("expert-130", "building-trust-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_a_second_question_put_on_with_and_twice_stacks_them() -> None:
    near_miss = expert_lines("expert-131", "receiving-feedback-near_miss.json")
    assert "? And is it the same at work with Owen?" in near_miss[13]
    assert FlawKind.STACKED_QUESTIONS in kinds(*near_miss)
    # (once is how people talk)
    assert FlawKind.STACKED_QUESTIONS not in kinds(
        "I wanted to say something about our sessions.",
        "Go ahead. What's on your mind? And is there anything you'd like from me while you say it?",
        "Just listen, if that's all right. It's about how the hour gets used up.",
        "Tell me about that.",
        "I bring a problem and we end up on your stories.",
        "So what you bring gets crowded out by my stories.",
    )


def test_a_hope_that_names_the_ask_is_concrete_and_thanks_for_the_talk_no_verdict() -> None:
    assert asking_cues.CONCRETE_ASK.search("I'm hoping you'll sponsor me at the panel.")
    assert not asking_cues.CONCRETE_ASK.search("I'm hoping you'll have a good week.")
    assert judgment_cues.NOT_A_JUDGMENT.search("Thanks, Martin, this was really helpful.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("Your plan was really helpful.")
    near_miss = expert_lines("expert-131", "asking-for-stretch-near_miss.json")
    found = kinds(*near_miss, role=MENTEE)
    assert FlawKind.NO_NEXT_STEP in found
    assert not {FlawKind.VAGUE_ASK, FlawKind.JUDGMENT, FlawKind.NO_SUMMARY} & set(found)


def test_a_story_said_back_and_confirmed_is_no_summary_of_the_terms() -> None:
    near_miss = expert_lines("expert-130", "asking-for-stretch-near_miss.json")
    assert near_miss[10] == "That's right."
    assert FlawKind.NO_SUMMARY in kinds(*near_miss, role=MENTEE)


def test_how_it_struck_them_and_time_to_tell_are_not_judgment_or_formula() -> None:
    assert judgment_cues.NOT_A_JUDGMENT.search("It sounded wrong to you, because of your mother.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("It was wrong of you to say it.")
    assert cues.TIME_TO_SAY_IT.search("Tell me the rest, whenever you're ready.")
    assert FlawKind.JUDGMENT not in kinds(*expert_lines("expert-131", "giving-feedback-good.json"))
    good = expert_lines("expert-131", "thinking-of-leaving-good.json")
    assert FlawKind.STOCK_PHRASES not in kinds(*good)
