"""The scenario-neutral lines of the offline counterpart (prompts/offline_fallbacks.yaml)."""

from __future__ import annotations

from pydantic import Field

from coach.models import Strict
from coach.prompts import PromptLibrary, shipped_prompts
from coach.scenarios.material import PlanLines

FALLBACKS_FILE = "offline_fallbacks.yaml"


class Responses(Strict):
    accept: list[str] = Field(min_length=1)
    question: list[str] = Field(min_length=1)
    decline: list[str] = Field(min_length=1)


class RequestResponses(Strict):
    agree: list[str] = Field(min_length=1)
    negotiate: list[str] = Field(min_length=1)
    refuse: list[str] = Field(min_length=1)


class UnsettledFixes(Strict):
    """Corrections of a summary that settled what the persona left unsettled, by how
    (coach.practice.summary_decided.Unsettled)."""

    open: list[str] = Field(min_length=1)
    ruled_out: list[str] = Field(min_length=1)
    nearly: list[str] = Field(min_length=1)


class OfflineLines(Strict):
    """Scenario-neutral lines (prompts/offline_fallbacks.yaml): fallbacks when the pools run
    dry, bridges before a disclosure, and replies to moves a scenario has no lines for."""

    fallbacks: list[str] = Field(min_length=12)
    bridges: list[str] = Field(min_length=1)
    doorknob: list[str] = Field(min_length=1)
    small_talk: dict[str, list[str]]
    closings: list[str] = Field(min_length=1)
    repeated_formula: list[str] = Field(min_length=1)
    offer: Responses
    request: RequestResponses
    clarifying: list[str] = Field(min_length=1)
    unsure: list[str] = Field(min_length=1)
    restating: list[str] = Field(min_length=1)
    detail_fixes: list[str] = Field(min_length=1)
    unsettled_fixes: UnsettledFixes
    plan: PlanLines
    plan_agree: list[str] = Field(min_length=1)


def offline_lines(prompts: PromptLibrary | None = None) -> OfflineLines:
    """The shipped lines of prompts/offline_fallbacks.yaml."""
    return (prompts or shipped_prompts()).data(FALLBACKS_FILE, OfflineLines)
