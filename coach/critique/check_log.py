"""What the checks of an LLM critique changed, told to the learner as notices (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.critique.overall import MAX_OVERALL_SHIFT


@dataclass
class CheckLog:
    """What the checks dropped or changed, told to the learner as notices."""

    dropped_quotes: int = 0
    off_item_quotes: int = 0  # the learner's words, but not what the item's detectors found
    dropped_citations: int = 0
    dropped_rewrites: int = 0
    unsupported: list[str] = field(default_factory=list)
    clamped: list[str] = field(default_factory=list)
    over_budget: list[str] = field(default_factory=list)
    overall_asked: tuple[int, int] = (0, 0)  # the measured overall, the one the model's gave
    misfit: str | None = None

    def notices(self) -> list[str]:
        """One sentence per kind of correction, for the critique's notices."""
        removed = (
            _count(self.dropped_quotes, "quote", "the evaluator attributed to you wrongly"),
            _count(
                self.off_item_quotes,
                "quote",
                "that were not evidence for the item they were given for",
            ),
            _count(self.dropped_citations, "citation", "of guidance the evaluator was not given"),
            _count(self.dropped_rewrites, "rewrite", "that did not name one of your turns"),
        )
        notes = [f"Removed {what}." for what in removed if what]
        if self.unsupported:
            notes.append(
                f"Kept the measured score for {', '.join(self.unsupported)}: "
                "the evaluator quoted nothing of yours to support its own."
            )
        if self.clamped:
            notes.append(
                "Limited the evaluator's score to one point from the measured one for "
                f"{', '.join(self.clamped)}."
            )
        return notes + self._score_notes()

    def _score_notes(self) -> list[str]:
        notes = []
        if self.over_budget:
            measured, asked = self.overall_asked
            notes.append(
                f"Kept the measured score for {', '.join(self.over_budget)}: the evaluator's "
                f"scores moved the overall from {measured} to {asked}, more than "
                f"{MAX_OVERALL_SHIFT} points."
            )
        if self.misfit:
            notes.append(f"Replaced the evaluator's overview with the measured one: {self.misfit}.")
        return notes


def _count(n: int, noun: str, rest: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'} {rest}" if n else ""
