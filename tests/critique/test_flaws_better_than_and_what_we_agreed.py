"""From expert-138's and expert-139's misses and flagged goods (measured once unseen first):
"Hey, better a late date than a wrong one.", "Never judge a run by its first injection" and
"The data tells the truth in the end." are sayings; a turn that opens "So here's what we've
agreed." and lists the steps says nothing they told back; a task asked of them ("Would you put
together a note of the last two calls, with dates, who was on and what was said...?") is no
pile of questions, however its list is parsed; "I don't take it personally at all" tells them
nothing to do; and "Keisha... says it's a Curtis Bell." reports who, it is no verdict."""

from __future__ import annotations

from coach.critique import judgment_cues
from coach.critique.sayings import PLATITUDE
from coach.scenarios.models import FlawKind
from tests.critique.conversation import expert_lines, unmatched
from tests.critique.conversation import flaw_kinds as kinds


def test_better_a_than_b_and_never_judge_a_run_are_sayings() -> None:
    assert not unmatched(
        PLATITUDE,
        [
            "Hey, better a late date than a wrong one.",
            "Better late than never.",
            "Never judge a run by its first injection, eh?",
            "The data tells the truth in the end.",
        ],
    )
    assert not PLATITUDE.search("Better a call on Monday than an email on Friday, I think.")
    assert not PLATITUDE.search("Better than I expected, honestly.")
    near_miss = expert_lines("expert-139", "resolving-misunderstanding-near_miss.json")
    assert FlawKind.STOCK_PHRASES in kinds(*near_miss)


def test_what_we_agreed_listed_and_put_to_them_is_no_reflection() -> None:
    near_miss = expert_lines("expert-138", "setting-boundaries-near_miss.json")
    assert near_miss[21].startswith("So here's what we've agreed.")
    assert FlawKind.NO_REFLECTIONS in kinds(*near_miss)


def test_a_task_with_a_list_is_no_pile_of_questions() -> None:
    good = expert_lines("expert-139", "addressing-power-imbalance-good.json")
    assert "Would you put together a note of the last two calls, with dates" in good[25]
    assert FlawKind.STACKED_QUESTIONS not in kinds(*good)


def test_ones_own_feelings_and_who_someone_says_it_is_are_no_verdict() -> None:
    assert judgment_cues.ACCUSES.search("Honestly, don't take it so personally.")
    assert not judgment_cues.ACCUSES.search("I don't take it personally at all.")
    good = expert_lines("expert-139", "mutual-accountability-good.json")
    assert FlawKind.JUDGMENT not in kinds(*good)
    assert judgment_cues.NOT_A_JUDGMENT.search("Keisha says it's a Curtis Bell.")
    assert not judgment_cues.NOT_A_JUDGMENT.search("She says it's a disaster.")
