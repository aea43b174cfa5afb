"""The offline critique: metrics, rubric, strengths, growth areas and a narrative (pure).

Retrieval comes in through the GuidanceSearch protocol; the wording comes from the shipped
templates (prompts/critique.yaml and prompts/rewrites.yaml) unless other ones are passed.
Every piece is a separate function, so an LLM critique can start from ``analyse`` and
refine what it needs. The same transcript always gives the same critique.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from coach.critique.delivery import delivery_report
from coach.critique.facts import CritiqueFacts, analyse
from coach.critique.growth import find_growth_areas
from coach.critique.models import Critique, GrowthArea, RubricScore, Strength
from coach.critique.overall import Band, band
from coach.critique.rubric import OverallTerms, overall_score, score_rubric
from coach.critique.strengths import find_strengths
from coach.critique.wording import (
    CritiqueWording,
    RewriteTemplates,
    load_critique_wording,
    load_rewrite_templates,
    render,
)
from coach.models import Mode, Transcript
from coach.ports import GuidanceSearch
from coach.prompts import PromptLibrary
from coach.scenarios.models import Scenario

OFFLINE_NOTICE = (
    "Offline critique: scores come from a rule-based reading of your words, so treat them "
    "as a guide rather than a verdict."
)
NO_STORE_NOTICE = "No guidance library was available, so the suggestions cite no passages."


@dataclass(frozen=True)
class Measured:
    """The code's critique, its narrative for another overall score, for each rubric item the
    turns its detectors (and the flaws held against it) found: the only turns an LLM may quote
    for that item; and what the overall weighs besides the items, which an LLM cannot move."""

    critique: Critique
    narrate: Callable[[int], str]
    evidence_turns: dict[str, set[int]] = field(default_factory=dict)
    terms: OverallTerms = field(default_factory=OverallTerms)


def critique_offline(
    transcript: Transcript,
    scenario: Scenario,
    store: GuidanceSearch | None,
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
    store: GuidanceSearch | None,
    *,
    wording: CritiqueWording | None = None,
    templates: RewriteTemplates | None = None,
    prompts: PromptLibrary | None = None,
) -> Measured:
    """The offline critique, with a way to narrate it for the score an LLM pass settles on."""
    wording = wording or load_critique_wording(prompts)
    templates = templates or load_rewrite_templates(prompts)
    facts = analyse(transcript, scenario)
    scored = score_rubric(scenario, facts.session, facts.found, facts.flaws, wording)
    rubric = _named(scored, facts)
    terms = facts.terms
    overall = overall_score(scenario, rubric, terms)
    growth = find_growth_areas(facts, wording, templates, store)
    # no strength quotes a turn the critique asks to rewrite or quotes as a flaw
    rewritten = [area.rewrite.turn for area in growth if area.rewrite is not None]
    flawed = [quote.turn for area in growth for quote in area.evidence]
    strengths = find_strengths(facts, wording, avoid=[*rewritten, *flawed])
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
        delivery=delivery_report(transcript, scenario, store),
    )
    return Measured(critique, narrate, _evidence_turns(facts), terms)


def _evidence_turns(facts: CritiqueFacts) -> dict[str, set[int]]:
    flaw_turns = {flaw.kind: set(flaw.turns) for flaw in facts.flaws}
    return {
        item.id: {t for kind in item.evidence for t in facts.found.get(kind, [])}
        | {t for kind in item.against for t in flaw_turns.get(kind, set())}
        for item in facts.scenario.rubric
    }


def _named(rubric: list[RubricScore], facts: CritiqueFacts) -> list[RubricScore]:
    """The rationales with the counterpart's name filled in."""
    return [
        r.model_copy(update={"rationale": r.rationale.replace("$name", facts.name)}) for r in rubric
    ]


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
    estimated = text.estimated if facts.outcome.estimated else ""
    talked = text.talked if values["talk_points"] else ""
    lines = [opening, text.strength if strengths else "", persona, estimated, talked]
    lines.append(text.growth if growth else "")
    return " ".join(render(line, values, "narrative") for line in lines if line)


def _lower(title: str) -> str:
    """A title used mid-sentence: first letter lower-cased unless it is "I"."""
    return title if title.startswith("I ") else title[:1].lower() + title[1:]
