"""From expert-212's one flagged good (measured once unseen first): "Let me try pulling all of
this together, and please correct me." opens a summary, so the good is not told it never
summed up."""

from __future__ import annotations

from coach.critique.cues import SUMMARY_OPENER
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines
from tests.critique.conversation import flaw_kinds as kinds


def test_pulling_all_of_it_together_opens_a_summary() -> None:
    assert SUMMARY_OPENER.search("Let me try pulling all of this together, and please correct me.")
    assert not SUMMARY_OPENER.search("We're pulling the team together for Thursday.")
    good = expert_lines("expert-212", "clarifying-expectations-good.json")
    assert "pulling all of this together" in good[17]
    assert FlawKind.NO_SUMMARY not in kinds(*good)
