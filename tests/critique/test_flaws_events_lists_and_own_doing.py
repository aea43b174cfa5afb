"""From expert-127's misses (measured once unseen first): "Yes. Those are the events." and
"It's accurate as a list." confirm facts only; and a mentee's "It was my migration." owns
their part and tells the situation, however the coder reads it, so a middle that opens with
it is no longer marked as giving no context."""

from __future__ import annotations

from coach.critique.asking import context_given
from coach.critique.evidence import CodedSession
from coach.critique.facts_cues import FACTS_ONLY
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, session
from tests.critique.conversation import flaw_kinds as kinds

MENTEE = LearnerRole.MENTEE


def test_events_and_a_list_confirmed_are_facts_only() -> None:
    assert FACTS_ONLY.search("Yes. Those are the events.")
    assert FACTS_ONLY.search("It's accurate as a list.")
    assert not FACTS_ONLY.search("Those events are still with me, honestly.")
    near_miss = expert_lines("expert-127", "bridging-differences-near_miss.json")
    assert FlawKind.CONTENT_ONLY_REFLECTIONS in kinds(*near_miss)


def test_a_mentee_owning_their_part_gives_context() -> None:
    middle = expert_lines("expert-127", "help-after-a-mistake-middle.json")
    assert "It was my migration." in middle[1]
    coded: CodedSession = session(*middle)
    assert context_given(coded)
    assert FlawKind.NO_CONTEXT not in kinds(*middle, role=MENTEE)
