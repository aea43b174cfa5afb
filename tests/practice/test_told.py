"""Tests for coach.practice.told: a concern the persona's lines already tell, in other words,
is not told again."""

from __future__ import annotations

from coach.models import Move
from coach.practice.told import told_in
from coach.scenarios.library import load_scenario
from tests.paths import TEST_DATA
from tests.practice.test_offline import reply

FAMILY = "My mother has been ill since spring and I'm the one who drives her to every appointment."


def test_a_concern_told_in_other_words_counts_as_told() -> None:
    paraphrase = "Mum's been ill since the spring, and I drive her to every single appointment."
    near_it = "My mother rang this morning about the spring weather."
    assert told_in(["Hello.", paraphrase], FAMILY)
    assert not told_in(["Hello.", near_it], FAMILY)


def test_a_short_concern_is_told_only_word_for_word() -> None:
    concern = "I might leave the firm."
    assert not told_in(["Leave the firm? I might, one day."], concern)
    assert told_in(["Well. I might leave the firm."], concern)


def test_a_concern_unlocked_now_but_already_told_in_the_history_is_not_said_again() -> None:
    scenario = load_scenario(TEST_DATA / "late-reports.yaml")
    history = [
        scenario.opening_line,
        "Honestly? Mum's been ill since the spring, and I drive her to every appointment.",
    ]
    text = "So you're the one driving your mother to all her appointments."
    said = reply(scenario, Move.REFLECTION, text, history, newly=("family",))
    assert "appointment" not in said.lower()
