"""From the misses of expert-184 and -185 (each measured once unseen first): a step of the
counterpart's own put with its time and company ("Sunday night, Dan and I sit down with the bank
statements") and said back as settled is agreed; "I'm here to ask whether you'll back me at the
panel" is a specific ask; and an ask answered "What's the support for it?", or pressed again
with "Bring me something I can tick and tie", lacks its context."""

from __future__ import annotations

from coach.critique.asking_cues import CONCRETE_ASK
from coach.critique.case_cues import CLAIM_UNSUPPORTED
from coach.critique.step_reactions import NAMES_OWN_STEP
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds

K = FlawKind


def test_their_own_step_with_its_time_and_company_said_back_is_agreed() -> None:
    assert NAMES_OWN_STEP.search("And Sunday night, Dan and I sit down with the bank statements.")
    assert not NAMES_OWN_STEP.search("Sunday night, Dan and I sat down and talked it through.")
    good = expert_lines("expert-184", "thinking-of-leaving-good.json")
    assert K.NO_NEXT_STEP not in kinds(*good)


def test_asking_whether_youll_back_me_is_a_specific_ask() -> None:
    asked = "I'm here to ask whether you'll back me at the panel as in-charge."
    assert CONCRETE_ASK.search(asked)
    assert not CONCRETE_ASK.search("I'm here to ask whether you think it's worth it.")
    good = expert_lines("expert-184", "asking-for-stretch-good.json")
    assert K.VAGUE_ASK not in kinds(*good, role=LearnerRole.MENTEE)


def test_an_ask_met_with_whats_the_support_lacks_context() -> None:
    assert CLAIM_UNSUPPORTED.search("Okay. Bring me something I can tick and tie.")
    near_miss = expert_lines("expert-185", "asking-for-stretch-near_miss.json")
    assert near_miss[2].endswith("What's the support for it?")
    assert K.NO_CONTEXT in kinds(*near_miss, role=LearnerRole.MENTEE)
