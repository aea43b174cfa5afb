"""The wording of the offline critique: templates in prompts/critique.yaml and rewrites.yaml.

People tune these files without touching code, so they are validated here with
``extra="forbid"`` and every error names the file and the field. Templates use ``$name``
placeholders (string.Template); a placeholder a template needs but is not given is an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from coach.errors import PromptError
from coach.prompts import PromptLibrary, fill, shipped_prompts

CRITIQUE_FILE = "critique.yaml"
REWRITES_FILE = "rewrites.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Wording(_Strict):
    title: str = Field(min_length=3)
    detail: str = Field(min_length=10)


class GrowthWording(Wording):
    skill: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Guidance skill slug.")
    query: str = Field(min_length=10, description="What to search the guidance for.")


class NarrativeWording(_Strict):
    strong: str
    solid: str
    early: str
    strength: str
    uncovered: str
    none_uncovered: str
    growth: str


class CritiqueWording(_Strict):
    """Titles, details and narrative sentences of the critique."""

    narrative: NarrativeWording
    strengths: dict[str, Wording]
    growth_areas: dict[str, GrowthWording]

    def strength(self, strength_id: str) -> Wording:
        return _entry(self.strengths, "strengths", strength_id)

    def growth_area(self, area_id: str) -> GrowthWording:
        return _entry(self.growth_areas, "growth_areas", area_id)


def _entry(entries: Mapping[str, Any], section: str, key: str) -> Any:
    try:
        return entries[key]
    except KeyError:
        raise PromptError(f"{CRITIQUE_FILE} has no {section}.{key}; add it.") from None


class RewriteRule(_Strict):
    """A learner sentence matching ``pattern`` (named groups = their words) and its rewrite."""

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
    fallback: str = Field(description="Used when no rule fits; may use $topic.")
    plain: str = Field(description="Used when there is not even a topic.")


class EchoWording(_Strict):
    echo: str
    deeper: str
    no_echo: str


class SummaryWording(_Strict):
    points: str
    no_points: str
    joiner: str = "; "
    last_joiner: str = "; and "


class RewriteTemplates(_Strict):
    """How the offline critique rewrites a learner's turn."""

    closed_to_open: RuleSet
    advice: RuleSet
    judgment: RuleSet
    reflection: EchoWording
    deepen: str
    summary: SummaryWording


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
