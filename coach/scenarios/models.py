"""The scenario as trainers write it: brief, persona, disclosures, trust triggers and rubric.

Everything here is authored by people, so it is validated with ``extra="forbid"``: a typo in a
field name is an error that names the field, not a silently ignored key.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, model_validator

from coach.models import Act, Difficulty, LearnerRole, Slug, Strict, Trust
from coach.scenarios.material import ReplyMaterial


class Pronouns(StrEnum):
    SHE = "she"
    HE = "he"
    THEY = "they"


class Persona(Strict):
    """The counterpart the learner talks to."""

    name: str = Field(min_length=1)
    role: str = Field(min_length=1, description="Who they are in this relationship.")
    age: int | None = Field(default=None, ge=16, le=99)
    pronouns: Pronouns = Field(
        default=Pronouns.THEY, description="How the app refers to them: she, he or they."
    )
    background: str = Field(min_length=40, description="History that shapes how they speak.")

    @property
    def subject(self) -> str:
        """The pronoun for them as a subject: "she", "he" or "they"."""
        return self.pronouns.value

    @property
    def object(self) -> str:
        """The pronoun for them as an object: "her", "him" or "them"."""
        return {"she": "her", "he": "him", "they": "them"}[self.pronouns.value]

    personality: str = Field(min_length=20)
    speaking_style: str = Field(min_length=20)
    voice: str | None = Field(None, max_length=64, description="Speech server's voice name.")


class HiddenConcern(Strict):
    """Something the persona worries about but has not said."""

    id: Slug
    text: str = Field(min_length=10)


class Unlock(Strict):
    """When a disclosure is earned. Every condition given must hold on the same turn.

    ``min_trust`` is the threshold at standard difficulty; the scenario's difficulty
    level shifts it. ``acts`` is satisfied by any one of them in the learner's turn,
    ``topics`` by any one keyword (case-insensitive) in the learner's turn.
    """

    min_trust: Trust = 0
    acts: list[Act] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    after: list[Slug] = Field(
        default_factory=list, description="Disclosures that must already be unlocked."
    )


class Disclosure(Strict):
    """Something the persona reveals only when the learner has earned it."""

    id: Slug
    concern: Slug | None = Field(default=None, description="Hidden concern this uncovers.")
    text: str = Field(min_length=20, description="What the persona says when revealing it.")
    keywords: list[str] = Field(
        min_length=1, description="Words that show a learner picked this up (for summaries)."
    )
    hint: str | None = Field(
        default=None,
        min_length=10,
        description="What the persona says when the learner comes near this before it trusts "
        "enough to tell: names the area, tells nothing of it.",
    )
    unlock: Unlock


class TrustTrigger(Strict):
    """Something that moves this persona's trust, beyond the general rules."""

    description: str = Field(min_length=5)
    delta: int = Field(ge=-30, le=30)
    acts: list[Act] = Field(default_factory=list)
    keywords: list[str] = Field(
        default_factory=list, description="Whole words or phrases, any case."
    )
    once: bool = Field(default=False, description="Fires the first time only.")

    @model_validator(mode="after")
    def _needs_condition(self) -> TrustTrigger:
        if not self.acts and not self.keywords:
            raise ValueError("a trust trigger needs acts or keywords (or both)")
        return self


class DifficultyLevel(Strict):
    starting_trust: Trust
    threshold_shift: int = Field(
        ge=-40, le=40, description="Added to every disclosure's min_trust."
    )
    gain: float = Field(default=1.0, gt=0, le=3, description="Multiplies trust increases.")


class EvidenceKind(StrEnum):
    """What the critique can find in a conversation (coach/critique/detectors.py says how)."""

    EXPLORATION = "exploration"
    REFLECTION = "reflection"
    PERSPECTIVE_SOUGHT = "perspective_sought"
    SUMMARY_CHECKED = "summary_checked"
    FEEDBACK_SPECIFIC = "feedback_specific"
    IMPACT_NAMED = "impact_named"
    BOUNDARY_STATED = "boundary_stated"
    BOUNDARY_HELD = "boundary_held"
    OWNERSHIP = "ownership"
    POWER_NAMED = "power_named"
    CONFIDENTIALITY = "confidentiality"
    EXPECTATIONS_EXPLORED = "expectations_explored"
    AFFIRMATION = "affirmation"
    WARMTH = "warmth"
    SELF_SHARED = "self_shared"
    NEXT_STEP_AGREED = "next_step_agreed"
    SPECIFIC_ASK = "specific_ask"
    CONTEXT_GIVEN = "context_given"
    TRIED_ALREADY = "tried_already"
    ANSWER_HEARD = "answer_heard"


class FlawKind(StrEnum):
    """What the critique can name as a growth area (coach/critique/flaws.py says how)."""

    JUDGMENT = "judgment"
    PREMATURE_ADVICE = "premature_advice"
    STACKED_QUESTIONS = "stacked_questions"
    CLOSED_QUESTIONS = "closed_questions"
    NO_REFLECTIONS = "no_reflections"
    CONTENT_ONLY_REFLECTIONS = "content_only_reflections"
    NO_SUMMARY = "no_summary"
    NO_NEXT_STEP = "no_next_step"
    SELF_FOCUS = "self_focus"
    STOCK_PHRASES = "stock_phrases"
    VAGUE_ASK = "vague_ask"
    NO_CONTEXT = "no_context"
    DEFENSIVE = "defensive"
    MISSED_CONCERNS = "missed_concerns"


# How an older scenario's act signals translate to evidence and flaws.
_EVIDENCE_OF_ACT = {
    Act.OPEN_QUESTION: EvidenceKind.EXPLORATION,
    Act.REFLECTION: EvidenceKind.REFLECTION,
    Act.SUMMARY: EvidenceKind.SUMMARY_CHECKED,
    Act.AFFIRMATION: EvidenceKind.AFFIRMATION,
    Act.I_STATEMENT: EvidenceKind.FEEDBACK_SPECIFIC,
    Act.INFORMATION: EvidenceKind.FEEDBACK_SPECIFIC,
    Act.REQUEST: EvidenceKind.NEXT_STEP_AGREED,
    Act.APOLOGY: EvidenceKind.OWNERSHIP,
    Act.SELF_DISCLOSURE: EvidenceKind.SELF_SHARED,
}
_FLAW_OF_ACT = {
    Act.JUDGMENT: FlawKind.JUDGMENT,
    Act.ADVICE: FlawKind.PREMATURE_ADVICE,
    Act.CLOSED_QUESTION: FlawKind.CLOSED_QUESTIONS,
}


class RubricItem(Strict):
    """One thing the learner is scored on, and what counts as evidence of it."""

    id: Slug
    title: str = Field(min_length=3)
    good: str = Field(min_length=20, description="What good looks like.")
    weight: float = Field(gt=0, le=10)
    evidence: list[EvidenceKind] = Field(
        min_length=1, description="What counts for this item (see the detector library)."
    )
    against: list[FlawKind] = Field(
        default_factory=list, description="Flaws that lower this item when they occur."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_signals(cls, data: Any) -> Any:
        """Scenarios saved before evidence existed named acts; read them as evidence."""
        if not isinstance(data, dict) or "signals" not in data or "evidence" in data:
            return data
        signals, rest = data["signals"] or {}, {k: v for k, v in data.items() if k != "signals"}
        positive = [_EVIDENCE_OF_ACT.get(Act(a)) for a in signals.get("positive", [])]
        negative = [_FLAW_OF_ACT.get(Act(a)) for a in signals.get("negative", [])]
        evidence = list(dict.fromkeys(e for e in positive if e)) or [EvidenceKind.EXPLORATION]
        return rest | {
            "evidence": evidence,
            "against": list(dict.fromkeys(f for f in negative if f)),
        }


class Scenario(Strict):
    """A practice situation: the brief, the counterpart and how the learner is scored."""

    id: Slug
    title: str = Field(min_length=3)
    summary: str = Field(min_length=20)
    learner_role: LearnerRole
    skills: list[str] = Field(min_length=1)
    brief: str = Field(min_length=80, description="What the learner reads before starting.")
    persona: Persona
    hidden_concerns: list[HiddenConcern] = Field(min_length=1)
    goals: list[str] = Field(min_length=1, description="What the persona wants from this talk.")
    disclosures: list[Disclosure] = Field(min_length=2)
    trust_triggers: list[TrustTrigger] = Field(min_length=2)
    difficulty: dict[Difficulty, DifficultyLevel]
    learning_objectives: list[str] = Field(min_length=2)
    rubric: list[RubricItem] = Field(min_length=2)
    opening_line: str = Field(min_length=5)
    material: ReplyMaterial

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        missing = set(Difficulty) - set(self.difficulty)
        if missing:
            raise ValueError(f"difficulty needs levels {sorted(missing)}")
        concern_ids = {c.id for c in self.hidden_concerns}
        disclosure_ids = [d.id for d in self.disclosures]
        _unique("disclosures", disclosure_ids)
        _unique("hidden_concerns", [c.id for c in self.hidden_concerns])
        _unique("rubric", [r.id for r in self.rubric])
        for d in self.disclosures:
            if d.concern is not None and d.concern not in concern_ids:
                raise ValueError(f"disclosure {d.id!r} names unknown concern {d.concern!r}")
            unknown = set(d.unlock.after) - set(disclosure_ids)
            if unknown:
                raise ValueError(f"disclosure {d.id!r} comes after unknown {sorted(unknown)}")
        return self

    def disclosure(self, disclosure_id: str) -> Disclosure:
        return next(d for d in self.disclosures if d.id == disclosure_id)


def _unique(field: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{field} has duplicate id {i!r}")
        seen.add(i)


class SavedScenario(BaseModel):
    scenario_id: str
    yaml: str
    author_id: int
    author: str
    updated_at: datetime
