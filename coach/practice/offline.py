"""The offline counterpart: replies composed from a scenario's authored material (pure).

Given a seed, replies are deterministic. No line is said twice in a session: pools fall
back to other suitable pools, then to the shipped scenario-neutral fallback lines, then to
combinations of those.
"""

from __future__ import annotations

import itertools
import random
import string
from collections.abc import Sequence

from pydantic import Field

from coach.models import PersonaUpdate, Reaction, Strict
from coach.practice.persona import mentions
from coach.prompts import PromptLibrary, shipped_prompts
from coach.scenarios.models import Scenario

FALLBACKS_FILE = "offline_fallbacks.yaml"

# Material pools to draw from for each reaction, most suitable first. "topics" means every
# topic line; for ELABORATE the topics the learner mentioned are tried before all of these.
REPLY_POOLS: dict[Reaction, tuple[str, ...]] = {
    Reaction.ELABORATE: ("elaborations", "topics", "fillers"),
    Reaction.SHORT_ANSWER: ("short_answers", "fillers"),
    Reaction.DEFLECT: ("deflections", "fillers"),
    Reaction.WITHDRAW: ("withdrawals",),
    Reaction.CONFIRM: ("confirmations", "acknowledgements", "fillers"),
    Reaction.CORRECT: ("corrections",),
    Reaction.ACKNOWLEDGE: ("acknowledgements", "fillers"),
    Reaction.NEUTRAL: ("fillers",),
}
# Reactions whose own line is a natural lead-in to a disclosure ("Yes, exactly. <text>").
LEAD_POOLS: dict[Reaction, str] = {
    Reaction.CONFIRM: "confirmations",
    Reaction.CORRECT: "corrections",
    Reaction.ACKNOWLEDGE: "acknowledgements",
}
# How often a disclosure without a reaction lead-in gets a short bridge ("Can I tell you...").
BRIDGE_CHANCE = 0.5


class OfflineLines(Strict):
    """Scenario-neutral lines: fallbacks when the pools run dry, bridges before a disclosure."""

    fallbacks: list[str] = Field(min_length=12)
    bridges: list[str] = Field(min_length=1)


def offline_lines(prompts: PromptLibrary | None = None) -> OfflineLines:
    """The fallback and bridge lines of prompts/offline_fallbacks.yaml."""
    return (prompts or shipped_prompts()).data(FALLBACKS_FILE, OfflineLines)


class OfflineCounterpart:
    """Plays a scenario's persona without a language model, one session per instance."""

    def __init__(self, scenario: Scenario, seed: int = 0, lines: OfflineLines | None = None):
        self.scenario = scenario
        self.seed = seed
        self.lines = lines or offline_lines()
        self._said: list[str] = []
        self._used: set[str] = set()

    def reply(self, update: PersonaUpdate, text: str, history: Sequence[str]) -> str:
        """The persona's next line reacting to ``update``; never one said earlier.

        Args:
            update: What the learner's turn did to the persona.
            text: The learner's words (topic keywords pick topic lines).
            history: The counterpart's lines so far this session, opening line included.
        """
        picker = self._picker(history)
        if update.newly_unlocked:
            line = self._disclose(update, picker)
        else:
            pools = self._pools(update.reaction, text)
            line = picker.pick(pools) or picker.fallback(self.lines.fallbacks)
        self._said.append(line)
        return line

    def _picker(self, history: Sequence[str]) -> _Picker:
        # Seeded by position too, so a session rebuilt from its history replays the same way.
        rng = random.Random(f"{self.seed}:{len(history)}:{len(self._said)}")
        latest = [*history[-1:]] or self._said[-1:]
        previous = _first_word(latest[0]) if latest else ""
        return _Picker(rng, [*history, *self._said], self._used, previous)

    def _disclose(self, update: PersonaUpdate, picker: _Picker) -> str:
        texts = [self.scenario.disclosure(d).text for d in update.newly_unlocked]
        lead = self._lead_in(update.reaction, picker, texts[0])
        return " ".join([lead, *texts] if lead else texts)

    def _lead_in(self, reaction: Reaction, picker: _Picker, disclosure: str) -> str | None:
        if reaction in LEAD_POOLS:
            lead = picker.pick([self._pool(LEAD_POOLS[reaction])])
            if lead:
                return lead
        if picker.clashes(disclosure) or picker.rng.random() < BRIDGE_CHANCE:
            return picker.pick([self.lines.bridges])
        return None

    def _pools(self, reaction: Reaction, text: str) -> list[list[str]]:
        pools = [self._pool(name) for name in REPLY_POOLS[reaction]]
        if reaction is Reaction.ELABORATE:
            topics = self.scenario.material.topics
            pools.insert(0, [ln for t in topics if mentions(text, t.keywords) for ln in t.lines])
        return pools

    def _pool(self, name: str) -> list[str]:
        material = self.scenario.material
        if name == "topics":
            return [line for topic in material.topics for line in topic.lines]
        return list(getattr(material, name))


class _Picker:
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
        return bool(self.previous) and _first_word(line) == self.previous

    def pick(self, pools: Sequence[Sequence[str]]) -> str | None:
        """A random unused line from the first pool that has one, or None."""
        for pool in pools:
            fresh = [line for line in dict.fromkeys(pool) if not self.is_used(line)]
            if fresh:
                varied = [line for line in fresh if not self.clashes(line)]
                return self._take(self.rng.choice(varied or fresh))
        return None

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
        return self._take(line)

    def _take(self, line: str) -> str:
        self.used.add(line)
        return line


def _first_word(line: str) -> str:
    words = line.split()
    return words[0].strip(string.punctuation + "“”‘’—…").lower() if words else ""
