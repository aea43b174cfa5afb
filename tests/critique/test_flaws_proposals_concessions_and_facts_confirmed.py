"""From the saying-back misses of expert-170 to -175 (each measured once unseen first): a plan
put to them ("Then here's a proposal: ...", "Good. Then the plan is ... Does next Friday
work?"), an answer to their "You sure...?" and a concession that they were right say back
nothing they told; and a flat "Yes. That's what happens.", "That's... the facts of it" or
"That is only the top layer. ... It is not all of it." confirms a reflection as facts only."""

from __future__ import annotations

from coach.critique.detectors import reflection
from coach.critique.facts_cues import FACTS_ONLY
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session, unmatched
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_an_answer_to_you_sure_and_a_proposal_are_no_reflection() -> None:
    near_miss = expert_lines("expert-170", "building-trust-near_miss.json")
    assert near_miss[15].startswith("I'm sure. No notebook, no laptop")
    assert near_miss[21].startswith("Then here's a proposal:")
    assert K.NO_REFLECTIONS in kinds(*near_miss)
    # (what he said about the break room, handed back, is one)
    assert near_miss[13] == "What does a typical day look like for you now?"
    near_miss[13] = (
        "So the break room goes quiet when you walk in, and you've started eating at your desk. "
        "That's a lonely place to be after eleven years with Luis. What's a typical day now?"
    )
    assert K.NO_REFLECTIONS not in kinds(*near_miss)


def test_the_answer_to_you_sure_is_read_as_an_answer() -> None:
    asked = "Meetings. Numbers. You sure there's no notebook?"
    answer = "I'm sure. No notebook, no laptop, and nothing leaves this room."
    assert reflection(session(asked, answer, "Fine.")) == []
    # (their words said back after a question of another kind are still said back)
    told = "Meetings. Numbers. Nobody can see a notebook?"
    assert reflection(session(told, "So you'd want to see there's no notebook.", "Fine.")) == [1]


def test_a_plan_put_after_a_nod_is_no_reflection() -> None:
    near_miss = expert_lines("expert-173", "addressing-power-imbalance-near_miss.json")
    assert near_miss[21].startswith("Good. Then the plan is training time on the sheet")
    assert near_miss[21].endswith("Does next Friday work?")
    assert K.NO_REFLECTIONS in kinds(*near_miss)


def test_conceding_that_they_were_right_is_no_reflection() -> None:
    near_miss = expert_lines("expert-174", "bridging-differences-near_miss.json")
    assert "you were right about the acoustic figure" in near_miss[1]
    assert K.NO_REFLECTIONS in kinds(*near_miss)
    # (the 1.8 seconds and his confusion said back where he told them would be one)
    assert near_miss[7] == "Okay. What would you have needed from me instead?"
    near_miss[7] = (
        "So you'd checked it point by point, you were correcting a figure that would have left "
        "the hall at 1.8 seconds, and you still can't see what you missed. What would you have "
        "needed from me instead?"
    )
    assert K.NO_REFLECTIONS not in kinds(*near_miss)


def test_flat_confirmations_of_the_facts() -> None:
    flat = (
        "Yes. That's what happens. Um. The next bit is about how fast we get to answers.",
        "Okay. Thank you. Yes. That's what happened.",
        "Yeah. That's... the facts of it, yeah.",
        "That is only the top layer. It is correct. It is not all of it.",
    )
    assert unmatched(FACTS_ONLY, flat) == []
    warm = (
        "Yes. That's what happens, and it's exactly what I couldn't say.",
        "Thank you. That's what I've been trying to get someone to hear.",
        "Yes, all of it. That's it exactly.",
    )
    assert [w for w in warm if FACTS_ONLY.search(w)] == []


def test_reflections_confirmed_only_as_facts_are_content_only() -> None:
    for set_name, file in (
        ("expert-171", "receiving-feedback-near_miss.json"),
        ("expert-172", "setting-boundaries-near_miss.json"),
        ("expert-175", "giving-feedback-near_miss.json"),
    ):
        assert K.CONTENT_ONLY_REFLECTIONS in kinds(*expert_lines(set_name, file)), set_name
