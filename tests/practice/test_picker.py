"""The offline counterpart's line picker: no line twice, and no search from the start."""

from __future__ import annotations

import random

from coach.practice.picker import Picker, SaidText

FALLBACKS = ["Hm.", "I see.", "Right."]


def test_fallbacks_go_singles_then_pairs_then_longer_never_repeating() -> None:
    used: set[str] = set()
    combinations: dict = {}
    said = []
    for turn in range(3 + 6 + 6):
        picker = Picker(random.Random(turn), SaidText(), used, "", combinations)
        said.append(picker.fallback(FALLBACKS))
    assert len(set(said)) == len(said)
    assert all(len(line.split(". ")) == 1 for line in said[:3])
    assert all(line.count(".") == 3 for line in said[9:])


def test_longer_combinations_resume_where_they_were_left_off() -> None:
    used = {f"{a} {b}" for a in FALLBACKS for b in FALLBACKS if a != b} | set(FALLBACKS)
    combinations: dict = {}
    first = Picker(random.Random(0), SaidText(), used, "", combinations).fallback(FALLBACKS)
    taken = combinations[tuple(FALLBACKS)]
    second = Picker(random.Random(1), SaidText(), used, "", combinations).fallback(FALLBACKS)
    assert first != second and combinations[tuple(FALLBACKS)] is taken
    # A picker without the shared memory finds the same next line, only by searching again.
    again = Picker(random.Random(2), SaidText(), set(used) - {second}, "").fallback(FALLBACKS)
    assert again == second
