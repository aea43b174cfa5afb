"""Tests for the skill coder against labelled mentoring utterances."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from coach.models import Act
from coach.skills import code_turn, code_turns

EXAMPLES_FILE = Path(__file__).parent / "data" / "coder_examples.yaml"
EXAMPLES: list[dict[str, Any]] = yaml.safe_load(EXAMPLES_FILE.read_text(encoding="utf-8"))
CORE = [e for e in EXAMPLES if e.get("core")]

# Floors: what the coder achieved on the whole file when these were set, minus a margin.
# Raise them when the coder improves; never lower them to make a change pass.
MACRO_F1_FLOOR = 0.94  # measured 0.968
EXACT_MATCH_FLOOR = 0.92  # measured 0.954 (335 of 351)
F1_FLOORS = {
    Act.OPEN_QUESTION: 0.95,  # measured 1.00
    Act.CLOSED_QUESTION: 0.95,  # 1.00
    Act.REFLECTION: 0.89,  # 0.94
    Act.SUMMARY: 0.95,  # 1.00
    Act.AFFIRMATION: 0.92,  # 0.97
    Act.ADVICE: 0.95,  # 1.00
    Act.INFORMATION: 0.84,  # 0.89
    Act.SELF_DISCLOSURE: 0.80,  # 0.85
    Act.JUDGMENT: 0.92,  # 0.97
    Act.I_STATEMENT: 0.92,  # 0.97
    Act.REQUEST: 0.95,  # 1.00
    Act.APOLOGY: 0.95,  # 1.00
    Act.OTHER: 0.95,  # 1.00
}


def gold(example: dict[str, Any]) -> set[Act]:
    return {Act(a) for a in example["acts"]}


def per_act_scores(examples: list[dict[str, Any]]) -> dict[Act, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support of each act over the examples."""
    hits: Counter[Act] = Counter()
    false_pos: Counter[Act] = Counter()
    misses: Counter[Act] = Counter()
    for example in examples:
        expected, found = gold(example), set(code_turn(example["text"]).acts)
        hits.update(expected & found)
        false_pos.update(found - expected)
        misses.update(expected - found)
    scores = {}
    for act in Act:
        precision = hits[act] / (hits[act] + false_pos[act]) if hits[act] + false_pos[act] else 0.0
        recall = hits[act] / (hits[act] + misses[act]) if hits[act] + misses[act] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[act] = (precision, recall, f1, hits[act] + misses[act])
    return scores


# --- the labelled data itself ------------------------------------------------------------


def test_examples_are_many_and_well_formed() -> None:
    assert len(EXAMPLES) >= 200
    assert len(CORE) >= 50
    texts = [e["text"] for e in EXAMPLES]
    assert len(set(texts)) == len(texts), "duplicate texts"
    for example in EXAMPLES:
        assert set(example) <= {"text", "acts", "core"}, example
        assert example["acts"] and len(set(example["acts"])) == len(example["acts"]), example
        assert Act.OTHER not in gold(example) or len(gold(example)) == 1, example


def test_every_act_is_represented() -> None:
    support = Counter(a for e in EXAMPLES for a in gold(e))
    assert all(support[act] >= 10 for act in Act), support


# --- per-example strictness on unambiguous cases -------------------------------------------


@pytest.mark.parametrize("example", CORE, ids=[e["text"][:50] for e in CORE])
def test_core_example_is_coded_exactly(example: dict[str, Any]) -> None:
    assert set(code_turn(example["text"]).acts) == gold(example)


# --- agreement over the whole file ---------------------------------------------------------


def test_agreement_with_labels_meets_floors() -> None:
    scores = per_act_scores(EXAMPLES)
    print(f"\n{'act':16} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
    for act, (precision, recall, f1, support) in scores.items():
        print(f"{act.value:16} {precision:5.2f} {recall:5.2f} {f1:5.2f} {support:4d}")
    macro_f1 = sum(f1 for _, _, f1, _ in scores.values()) / len(scores)
    exact = sum(set(code_turn(e["text"]).acts) == gold(e) for e in EXAMPLES) / len(EXAMPLES)
    print(f"macro-F1 {macro_f1:.3f}  exact match {exact:.3f}")
    below = {
        a.value: round(scores[a][2], 3) for a, floor in F1_FLOORS.items() if scores[a][2] < floor
    }
    assert not below, f"F1 under its floor: {below}"
    assert macro_f1 >= MACRO_F1_FLOOR
    assert exact >= EXACT_MATCH_FLOOR


# --- features ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "questions", "stacked"),
    [
        ("Okay.", 1, 0, False),
        ("It's a well-known problem in new teams.", 7, 0, False),
        ("What happened?", 2, 1, False),
        ("Tell me more about that.", 5, 1, False),
        ("I'm curious what you'd change", 5, 1, False),
        ("What happened? Who was there? How did you respond?", 9, 3, True),
        ("Tell me more. What did she say?", 7, 2, True),
        ("Did you talk to her, or did you just email?", 10, 1, False),
        ("You're worried, right?", 3, 1, False),
        ("It took 2.5 days?", 4, 1, False),
        ("You sent it. Thanks!", 4, 0, False),
    ],
)
def test_features(text: str, words: int, questions: int, stacked: bool) -> None:
    features = code_turn(text).features
    assert (features.words, features.questions, features.stacked_questions) == (
        words,
        questions,
        stacked,
    )


# --- shape of the result ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "?!...", "...", "\u2014"])
def test_empty_or_punctuation_only_input(text: str) -> None:
    turn = code_turn(text)
    assert turn.acts == [Act.OTHER]
    assert turn.features.words == 0
    assert turn.features.stacked_questions is False


def test_acts_are_unique_non_empty_and_in_vocabulary_order() -> None:
    order = list(Act)
    for turn in code_turns(e["text"] for e in EXAMPLES):
        assert turn.acts
        assert len(set(turn.acts)) == len(turn.acts)
        assert turn.acts == sorted(turn.acts, key=order.index)


def test_coding_is_deterministic_and_independent_of_batch_order() -> None:
    texts = [e["text"] for e in EXAMPLES]
    forward = code_turns(texts)
    backward = code_turns(reversed(texts))[::-1]
    assert forward == backward == [code_turn(t) for t in texts]


def test_curly_apostrophes_and_case_do_not_change_the_code() -> None:
    straight = code_turn("You're worried the team will see it as failure.")
    curly = code_turn("YOU\u2019RE WORRIED THE TEAM WILL SEE IT AS FAILURE.")
    assert curly.acts == straight.acts == [Act.REFLECTION]


def test_long_and_unusual_input_is_coded_without_error() -> None:
    text = " ".join(e["text"] for e in EXAMPLES)
    turn = code_turn(text + " \U0001f642 ??? 3.14 \u2026")
    assert len(turn.acts) >= 8
    assert turn.features.questions >= 100
