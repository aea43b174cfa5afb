"""From expert-110's and -111's misses (measured once unseen first): a plan put to them ("So: we
meet every two weeks... next time you bring whichever report") says nothing back; "Ah, I
remember that dread." and "When I was in Rotterdam for two years" open one's own story; "Okay.
Why?" to an ask, "That's a hope. What's actually nailed down?" and "In flux is a failure mode."
want the case behind it; "Anything you think would be useful." asks for nothing in particular;
and, from their flagged goods, "Lonely's a strong word. (pause) Maybe not the wrong one." grants
the word, and "it doesn't change what I think of you" reassures."""

from __future__ import annotations

from coach.critique import asking_cues, case_cues, judgment_cues, reactions, story_cues
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_transcript
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_a_plan_put_to_them_says_nothing_back() -> None:
    lines = [
        "Denise said to be here at three, so here I am.",
        "Thanks for coming. How long have you been at the plant?",
        "Nineteen years.",
        "What's day shift like compared to before?",
        "Different.",
        "How did you end up going for supervisor?",
        "Money, mostly.",
        "What's been the hardest part of the job so far?",
        "The reports.",
        "Fine. So: we meet every two weeks, here, after your shift, and next time you bring "
        "whichever report is giving you grief. Does that work?",
        "Fine.",
    ]
    assert FlawKind.NO_REFLECTIONS in kinds(*lines)
    # expert-111's building-trust near-miss, whose one turn said back is that plan
    near_miss = expert_transcript("expert-111", "building-trust-near_miss.json")
    turns = [t.text for t in near_miss.turns]
    assert turns[21].startswith("Fine, nothing about family. So: we meet every two weeks")
    assert FlawKind.NO_REFLECTIONS in kinds(*turns)
    lines[9] = (
        "So the reports are where you feel slowest, after nineteen years of knowing the floor."
    )
    assert FlawKind.NO_REFLECTIONS not in kinds(*lines)


def test_remembered_dread_and_a_posting_open_ones_own_story() -> None:
    assert story_cues.SELF_STORY.search("Ah, I remember that dread.")
    assert story_cues.SELF_STORY.search(
        "When I was in Rotterdam for two years I did site meetings."
    )
    assert not story_cues.SELF_STORY.search("I remember the date you said.")
    assert not story_cues.SELF_STORY.search("When I was in the meeting, I noticed your slides.")


def test_an_ask_met_with_why_or_a_hope_wanted_its_case() -> None:
    assert case_cues.WANTS_CONTEXT.search("Okay. Why?")
    assert not case_cues.WANTS_CONTEXT.search("Okay. Why don't we start with Thursday?")
    for pressed in [
        "That's a hope. What's actually nailed down right now?",
        "Mm. In flux is a failure mode.",
    ]:
        assert case_cues.CLAIM_UNSUPPORTED.search(pressed), pressed
    # expert-111's disagreeing-with-advice near-miss
    near_miss = expert_transcript("expert-111", "disagreeing-with-advice-near_miss.json")
    turns = [t.text for t in near_miss.turns]
    assert turns[2] == "Okay. Why?"
    assert kinds(*turns, role=MENTEE).get(FlawKind.NO_CONTEXT) == (1, 3)
    turns[2] = "Okay. Tell me more."
    turns[4] = "Right. Then let's look at the timeline."
    assert FlawKind.NO_CONTEXT not in kinds(*turns, role=MENTEE)


def test_anything_you_think_would_be_useful_is_a_vague_ask() -> None:
    assert asking_cues.VAGUE_ASK.search(
        "Just... getting it right. Anything you think would be useful."
    )
    assert not asking_cues.VAGUE_ASK.search("Is there anything you think would be useful to read?")


def test_a_strong_word_granted_after_a_pause_and_a_reassurance_do_not_sting() -> None:
    assert reactions.CONCEDED.search("Lonely's a strong word. (pause) Maybe not the wrong one.")
    assert not reactions.CONCEDED.search("Lonely's a strong word. I'd rather you didn't.")
    assert judgment_cues.REASSURES.search("It doesn't change what I think of you.")
    lines = [
        "I don't know if teaching is what I want. I couldn't bear you feeling you'd backed the "
        "wrong person.",
        "Thank you for trusting me with that. It doesn't change what I think of you. Putting "
        "you forward was my idea, not a contract.",
        "Okay. Wow. Okay.",
    ]
    assert FlawKind.JUDGMENT not in kinds(*lines)
    lines[1] = "Putting you forward was my idea, not a contract. You've wasted my time."
    assert FlawKind.JUDGMENT in kinds(*lines)
