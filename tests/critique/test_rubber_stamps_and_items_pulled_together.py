"""From expert-250's and -251's misses (each measured once unseen first): a colleague's review
called "a rubber stamp" runs down someone absent, which the mentor stands up against ("Pointing
at Owen won't do you any good"), a judgment; and "Can I try pulling item three together, to
check I've understood?" asks leave to sum up, so the turn after the mentor's "Go on." is the
summary."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.cues import SUMMARY_OPENER
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind


def test_a_review_called_a_rubber_stamp_runs_down_someone_absent() -> None:
    said = ("Her sign-off was a rubber stamp, frankly.", "Honestly, he's a rubber-stamp.")
    assert unmatched(BLAME_ABSENT, said) == []
    assert not BLAME_ABSENT.search("I'll get the form rubber-stamped on Monday.")
    found = named("expert-250", "help-after-a-mistake", K.JUDGMENT, LearnerRole.MENTEE)
    assert found == (True, False)


def test_asking_leave_to_pull_an_item_together_opens_a_summary() -> None:
    asked = (
        "Can I try pulling item two together, to check I've understood?",
        "Let me try putting that part together before we move on.",
    )
    assert unmatched(SUMMARY_OPENER, asked) == []
    assert not SUMMARY_OPENER.search("Can we put item two on Thursday's agenda together?")
    good = kinds(*expert_lines("expert-251", "bridging-differences-good.json"))
    assert K.NO_SUMMARY not in good
