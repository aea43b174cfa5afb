"""The offline critique: metrics, rubric, strengths, growth areas and a narrative (pure).

Retrieval comes in through the GuidanceStore protocol; the wording comes from the shipped
templates (prompts/critique.yaml and prompts/rewrites.yaml) unless other ones are passed.
Every piece is a separate function, so an LLM critique can start from ``analyse`` and
refine what it needs. The same transcript always gives the same critique.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from coach.critique.facts import CritiqueFacts, analyse
from coach.critique.growth import find_growth_areas
from coach.critique.models import Critique, GrowthArea, Strength
from coach.critique.overall import Band, band
from coach.critique.rubric import overall_score, score_rubric
from coach.critique.strengths import find_strengths
from coach.critique.wording import (
    CritiqueWording,
    RewriteTemplates,
    load_critique_wording,
    load_rewrite_templates,
    render,
)
from coach.models import Mode, Transcript
from coach.ports import GuidanceStore
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario

OFFLINE_NOTICE = (
    "Offline critique: scores come from a rule-based reading of your words, so treat them "
    "as a guide rather than a verdict."
)
NO_STORE_NOTICE = "No guidance library was available, so the suggestions cite no passages."


@dataclass(frozen=True)
class Measured:
    """The code's critique, and its narrative written for another overall score."""

    critique: Critique
    narrate: Callable[[int], str]


def critique_offline(
    transcript: Transcript,
    scenario: Scenario,
    store: GuidanceStore | None,
    *,
    wording: CritiqueWording | None = None,
    templates: RewriteTemplates | None = None,
    prompts: PromptLibrary | None = None,
) -> Critique:
    """The deterministic critique of ``transcript``; ``store`` None means no citations."""
    return measure(
        transcript, scenario, store, wording=wording, templates=templates, prompts=prompts
    ).critique


def measure(
    transcript: Transcript,
    scenario: Scenario,
    store: GuidanceStore | None,
    *,
    wording: CritiqueWording | None = None,
    templates: RewriteTemplates | None = None,
    prompts: PromptLibrary | None = None,
) -> Measured:
    """The offline critique, with a way to narrate it for the score an LLM pass settles on."""
    wording = wording or load_critique_wording(prompts)
    templates = templates or load_rewrite_templates(prompts)
    facts = analyse(transcript, scenario)
    rubric = score_rubric(scenario, facts.session, facts.metrics)
    overall = overall_score(scenario, rubric)
    growth = find_growth_areas(facts, wording, templates, store)
    rewritten = [area.rewrite.turn for area in growth if area.rewrite is not None]
    strengths = find_strengths(facts, wording, avoid=rewritten)
    notices = [OFFLINE_NOTICE] + ([NO_STORE_NOTICE] if store is None else [])
    narrate = partial(_narrate, facts, strengths, growth, wording)
    critique = Critique(
        overall=overall,
        mode=Mode.OFFLINE,
        scenario=scenario.id,
        narrative=narrate(overall),
        metrics=facts.metrics,
        rubric=rubric,
        strengths=strengths,
        growth_areas=growth,
        persona_outcome=facts.outcome,
        notices=notices,
    )
    return Measured(critique, narrate)


def _narrate(
    facts: CritiqueFacts,
    strengths: Sequence[Strength],
    growth: Sequence[GrowthArea],
    wording: CritiqueWording,
    overall: int,
) -> str:
    return write_narrative(facts, overall, strengths, growth, wording)


def write_narrative(
    facts: CritiqueFacts,
    overall: int,
    strengths: Sequence[Strength],
    growth: Sequence[GrowthArea],
    wording: CritiqueWording,
) -> str:
    """A short paragraph: the overall verdict, the best strength, the persona, the next step."""
    text = wording.narrative
    values = {
        **facts.values(),
        "overall": overall,
        "strength": _lower(strengths[0].title) if strengths else "",
        "growth": _lower(growth[0].title) if growth else "",
    }
    opening = {Band.STRONG: text.strong, Band.SOLID: text.solid, Band.EARLY: text.early}[
        band(overall)
    ]
    persona = text.uncovered if facts.outcome.uncovered else text.none_uncovered
    lines = [opening, text.strength if strengths else "", persona, text.growth if growth else ""]
    return " ".join(render(line, values, "narrative") for line in lines if line)


def _lower(title: str) -> str:
    """A title used mid-sentence: first letter lower-cased unless it is "I"."""
    return title if title.startswith("I ") else title[:1].lower() + title[1:]
