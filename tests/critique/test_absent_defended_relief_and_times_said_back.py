"""From expert-232's and -233's misses (each measured once unseen first): a put-down of
someone absent that the counterpart answers by putting them in a kinder light ("Phyllis was a
tired woman running a short unit."), by declining to go on ("Let's not.", "Let's stick to what
you're going to do.") or that says an institution does not care ("Leadership here doesn't
really value what we do") is a judgment; the counterpart saying it had blamed nobody ("I did
not say it was her fault.", "I did not mean the practice.") hears the turn as a defence; their
own maxim taken up ("You always say a good reference is one story...") is neither; a reply that
opens on relief was not stung, whatever it takes back after; the time asked for said back
alone ("Does Thursday at four still work?" "Thursday at four.") agrees the step."""

from __future__ import annotations

from coach.critique.absent_cues import BLAME_ABSENT
from coach.critique.absent_defended import DEFENDS_ABSENT
from coach.critique.defending_cues import HEARD_AS_DEFENCE
from coach.models import LearnerRole
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds
from tests.critique.conversation import named_in_near_miss_and_good as named

K = FlawKind
MENTEE = LearnerRole.MENTEE


def test_a_put_down_the_counterpart_softens_or_declines_is_a_judgment() -> None:
    replies = (
        "Phyllis was a tired woman running a short unit. In another year I'd have been her.",
        "Phyllis was a tired woman running a short unit. Let's not.",
        "That audit was me and Renée, on a Saturday. Let's stick to what you're going to do.",
    )
    assert unmatched(DEFENDS_ABSENT, replies) == []
    assert not DEFENDS_ABSENT.search("Let's not rush it. Friday is fine.")
    assert not DEFENDS_ABSENT.search("Let's stick to Thursday, then.")
    assert BLAME_ABSENT.search("Leadership here doesn't really value what we do in the field.")
    assert not BLAME_ABSENT.search("Leadership here doesn't meet until March.")
    assert named("expert-232", "asking-for-a-reference", K.JUDGMENT, MENTEE) == (True, False)


def test_the_counterpart_saying_it_blamed_nobody_hears_a_defence() -> None:
    replies = (
        "Understood. I did not say it was her fault. I will phrase it better next time.",
        "Of course. I did not mean the practice.",
    )
    assert unmatched(HEARD_AS_DEFENCE, replies) == []
    assert not HEARD_AS_DEFENCE.search("I did not mean to interrupt you.")
    assert named("expert-232", "giving-feedback", K.DEFENSIVE) == (True, False)


def test_their_maxim_taken_up_is_neither_a_defence_nor_a_verdict() -> None:
    good = kinds(*expert_lines("expert-233", "asking-for-a-reference-good.json"), role=MENTEE)
    assert K.DEFENSIVE not in good and K.JUDGMENT not in good
    held_against = (
        "Hi, Loretta.",
        "You always say you'll get to it, and then nothing happens.",
    )
    assert K.DEFENSIVE in kinds(*held_against, role=MENTEE)


def test_a_reply_that_opens_on_relief_was_not_stung() -> None:
    good = kinds(*expert_lines("expert-233", "mutual-accountability-good.json"))
    assert K.JUDGMENT not in good


def test_the_time_said_back_alone_agrees_the_step() -> None:
    good = kinds(*expert_lines("expert-233", "help-after-a-mistake-good.json"), role=MENTEE)
    assert K.NO_NEXT_STEP not in good
