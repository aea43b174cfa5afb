"""The lines a persona speaks from offline: one pool per reaction, topics, plan and goodbyes.

Authored by trainers alongside the scenario, so validated with ``extra="forbid"`` too.
"""

from __future__ import annotations

from pydantic import Field

from coach.models import Strict


class TopicLines(Strict):
    """Lines the persona can say when the learner asks about a topic."""

    keywords: list[str] = Field(min_length=1)
    lines: list[str] = Field(min_length=1)


class PlanLines(Strict):
    """What the persona brings once the talk turns to a plan, in its own voice."""

    ideas: list[str] = Field(
        min_length=1, description="Ideas it offers when asked what could help."
    )
    obstacles: list[str] = Field(
        default_factory=list, description="A realistic catch it raises about a proposed step."
    )
    commitments: list[str] = Field(
        min_length=1, description="A concrete step it will own, said in the first person."
    )


class ReplyMaterial(Strict):
    """Authored lines the offline engine composes replies from, one pool per reaction."""

    elaborations: list[str] = Field(min_length=4)
    short_answers: list[str] = Field(min_length=4)
    deflections: list[str] = Field(min_length=3)
    withdrawals: list[str] = Field(min_length=3)
    confirmations: list[str] = Field(min_length=2)
    corrections: list[str] = Field(min_length=2)
    acknowledgements: list[str] = Field(min_length=2)
    fillers: list[str] = Field(min_length=3)
    topics: list[TopicLines] = Field(default_factory=list)
    plan: PlanLines | None = Field(
        default=None, description="How the persona helps make a plan (generic lines if absent)."
    )
    closings: list[str] = Field(
        default_factory=list, description="How the persona ends the conversation."
    )
