"""The critique's data: what ``coach critique --json`` prints and what is stored with a session.

Turn numbers are 0-based indices into the transcript's ``turns`` (turn 0 is usually the
counterpart's opening line), the same numbering as ``persona_trace`` in ``coach practice``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from coach.models import Mode
from coach.voice.delivery import Delivery, DeliveryFlag


class Evidence(BaseModel):
    """A verbatim quote of the learner's own words and the turn it comes from."""

    turn: int = Field(ge=0)
    quote: str = Field(min_length=1)


class RubricScore(BaseModel):
    id: str
    title: str
    score: int = Field(ge=0, le=4)
    rationale: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Rewrite(BaseModel):
    """One of the learner's turns, and a better way to say it."""

    turn: int = Field(ge=0)
    original: str
    suggested: str


class Citation(BaseModel):
    """A guidance passage a recommendation rests on."""

    source: str
    chunk_id: str
    text: str
    title: str = ""
    heading: str = ""


class Strength(BaseModel):
    title: str
    detail: str
    evidence: list[Evidence] = Field(default_factory=list)


class GrowthArea(BaseModel):
    kind: str = Field(default="", description="The flaw it names, e.g. premature_advice.")
    title: str
    detail: str
    skill: str = Field(description="Guidance skill slug, e.g. open-questions.")
    evidence: list[Evidence] = Field(default_factory=list)
    rewrite: Rewrite | None = None
    guidance: list[Citation] = Field(default_factory=list)


class ConcernOutcome(BaseModel):
    """A hidden concern of the persona, and whether the learner uncovered it."""

    id: str
    text: str
    uncovered: bool
    turn: int | None = Field(default=None, description="When it was first disclosed.")


class PersonaOutcome(BaseModel):
    estimated: bool = Field(
        default=False,
        description="True when the transcript had no counterpart lines to read, so the "
        "concerns come from replaying the persona's rules instead.",
    )
    uncovered: list[ConcernOutcome]
    missed: list[ConcernOutcome]
    disclosures: list[str] = Field(description="Disclosure ids unlocked, in order.")
    trust_start: int
    trust_end: int
    trust_trace: list[dict[str, int]] = Field(
        default_factory=list, description="[{turn, trust}] after each learner turn."
    )


class Metrics(BaseModel):
    """Numbers computed by code from the coded transcript, never by an LLM."""

    learner_turns: int
    act_counts: dict[str, int]
    questions: int
    open_questions: int
    closed_questions: int
    percent_open_questions: float | None = Field(description="Open / all questions, 0-100.")
    reflections: int
    reflection_to_question_ratio: float | None
    reflection_to_question_band: Literal["poor", "fair", "good", "n/a"]
    complex_reflection_share: float | None = Field(description="0-1, where the coder can tell.")
    learner_talk_share: float = Field(description="Learner words / all words, 0-1.")
    mean_learner_turn_words: float
    stacked_questions: int
    premature_advice: int
    premature_advice_turns: list[int]
    judgments: int
    judgment_turns: list[int]
    stock_phrases: int = 0


class DeliveryNote(BaseModel):
    """A delivery measure outside its limit, what to work on, and the guidance for it."""

    flag: DeliveryFlag
    title: str
    detail: str
    guidance: list[Citation] = Field(default_factory=list)


class DeliveryReport(BaseModel):
    """How the learner sounded, for a conversation with at least one spoken turn."""

    measures: Delivery
    notes: list[DeliveryNote] = Field(default_factory=list)


class Critique(BaseModel):
    overall: int = Field(ge=0, le=100)
    mode: Mode
    scenario: str
    narrative: str = ""
    metrics: Metrics
    rubric: list[RubricScore]
    strengths: list[Strength]
    growth_areas: list[GrowthArea]
    persona_outcome: PersonaOutcome
    notices: list[str] = Field(default_factory=list)
    delivery: DeliveryReport | None = Field(
        default=None, description="How the learner sounded, when they spoke any turn."
    )
