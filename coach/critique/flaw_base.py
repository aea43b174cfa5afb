"""What a flaw is: its kind, the turns that show it and how much it weighs (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from coach.scenarios.models import FlawKind

REACTION_SENTENCES = 6  # of the counterpart's reply in which a reaction to a turn shows


@dataclass(frozen=True)
class Flaw:
    kind: FlawKind
    turns: tuple[int, ...]
    weight: float  # how much it matters, for ordering and for the items it lowers


def make_flaw(kind: FlawKind, turns: list[int], each: float, cap: float) -> Flaw | None:
    """The flaw on ``turns`` (None when there are none), weighing ``each`` per turn up to cap."""
    return Flaw(kind, tuple(turns), min(cap, each * len(turns))) if turns else None
