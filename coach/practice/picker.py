"""Choosing lines without repeating any: the offline counterpart's memory of what it said."""

from __future__ import annotations

import itertools
import random
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence

# Where one sentence ends and the next begins (after . ! ? or …, perhaps closing a quote).
_BREAK = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)]))\s+")
_WHOLE = re.compile(r"[.!?…][\"'”’)]?$")


class SaidText:
    """Every reply the persona has said this session, and whether a line is among them.

    A line counts as said when it was a reply or a run of whole sentences inside one (a
    composed reply joins lines). Every run of each reply is kept in a set when the reply is
    added, so the question costs the same at turn 160 as at turn 10; only a line that does
    not end a sentence is searched for in the replies' text.
    """

    SEPARATOR = "\x00"

    def __init__(self) -> None:
        self._runs: set[str] = set()
        self._text = self.SEPARATOR
        self._history_seen = 0

    def add(self, reply: str) -> None:
        sentences = _BREAK.split(reply.strip())
        for start in range(len(sentences)):
            for end in range(start + 1, len(sentences) + 1):
                self._runs.add(" ".join(sentences[start:end]))
        self._text += reply + self.SEPARATOR

    def add_history(self, history: Sequence[str]) -> None:
        """Index the lines of ``history`` not seen before (it grows by one line a turn).

        After an undo it is shorter: the lines it lost stay said, as the persona's own do.
        """
        for reply in history[self._history_seen :]:
            self.add(reply)
        self._history_seen = len(history)

    def __contains__(self, line: str) -> bool:
        if _WHOLE.search(line.rstrip()):
            return " ".join(_BREAK.split(line.strip())) in self._runs
        return line in self._text


class Picker:
    """Chooses unused lines at random, avoiding the previous reply's first word if it can."""

    def __init__(
        self,
        rng: random.Random,
        said: SaidText,
        used: set[str],
        previous: str,
        combinations: dict[tuple[str, ...], Iterator[str]] | None = None,
    ):
        self.rng = rng
        # Where each fallback list's longer combinations were left off: lines are only ever
        # added to what was said, so the next fresh one is never behind that point.
        self.combinations = {} if combinations is None else combinations
        self.said = said
        self.used = used
        self.previous = previous

    def is_used(self, line: str) -> bool:
        # A line said inside a composed reply (lead-in + disclosure) counts as said too.
        return line in self.used or line in self.said

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

    def best(
        self, lines: Iterable[str], score: Callable[[str], float], *, focused: bool
    ) -> str | None:
        """The unused line with the highest positive ``score``, or None. Among ties, the
        shortest when ``focused`` (an answer to a question: "Day shift. Six till two." over a
        long line that only mentions a shift), then one not opening like the previous reply."""
        fresh = [(score(line), line) for line in lines if not self.is_used(line)]
        top = max((points for points, _ in fresh), default=0)
        if top <= 0:
            return None
        tied = [line for points, line in fresh if points == top]
        if focused:
            shortest = min(len(line.split()) for line in tied)
            tied = [line for line in tied if len(line.split()) == shortest]
        varied = [line for line in tied if not self.clashes(line)]
        return self.take(self.rng.choice(varied or tied))

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
        key = tuple(fallbacks)
        if key not in self.combinations:
            self.combinations[key] = (
                " ".join(combo)
                for size in range(3, len(fallbacks) + 1)
                for combo in itertools.permutations(fallbacks, size)
            )
        longer = self.combinations[key]
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
