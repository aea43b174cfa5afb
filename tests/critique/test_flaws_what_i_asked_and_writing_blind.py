"""From expert-108's and -109's missed near-misses and flagged good: advice met with "I'm not
sure it's quite what I was asking" came too soon, wherever in the reply that is said; "help me
make the plan work, in whatever way makes sense" and "Whatever connections or advice you think
would be useful" ask for nothing in particular, as the mentor's "Depends what you need" and
"I can't do 'help'" say; "Whoa. Slow down. A reference for what, exactly?" and "I'm writing
blind here" want the situation behind an ask; "Yes. Accurate." confirms facts only; "That all
sounds like yours." takes up the steps the counterpart set itself; and, from expert-106's flagged
good, "what, if anything, would you want these meetings to be for?" answered with a step of
their own and its time ("I'll bring last week's. Two weeks, three o'clock.") agrees one."""

from __future__ import annotations

from coach.critique import asking_cues, case_cues, facts_cues, reactions
from coach.critique.next_step import next_step_agreed
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_transcript, session
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_advice_that_missed_what_they_asked_came_too_soon() -> None:
    lines = [
        "Thanks for making time. I just wasn't sure what the shape of this is meant to be.",
        "Not a complaint at all. What had you pictured?",
        "My supervisor had us in every Tuesday, agenda the night before. So I pictured that, "
        "every week or two, and I had no idea how to raise it without sounding demanding.",
        "So you pictured something weekly, like your supervision, and raising it felt demanding.",
        "Yes. And I'd hoped you might look at my work before Farah's team hires in January.",
        "So underneath it is Farah's team, and whether your work is ready for it.",
        "Yes. That, mostly.",
        "Right, then here's what you should do. Go to the data lunches and get a Python course "
        "done before Christmas.",
        "Mm. Visibility. People do say that. I'm not sure it's quite what I was asking, though.",
    ]
    assert kinds(*lines).get(FlawKind.PREMATURE_ADVICE) == (7,)
    lines[-1] = "Mm. Visibility. People do say that. I'll start with the lunches, then."
    assert FlawKind.PREMATURE_ADVICE not in kinds(*lines)  # two turns heard first
    assert reactions.NOT_WHAT_I_ASKED.search("That isn't what I'm after.")
    assert not reactions.NOT_WHAT_I_ASKED.search("That's exactly what I was asking.")


def test_help_in_whatever_way_makes_sense_asks_for_nothing_in_particular() -> None:
    for vague in [
        "I was hoping you could help me make the plan work, in whatever way makes sense.",
        "Whatever connections or advice you think would be useful, I'd be so grateful.",
        "Honestly, anything that gets the structures in this summer.",
    ]:
        assert asking_cues.VAGUE_ASK.search(vague), vague
    assert not asking_cues.VAGUE_ASK.search("Could you call the district on Thursday for me?")
    assert not asking_cues.VAGUE_ASK.search("Is there anything you'd change in the plan?")
    for puzzled in [
        "Could be. Depends what you need. 'Make it work' covers a lot of ground.",
        "What is it you want? I can't do 'help'. I can do a phone call or a letter.",
    ]:
        assert case_cues.WHAT_IS_ASKED.search(puzzled), puzzled
    lines = [
        "Come on in. I got your email. Go ahead.",
        "I'd like you to help me with the field plan, if you can.",
        "Could be. Depends what you need.",
        "Could you ring the district office on Thursday and ask who replaced Dale? Nobody has "
        "answered my three emails since he retired, and the structures go in by May.",
        "Yes, I can do that.",
    ]
    assert kinds(*lines, role=MENTEE).get(FlawKind.VAGUE_ASK) == (1,)
    lines[2] = "Could be. Tell me about it."
    assert FlawKind.VAGUE_ASK not in kinds(*lines, role=MENTEE)


def test_an_ask_met_with_for_what_exactly_wanted_its_situation() -> None:
    for wants in [
        "Whoa. Slow down. A reference for what, exactly?",
        "How I'd feel is I'd like to know what I'm writing about. Coordinator of what?",
        "I said I'll write it. But I'm writing blind here.",
    ]:
        assert case_cues.WANTS_CONTEXT.search(wants), wants
    assert not case_cues.WANTS_CONTEXT.search("What's it for? Oh, the panel. Fine.")
    lines = [
        "Come on in. What's on your mind?",
        "I'd like to ask you for two things: a reference by next Wednesday, and an introduction "
        "to anyone you know at St. Brendan's.",
        "Whoa. Slow down. A reference for what, exactly?",
        "A care coordinator post at St. Brendan's. It's a new programme, I'd lead a small team, "
        "and I've already applied. They want references by Wednesday.",
        "Okay. Then yes, I'll write it.",
    ]
    assert kinds(*lines, role=MENTEE).get(FlawKind.NO_CONTEXT) == (1,)
    lines[2] = "Of course. Tell me about the post."
    assert FlawKind.NO_CONTEXT not in kinds(*lines, role=MENTEE)


def test_yes_accurate_confirms_the_facts_only() -> None:
    assert facts_cues.FACTS_ONLY.search("Yes. Accurate. There's a QA side to it...")
    assert facts_cues.FACTS_ONLY.search("Accurate. Anyway.")
    assert not facts_cues.FACTS_ONLY.search("It's not an accurate picture, no.")


def test_that_all_sounds_like_yours_takes_up_their_steps() -> None:
    lines = [
        "I don't know whether I'm going towards the Trust or away from here.",
        "What would help you between now and Thursday?",
        "Two lists, I think. Then on Sunday Dan and I go through the numbers, and on Thursday I "
        "want to ask them what a bad week looks like.",
        "That all sounds like yours.",
        "It does. Thank you for not talking me round.",
    ]
    assert next_step_agreed(session(*lines)) == [3]
    lines[3] = "That sounds like a lot."
    assert next_step_agreed(session(*lines)) == []


def test_an_invitation_answered_with_their_own_step_and_its_time_agrees_one() -> None:
    # expert-106's good building-trust, whose counterpart has the last word: "...Given all
    # that, what, if anything, would you want these meetings to be for?" "Yeah. That's the lot.
    # ... I'll bring last week's. Two weeks, three o'clock."
    turns = [t.text for t in expert_transcript("expert-106", "building-trust-good.json").turns]
    assert next_step_agreed(session(*turns)) == [25]
    turns[-1] = "Yeah. That's the lot. I'm not saying it again, mind. Nine's waiting on me."
    assert next_step_agreed(session(*turns)) == []
