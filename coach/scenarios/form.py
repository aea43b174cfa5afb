"""The scenario as a form: plain fields a trainer fills in, turned into a checked scenario.

The form holds exactly what a scenario holds, in the shapes a form can show (text, one item
per line, comma-separated words, rows), so any scenario opens in it and comes back unchanged.
Nothing here is checked: checking happens once, in ``scenario_of``, which lists every problem
by the form's own labels rather than by field paths.
"""

from __future__ import annotations

from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from coach.errors import ScenarioError
from coach.models import Act, Difficulty, LearnerRole
from coach.scenarios.form_labels import message_of, place_of
from coach.scenarios.form_text import commas, joined, lines_of, slug, split_commas
from coach.scenarios.models import EvidenceKind, FlawKind, Pronouns, Scenario


class ConcernRow(BaseModel):
    name: str = ""
    text: str = ""


class DisclosureRow(BaseModel):
    name: str = ""
    concern: str = ""
    text: str = ""
    keywords: str = ""
    hint: str = ""
    min_trust: int = 50
    acts: list[Act] = Field(default_factory=list)
    topics: str = ""
    after: list[str] = Field(default_factory=list)


class TriggerRow(BaseModel):
    description: str = ""
    delta: int = 5
    acts: list[Act] = Field(default_factory=list)
    keywords: str = ""
    once: bool = False


class LevelRow(BaseModel):
    starting_trust: int = 30
    threshold_shift: int = 0
    gain: float = 1.0


class RubricRow(BaseModel):
    name: str = ""
    title: str = ""
    good: str = ""
    weight: float = 2.5
    evidence: list[EvidenceKind] = Field(default_factory=list)
    against: list[FlawKind] = Field(default_factory=list)


class TopicRow(BaseModel):
    keywords: str = ""
    lines: str = ""


POOLS = (
    "elaborations",
    "short_answers",
    "deflections",
    "withdrawals",
    "confirmations",
    "corrections",
    "acknowledgements",
    "fillers",
)
PLAN_POOLS = ("ideas", "obstacles", "commitments")
DEFAULT_LEVELS = {
    Difficulty.EASY: LevelRow(starting_trust=45, threshold_shift=-10, gain=1.3),
    Difficulty.STANDARD: LevelRow(),
    Difficulty.HARD: LevelRow(starting_trust=15, threshold_shift=10, gain=0.8),
}


class ScenarioForm(BaseModel):
    """Everything a scenario holds, as a form shows it (lists as one item per line)."""

    id: str = ""
    title: str = ""
    summary: str = ""
    learner_role: LearnerRole = LearnerRole.MENTOR
    skills: str = ""
    brief: str = ""
    learning_objectives: str = ""
    opening_line: str = ""
    name: str = ""
    role: str = ""
    age: int | None = None
    pronouns: Pronouns = Pronouns.THEY
    background: str = ""
    personality: str = ""
    speaking_style: str = ""
    voice: str = ""
    goals: str = ""
    concerns: list[ConcernRow] = Field(default_factory=lambda: [ConcernRow()])
    disclosures: list[DisclosureRow] = Field(
        default_factory=lambda: [DisclosureRow(), DisclosureRow()]
    )
    triggers: list[TriggerRow] = Field(default_factory=lambda: [TriggerRow(), TriggerRow()])
    levels: dict[Difficulty, LevelRow] = Field(default_factory=lambda: dict(DEFAULT_LEVELS))
    rubric: list[RubricRow] = Field(default_factory=lambda: [RubricRow(), RubricRow()])
    pools: dict[str, str] = Field(default_factory=lambda: dict.fromkeys(POOLS, ""))
    topics: list[TopicRow] = Field(default_factory=list)
    plan: dict[str, str] = Field(default_factory=lambda: dict.fromkeys(PLAN_POOLS, ""))
    closings: str = ""


def form_of(scenario: Scenario) -> ScenarioForm:
    """The scenario as the form shows it."""
    p, m = scenario.persona, scenario.material
    return ScenarioForm(
        id=scenario.id,
        title=scenario.title,
        summary=scenario.summary,
        learner_role=scenario.learner_role,
        skills=commas(scenario.skills),
        brief=scenario.brief,
        learning_objectives=joined(scenario.learning_objectives),
        opening_line=scenario.opening_line,
        name=p.name,
        role=p.role,
        age=p.age,
        pronouns=p.pronouns,
        background=p.background,
        personality=p.personality,
        speaking_style=p.speaking_style,
        voice=p.voice or "",
        goals=joined(scenario.goals),
        concerns=[ConcernRow(name=c.id, text=c.text) for c in scenario.hidden_concerns],
        disclosures=[
            DisclosureRow(
                name=d.id,
                concern=d.concern or "",
                text=d.text,
                keywords=commas(d.keywords),
                hint=d.hint or "",
                min_trust=d.unlock.min_trust,
                acts=list(d.unlock.acts),
                topics=commas(d.unlock.topics),
                after=list(d.unlock.after),
            )
            for d in scenario.disclosures
        ],
        triggers=[
            TriggerRow(
                description=t.description,
                delta=t.delta,
                acts=list(t.acts),
                keywords=commas(t.keywords),
                once=t.once,
            )
            for t in scenario.trust_triggers
        ],
        levels={k: LevelRow(**v.model_dump()) for k, v in scenario.difficulty.items()},
        rubric=[
            RubricRow(
                name=r.id,
                title=r.title,
                good=r.good,
                weight=r.weight,
                evidence=list(r.evidence),
                against=list(r.against),
            )
            for r in scenario.rubric
        ],
        pools={pool: joined(getattr(m, pool)) for pool in POOLS},
        topics=[TopicRow(keywords=commas(t.keywords), lines=joined(t.lines)) for t in m.topics],
        plan={pool: joined(getattr(m.plan, pool)) if m.plan else "" for pool in PLAN_POOLS},
        closings=joined(m.closings),
    )


def scenario_of(form: ScenarioForm) -> Scenario:
    """The scenario the form describes; ScenarioError lists every problem by the form's labels."""
    try:
        return Scenario.model_validate(_data(form))
    except ValidationError as exc:
        problems = [f"{place_of(e['loc'])}: {message_of(e)}" for e in exc.errors()]
        raise ScenarioError("\n".join(dict.fromkeys(problems))) from None


def yaml_of(scenario: Scenario) -> str:
    """The scenario as YAML, in the field order of the model, leaving out empty optional parts."""
    data = scenario.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _data(form: ScenarioForm) -> dict[str, Any]:
    return {
        "id": form.id.strip() or slug(form.title, "scenario"),
        "title": form.title.strip(),
        "summary": form.summary.strip(),
        "learner_role": form.learner_role,
        "skills": split_commas(form.skills),
        "brief": form.brief.strip(),
        "persona": {
            "name": form.name.strip(),
            "role": form.role.strip(),
            "age": form.age,
            "pronouns": form.pronouns,
            "background": form.background.strip(),
            "personality": form.personality.strip(),
            "speaking_style": form.speaking_style.strip(),
            "voice": form.voice.strip() or None,
        },
        "hidden_concerns": [
            {"id": _name(c.name, c.text, f"concern-{n}"), "text": c.text.strip()}
            for n, c in enumerate(form.concerns, 1)
        ],
        "goals": lines_of(form.goals),
        "disclosures": [_disclosure(d, n) for n, d in enumerate(form.disclosures, 1)],
        "trust_triggers": [
            {
                "description": t.description.strip(),
                "delta": t.delta,
                "acts": t.acts,
                "keywords": split_commas(t.keywords),
                "once": t.once,
            }
            for t in form.triggers
        ],
        "difficulty": {level: row.model_dump() for level, row in form.levels.items()},
        "learning_objectives": lines_of(form.learning_objectives),
        "rubric": [_rubric_item(r, n) for n, r in enumerate(form.rubric, 1)],
        "opening_line": form.opening_line.strip(),
        "material": _material(form),
    }


def _disclosure(row: DisclosureRow, number: int) -> dict[str, Any]:
    return {
        "id": _name(row.name, row.text, f"disclosure-{number}"),
        "concern": row.concern.strip() or None,
        "text": row.text.strip(),
        "keywords": split_commas(row.keywords),
        "hint": row.hint.strip() or None,
        "unlock": {
            "min_trust": row.min_trust,
            "acts": row.acts,
            "topics": split_commas(row.topics),
            "after": row.after,
        },
    }


def _rubric_item(row: RubricRow, number: int) -> dict[str, Any]:
    return {
        "id": _name(row.name, row.title, f"item-{number}"),
        "title": row.title.strip(),
        "good": row.good.strip(),
        "weight": row.weight,
        "evidence": row.evidence,
        "against": row.against,
    }


def _material(form: ScenarioForm) -> dict[str, Any]:
    material: dict[str, Any] = {pool: lines_of(form.pools.get(pool, "")) for pool in POOLS}
    material["topics"] = [
        {"keywords": split_commas(t.keywords), "lines": lines_of(t.lines)}
        for t in form.topics
        if t.keywords.strip() or t.lines.strip()
    ]
    plan = {pool: lines_of(form.plan.get(pool, "")) for pool in PLAN_POOLS}
    material["plan"] = plan if any(plan.values()) else None
    material["closings"] = lines_of(form.closings)
    return material


def _name(given: str, text: str, fallback: str) -> str:
    return given.strip() or slug(text, fallback)
