"""From expert-236's and -237's misses (each measured once unseen first): "what would you want
to get out of this?" reads no motive into them; "Two very different sentences, and I only said
one of them." owns a half left out rather than defending; "That's the list." agrees the steps
just set out; and a put-down of someone absent ("...is just her way of not having an opinion",
"He left me high and dry") that the counterpart doubts ("Not sure that's fair to her.") or
reads otherwise ("Or they were on a dry site in July heat...") is a judgment."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.defending_cues import defends
from coach.critique.judgment_cues import POLITE_JUDGMENT
from coach.critique.reactions import AGREE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_what_they_would_want_from_it_reads_no_motive() -> None:
    asked = "If you could ask for anything, what would you want to get out of this?"
    assert not POLITE_JUDGMENT.search(asked)
    assert POLITE_JUDGMENT.search("You talk about the rota to get out of the real conversation.")
    good = kinds(*expert_lines("expert-236", "clarifying-expectations-good.json"))
    assert K.JUDGMENT not in good


def test_owning_a_half_left_out_is_no_defence() -> None:
    assert not defends("Two very different sentences, and I only said one of them.")
    assert defends("I only did what you asked me to do.")
    good = kinds(*expert_lines("expert-237", "resolving-misunderstanding-good.json"))
    assert K.DEFENSIVE not in good


def test_thats_the_list_agrees_the_steps() -> None:
    assert AGREE.search("That's the list. Put it somewhere you'll see it at six a.m.")
    good = kinds(*expert_lines("expert-237", "help-after-a-mistake-good.json"), role=MENTEE)
    assert K.NO_NEXT_STEP not in good


def test_a_put_down_of_someone_absent_read_otherwise_is_a_judgment() -> None:
    put_downs = (
        "Judith's 'it's your call' is just her way of not having an opinion.",
        "He left me high and dry with no handover.",
    )
    assert unmatched(BLAME_ABSENT, put_downs) == []
    assert not BLAME_ABSENT.search("That's just her way of saying she trusts me.")
    replies = (
        "Hm. Not sure that's fair to her. Go on.",
        "Huh. Or they were on a dry site in July heat with the posts delivered late.",
    )
    assert unmatched(DEFENDS_ABSENT, replies) == []
    assert not DEFENDS_ABSENT.search("Or we could meet on Friday instead.")
    assert named("expert-237", "disagreeing-with-advice", K.JUDGMENT, MENTEE) == (True, False)
