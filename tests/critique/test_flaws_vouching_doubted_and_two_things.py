"""From expert-124's and expert-125's misses and flagged goods (measured once unseen first):
"I've never heard him raise his voice... Are you sure it was about him?" and "the firm's
better on flexibility than its reputation" defend; "I wouldn't say sloppy." and "She didn't
flinch, to be accurate." dispute the learner's word; "That's where they come from." confirms
facts only; "Two things, specifically." and "I'd like you to go through my new timeline" ask
something concrete; and "a blank page you think you ought to be able to fill" is their own
sense of what they must do, not advice."""

from __future__ import annotations

from coach.critique import advice_cues, asking_cues, defending_cues
from coach.critique.disputes import rejects_label
from coach.critique.facts_cues import FACTS_ONLY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_the_one_they_raised_vouched_for_is_a_defence() -> None:
    assert not unmatched(
        defending_cues.DEFENSIVE,
        [
            "He can be sharp under a deadline, but I've never heard him raise his voice.",
            "Are you sure it was about him?",
            "I'd only say the firm's better on flexibility than its reputation.",
            "People here are more understanding than you'd think.",
        ],
    )
    assert not defending_cues.DEFENSIVE.search("Are you sure you want to take this on now?")
    near_miss = expert_lines("expert-124", "addressing-power-imbalance-near_miss.json")
    assert FlawKind.DEFENSIVE in kinds(*near_miss)


def test_their_reply_disputing_the_word_marks_a_judgment() -> None:
    said = "Frankly, Tenbury's report was sloppy work. What's still to settle?"
    assert rejects_label("I wouldn't say sloppy. They used the old room volume.", said)
    flinched = "'That's not correct' with no run-up is blunt. You could see why she flinched."
    assert rejects_label("She didn't flinch, to be accurate. She wrote it down.", flinched)
    assert not rejects_label("She didn't sleep much, to be honest.", flinched)
    near_miss = expert_lines("expert-124", "bridging-differences-near_miss.json")
    assert FlawKind.JUDGMENT in kinds(*near_miss)


def test_the_cause_confirmed_flatly_is_facts_only() -> None:
    assert FACTS_ONLY.search("That's where they come from. Anything else?")
    assert not FACTS_ONLY.search("Where they come from is the part I keep coming back to.")
    near_miss = expert_lines("expert-124", "resolving-misunderstanding-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_two_things_named_and_a_timeline_to_go_through_are_concrete_asks() -> None:
    assert not unmatched(
        asking_cues.CONCRETE_ASK,
        [
            "Two things, specifically.",
            "And I'd like you to go through my new timeline before it reaches the committee.",
        ],
    )
    assert not asking_cues.CONCRETE_ASK.search("There are two things, specifically, I noticed.")
    for name in ("expert-124", "expert-125"):
        good = expert_lines(name, "disagreeing-with-advice-good.json")
        assert FlawKind.VAGUE_ASK not in kinds(*good, role=MENTEE)


def test_what_they_think_they_ought_to_do_is_no_advice() -> None:
    assert not advice_cues.ADVICE.search(
        "That sounds lonely, sitting with a blank page you think you ought to be able to fill."
    )
    assert advice_cues.ADVICE.search("I think you ought to block out an hour on a day off.")
    good = expert_lines("expert-124", "mutual-accountability-good.json")
    assert FlawKind.PREMATURE_ADVICE not in kinds(*good)
