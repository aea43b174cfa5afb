"""The wording of the offline critique: prompts/critique.yaml and prompts/rewrites.yaml.

People tune these files without touching code, so they are validated here with
``extra="forbid"`` and every error names the file and the field. Templates use ``$name``
placeholders (string.Template); a placeholder a template needs but is not given is an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from coach.errors import PromptError
from coach.models import LearnerRole
from coach.prompts import PromptLibrary, fill, shipped_prompts
from coach.scenarios.models import EvidenceKind, FlawKind, RubricItem

if TYPE_CHECKING:
    from coach.critique.flaws import Flaw

CRITIQUE_FILE = "critique.yaml"
REWRITES_FILE = "rewrites.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Wording(_Strict):
    title: str = Field(min_length=3)
    detail: str = Field(min_length=10)


class RoleWording(_Strict):
    title: str | None = None
    detail: str | None = None
    skill: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]*$")
    query: str | None = None


class GrowthWording(Wording):
    label: str = Field(min_length=3, description="A few words naming the flaw in a rationale.")
    skill: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Guidance skill slug.")
    query: str = Field(min_length=10, description="What to search the guidance for.")
    mentee: RoleWording | None = None

    def for_role(self, role: LearnerRole) -> GrowthWording:
        """The wording as the learner's seat needs it (a mentee's replaces what it gives)."""
        if role is not LearnerRole.MENTEE or self.mentee is None:
            return self
        given = {k: v for k, v in self.mentee.model_dump().items() if v is not None}
        return self.model_copy(update=given | {"mentee": None})


class NarrativeWording(_Strict):
    strong: str
    solid: str
    early: str
    strength: str
    uncovered: str
    none_uncovered: str
    estimated: str
    talked: str  # the learner did most of the talking, at a cost to the overall
    growth: str


class RationaleWording(_Strict):
    found: str
    missing: str
    lowered: str
    undone: str  # evidence found only in turns a flaw undid


class CritiqueWording(_Strict):
    """Titles, details and narrative sentences of the critique."""

    narrative: NarrativeWording
    evidence: dict[EvidenceKind, str]
    rationale: RationaleWording
    strengths: dict[str, Wording]
    growth_areas: dict[FlawKind, GrowthWording]

    def strength(self, strength_id: str) -> Wording:
        return _entry(self.strengths, "strengths", strength_id)

    def growth_area(self, kind: FlawKind, role: LearnerRole = LearnerRole.MENTOR) -> GrowthWording:
        found: GrowthWording = _entry(self.growth_areas, "growth_areas", kind)
        return found.for_role(role)

    def rubric_rationale(
        self,
        item: RubricItem,
        found: Mapping[EvidenceKind, list[int]],
        held: Sequence[Flaw],
        undone: Mapping[EvidenceKind, list[int]] | None = None,
    ) -> str:
        """One or two plain sentences: what counted and where, what was missing, what lowered it;
        or, where evidence was found only in turns the ``held`` flaws undid (``undone``), where
        it was and what undid it. ``$name`` is left for the caller to fill."""
        if undone and held:
            seen = [k for k in item.evidence if undone.get(k)]
            return (
                self.rationale.undone.replace(
                    "$evidence", _joined([self.evidence[k] for k in seen])
                )
                .replace("$turn_list", turn_list(sorted({t for k in seen for t in undone[k]})))
                .replace("$flaws", _joined([self.growth_areas[f.kind].label for f in held]))
            )
        present = [k for k in item.evidence if found.get(k)]
        turns = sorted({t for k in present for t in found[k]})
        if present:
            listed = _joined([self.evidence[k] for k in present])
            sentence = self.rationale.found.replace("$evidence", listed)
            sentence = sentence.replace("$turn_list", turn_list(turns))
        else:
            listed = _joined([self.evidence[k] for k in item.evidence], last=" or ")
            sentence = self.rationale.missing.replace("$evidence", listed)
        if held:
            flaws = _joined([self.growth_areas[f.kind].label for f in held])
            sentence += " " + self.rationale.lowered.replace("$flaws", flaws)
        return sentence


def _entry(entries: Mapping[Any, Any], section: str, key: Any) -> Any:
    try:
        return entries[key]
    except KeyError:
        raise PromptError(f"{CRITIQUE_FILE} has no {section}.{key}; add it.") from None


def _joined(parts: Sequence[str], last: str = " and ") -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]


class RewriteRule(_Strict):
    """A learner question matching ``pattern`` (named groups = their words) and its rewrite."""

    pattern: str
    template: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from None
        return value

    def match(self, sentence: str) -> re.Match[str] | None:
        return _compiled(self.pattern).search(sentence)


class RuleSet(_Strict):
    rules: list[RewriteRule] = Field(min_length=1)
    fallback: str
    plain: str


class FlawRewrite(_Strict):
    with_words: str
    plain: str


class RoleRewrite(FlawRewrite):
    mentee: FlawRewrite | None = None

    def for_role(self, role: LearnerRole) -> FlawRewrite:
        return self.mentee if role is LearnerRole.MENTEE and self.mentee else self


class RewriteTemplates(_Strict):
    """How the offline critique rewrites a learner's turn."""

    flaws: dict[FlawKind, RoleRewrite]
    closed_to_open: RuleSet


def render(template: str, values: Mapping[str, object], name: str = "template") -> str:
    """Fill ``$placeholders``; a missing one raises PromptError naming the template."""
    return fill(template, values, f"Critique {name}")


def load_critique_wording(prompts: PromptLibrary | None = None) -> CritiqueWording:
    """The critique's wording from ``prompts`` (default: the shipped prompts)."""
    return (prompts or shipped_prompts()).data(CRITIQUE_FILE, CritiqueWording)


def load_rewrite_templates(prompts: PromptLibrary | None = None) -> RewriteTemplates:
    """The rewrite templates from ``prompts`` (default: the shipped prompts)."""
    return (prompts or shipped_prompts()).data(REWRITES_FILE, RewriteTemplates)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def turn_list(turns: Sequence[int]) -> str:
    """Turn numbers for people: "turn 3", "turns 3 and 7", "turns 3, 7 and 9"."""
    numbers = [str(t) for t in turns]
    if len(numbers) < 2:
        return f"turn {numbers[0]}" if numbers else ""
    return f"turns {', '.join(numbers[:-1])} and {numbers[-1]}"
