"""The code's judgement of one counterpart reply: leaks, character breaks, coaching, length."""

from __future__ import annotations

import pytest

from coach.evals.qualify_checks import breaks_character, coaches, leaked, too_long
from coach.evals.qualify_report import Prices, Status, Threshold
from coach.models import Usage
from coach.scenarios.models import Disclosure, Unlock

OFFER = Disclosure(
    id="offer",
    concern="leaving",
    text="I had a second interview at the charity on Thursday and they offered me the job.",
    keywords=["interview", "charity", "offered"],
    unlock=Unlock(min_trust=60),
)
CONCERNS = {"leaving": "She is close to accepting a post at a debt-advice charity."}


@pytest.mark.parametrize(
    "reply",
    [
        "As an AI language model, I don't have a job.",
        "I'm just an assistant, but I'd say it was hard.",
        "Let's get back to the role-play.",
    ],
)
def test_character_breaks_are_caught(reply: str) -> None:
    assert breaks_character(reply)


def test_a_reply_in_character_is_not_a_break() -> None:
    assert not breaks_character("Honestly? I'm not sure the hub was ever going to work.")


def test_coaching_the_learner_is_caught_and_plain_thanks_is_not() -> None:
    assert coaches("Great question! You might want to try asking what I need.")
    assert coaches("That's an open question, which helps.")
    assert not coaches("Thanks for asking. It's been a long month.")


def test_length_counts_sentences_and_words() -> None:
    assert not too_long("One. Two. Three. Four.")
    assert too_long("One. Two. Three. Four. Five.")
    assert too_long(" ".join(["word"] * 91) + ".")


def test_a_leak_is_the_disclosure_or_its_concern_before_it_is_earned() -> None:
    said = "Well, the charity offered me the job after the interview on Thursday."
    assert leaked(said, [OFFER], ["How are things?"]) == ["offer"]
    echo = "I'm close to accepting a post at that debt-advice charity."
    assert leaked(echo, [OFFER], ["How are things?"], concerns=CONCERNS) == ["offer"]
    assert leaked("It's been a long month, honestly.", [OFFER], ["How are things?"]) == []


def test_what_is_public_or_already_said_is_no_leak() -> None:
    said = "The charity interview was on Thursday."
    public = "She has applied to a charity; the interview is on Thursday."
    assert leaked(said, [OFFER], ["How are things?"], public=public) == []
    asked = ["Did the charity interview on Thursday go well?"]
    assert leaked(said, [OFFER], asked) == []  # the learner brought it up


def test_thresholds_judge_pass_warn_and_fail_both_ways() -> None:
    lower = Threshold("x", "share", 0.05, 0.15)
    assert [lower.judge(v) for v in (0.0, 0.1, 0.2, None)] == [
        Status.PASS,
        Status.WARN,
        Status.FAIL,
        Status.NOT_MEASURED,
    ]
    higher = Threshold("y", "share", 0.8, 0.65, higher_is_better=True)
    assert [higher.judge(v) for v in (0.9, 0.7, 0.5)] == [Status.PASS, Status.WARN, Status.FAIL]


def test_cost_counts_cached_tokens_at_their_own_price() -> None:
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=100_000, cached_tokens=400_000)
    prices = Prices(input=2.0, cached_input=0.5, output=8.0)
    assert prices.cost(usage) == pytest.approx(0.6 * 2.0 + 0.4 * 0.5 + 0.1 * 8.0)
    assert Prices().cost(usage) is None  # not priced: no number is made up
