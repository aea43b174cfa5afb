"""What the LLM evaluator is asked to return: a draft that code checks before anything is shown.

The field descriptions travel to the model as the output schema, so they are written to it.
Nothing here is trusted: quotes, citations, turns and scores are all checked in
``coach.critique.checks`` against the transcript, the passages given and the code's own scores.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class DraftEvidence(BaseModel):
    turn: int = Field(ge=0, description="The N of the [turn N] LEARNER line you quote.")
    quote: str = Field(
        min_length=1, description="The learner's exact words, copied from that line."
    )


class DraftRubricScore(BaseModel):
    id: str = Field(description="The rubric item's id, exactly as given.")
    score: int = Field(ge=0, le=4, description="0 = absent or harmful ... 4 = consistently good.")
    rationale: str = Field(description="One or two sentences on why, addressed to the learner.")
    evidence: list[DraftEvidence] = Field(
        default_factory=list, description="Learner quotes the score rests on."
    )


class DraftStrength(BaseModel):
    title: str
    detail: str = Field(description="What the learner did well and why it helped.")
    evidence: list[DraftEvidence] = Field(default_factory=list)


class DraftRewrite(BaseModel):
    turn: int = Field(ge=0, description="The N of the [turn N] LEARNER line to rewrite.")
    suggested: str = Field(min_length=1, description="A better way to say it, in their voice.")


class DraftGrowthArea(BaseModel):
    title: str
    detail: str = Field(description="What to do differently, concretely, and why.")
    skill: str = Field(description="Guidance skill slug, e.g. open-questions.")
    evidence: list[DraftEvidence] = Field(default_factory=list)
    rewrite: DraftRewrite | None = None
    chunk_ids: list[str] = Field(
        default_factory=list, description="chunk_id values of the passages this advice rests on."
    )


class LLMCritiqueDraft(BaseModel):
    """The evaluator's critique of one practice conversation."""

    narrative: str = Field(description="A short, warm, specific overview: three to five sentences.")
    rubric: list[DraftRubricScore] = Field(description="One entry per rubric item given.")
    strengths: list[DraftStrength] = Field(default_factory=list)
    growth_areas: list[DraftGrowthArea] = Field(default_factory=list)
