"""Choosing lines without repeating any: the offline counterpart's memory of what it said."""

from __future__ import annotations

import itertools
import random
import string
from collections.abc import Sequence


class Picker:
    """Chooses unused lines at random, avoiding the previous reply's first word if it can."""

    def __init__(self, rng: random.Random, earlier: list[str], used: set[str], previous: str):
        self.rng = rng
        self.earlier = earlier
        self.used = used
        self.previous = previous

    def is_used(self, line: str) -> bool:
        # A line said inside a composed reply (lead-in + disclosure) counts as said too.
        return line in self.used or any(line in reply for reply in self.earlier)

    def clashes(self, line: str) -> bool:
        return bool(self.previous) and first_word(line) == self.previous

    def pick(self, pools: Sequence[Sequence[str]]) -> str | None:
        """A random unused line from the first pool that has one, or None."""
        for pool in pools:
            fresh = [line for line in dict.fromkeys(pool) if not self.is_used(line)]
            if fresh:
                varied = [line for line in fresh if not self.clashes(line)]
                return self.take(self.rng.choice(varied or fresh))
        return None

    def first(self, lines: Sequence[str]) -> str | None:
        """The first unused line, in the order given (the most fitting first)."""
        fresh = next((line for line in lines if not self.is_used(line)), None)
        return self.take(fresh) if fresh else None

    def fallback(self, fallbacks: Sequence[str]) -> str:
        """A generic line; once all are said, pairs of them, then longer combinations."""
        single = self.pick([fallbacks])
        if single:
            return single
        pairs = [f"{a} {b}" for a, b in itertools.permutations(fallbacks, 2)]
        pair = self.pick([pairs])
        if pair:
            return pair
        longer = (
            " ".join(combo)
            for size in range(3, len(fallbacks) + 1)
            for combo in itertools.permutations(fallbacks, size)
        )
        line = next((combo for combo in longer if not self.is_used(combo)), None)
        if line is None:
            raise RuntimeError("every offline fallback combination has been said")
        return self.take(line)

    def take(self, line: str) -> str:
        self.used.add(line)
        return line


def first_word(line: str) -> str:
    words = line.split()
    return words[0].strip(string.punctuation + "“”‘’—…").lower() if words else ""
