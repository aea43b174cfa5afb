"""From expert-154's and expert-155's misses: "Lonely. That's a big word... Not the wrong one,
maybe." grants the word; "What happens between now and then?" asks for a step, so "talk to
Gareth at some point" after it puts the step off; "What's behind it?" asks a mentee for the
case ("What's changed since February?", which may follow up what they told, does not);
"Nothing. That's all of it." answers a check for mistakes with none; "That's the arithmetic."
confirms facts only."""

from __future__ import annotations

from coach.critique import case_cues, reactions, step_reactions
from coach.critique.facts_cues import FACTS_ONLY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_big_word_granted_is_no_sting() -> None:
    assert reactions.CONCEDED.search("Lonely. That's a big word for a Tuesday. Not the wrong one.")
    good = expert_lines("expert-154", "addressing-power-imbalance-good.json")
    assert K.JUDGMENT not in kinds(*good)


def test_a_step_asked_for_and_put_off() -> None:
    asked = "Exactly. So. Thursday. What happens between now and then?"
    assert step_reactions.ASKS_FOR_PLAN.search(asked)
    assert not step_reactions.ASKS_FOR_PLAN.search("What happened between March and May?")
    near_miss = expert_lines("expert-154", "asking-for-help-near_miss.json")
    assert K.NO_NEXT_STEP in kinds(*near_miss, role=MENTEE)


def test_the_case_asked_for() -> None:
    assert case_cues.WANTS_CONTEXT.search("Okay. Well. What's behind it?")
    assert not case_cues.WANTS_CONTEXT.search("Hm. What's changed since February?")
    assert not case_cues.WANTS_CONTEXT.search("What's behind the fridge is anyone's guess.")
    near_miss = expert_lines("expert-154", "asking-for-stretch-near_miss.json")
    assert K.NO_CONTEXT in kinds(*near_miss, role=MENTEE)
    good = expert_lines("expert-132", "asking-for-stretch-good.json")
    assert K.NO_CONTEXT not in kinds(*good, role=MENTEE)


def test_nothing_wrong_agrees_the_plan() -> None:
    assert step_reactions.NOTHING_WRONG.match("Nothing. That's all of it.")
    assert not step_reactions.NOTHING_WRONG.match("Nothing, except the Thursday part is wrong.")
    good = expert_lines("expert-155", "help-after-a-mistake-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good, role=MENTEE)


def test_the_arithmetic_confirmed_is_facts_only() -> None:
    assert FACTS_ONLY.search("That's the arithmetic. There's a QA angle to it as well.")
    assert not FACTS_ONLY.search("The arithmetic is what scares me, honestly.")
    near_miss = expert_lines("expert-155", "resolving-misunderstanding-near_miss.json")
    assert K.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)
