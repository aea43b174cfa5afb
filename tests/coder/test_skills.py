"""Tests for the skill coder against labelled mentoring utterances."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
import yaml

from coach.coder import evaluative as skill_evaluative
from coach.coder import patterns as skill_patterns
from coach.coder.skills import code_turn, code_turns
from coach.models import Act
from tests.paths import TEST_DATA

EXAMPLES_FILE = TEST_DATA / "coder_examples.yaml"
EXAMPLES: list[dict[str, Any]] = yaml.safe_load(EXAMPLES_FILE.read_text(encoding="utf-8"))
CORE = [e for e in EXAMPLES if e.get("core")]

# Floors: what the coder achieved on the whole file when these were set, minus a margin.
# Raise them when the coder improves; never lower them to make a change pass.
MACRO_F1_FLOOR = 0.95  # measured 0.977
EXACT_MATCH_FLOOR = 0.94  # measured 0.970 (418 of 431)
F1_FLOORS = {
    Act.OPEN_QUESTION: 0.95,  # measured 1.00
    Act.CLOSED_QUESTION: 0.95,  # 1.00
    Act.REFLECTION: 0.91,  # 0.95
    Act.SUMMARY: 0.95,  # 1.00
    Act.AFFIRMATION: 0.92,  # 0.96
    Act.ADVICE: 0.95,  # 1.00
    Act.INFORMATION: 0.87,  # 0.92
    Act.SELF_DISCLOSURE: 0.86,  # 0.91
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


# --- how clauses combine -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # The question mark belongs to the clause that asks, not to a trailing purpose.
        ("Would you mind sending it in writing, so I can refer back to it?", {Act.REQUEST}),
        # Any statement about the listener, said as a question, is checked understanding.
        ("You heard it as optional?", {Act.REFLECTION, Act.CLOSED_QUESTION}),
        ("So when I step in, you stop trying?", {Act.REFLECTION, Act.CLOSED_QUESTION}),
        # Praise absorbs the plain account of the deed it praises, and its comment.
        ("You stayed late to fix it, and I respect that.", {Act.AFFIRMATION}),
        ("Thanks for chasing the supplier; it saved us a week.", {Act.AFFIRMATION}),
        # A "so ..." restatement that lists points is a summary, absorbing its parts.
        ("So you want feedback, a clear scope, and I'm the one to ask.", {Act.SUMMARY}),
        # The listener's experience is a reflection whatever the subject of the clause.
        ("The silence in meetings leaves you feeling shut out.", {Act.REFLECTION}),
        ("You can raise it with HR at any time.", {Act.INFORMATION}),
        # A reported belief is the listener's view, not the speaker's advice.
        ("You feel like you have to answer every message at once.", {Act.REFLECTION}),
    ],
)
def test_clause_combination_rules(text: str, acts: set[Act]) -> None:
    assert set(code_turn(text).acts) == acts


def test_praise_words_turn_an_absolute_from_blame_into_praise() -> None:
    assert code_turn("You always leave the testing to the end.").acts == [Act.JUDGMENT]
    assert code_turn("You always explain the trade-offs clearly.").acts == [Act.AFFIRMATION]


def test_opening_patterns_are_anchored_only_at_the_clause_start() -> None:
    """Opening patterns are matched once at the start; no branch may need a later start."""
    tables = [
        skill_evaluative.JUDGMENT,
        skill_evaluative.AFFIRMATION,
        *(getattr(skill_patterns, name) for name in ("REQUEST", "ADVICE", "REFLECTION")),
        *(getattr(skill_patterns, name) for name in ("INVITE", "ADVICE_QUESTION", "OTHER")),
        skill_patterns.SUMMARY,
        skill_patterns.I_STATEMENT,
        skill_patterns.SELF_DISCLOSURE,
        skill_patterns.APOLOGY,
    ]
    texts = [e["text"].lower().replace("\u2019", "'").strip(" .!?") for e in EXAMPLES]
    openings = [re.compile(p) for table in tables for p in table if p.startswith("^")]
    assert openings
    for pattern in openings:
        for text in texts:
            assert bool(pattern.match(text)) == bool(pattern.search(text)), (pattern, text)


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
