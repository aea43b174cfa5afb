"""What the learner should work on next: the two or three most important areas (pure).

``coach.critique.growth_candidates`` decides which areas apply and how much they matter; here each
chosen area gets quotes of the turns that show it, a rewrite of one of those turns, and
guidance passages retrieved through the GuidanceStore protocol with the query and skill
its wording names.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.critique.evidence import evidence_for
from coach.critique.facts import CritiqueFacts
from coach.critique.growth_candidates import Candidate, growth_candidates, select
from coach.critique.models import Citation, GrowthArea
from coach.critique.rewrites import rewrite_for
from coach.critique.wording import CritiqueWording, RewriteTemplates, render
from coach.guidance.passages import Passage
from coach.models import Act
from coach.ports import GuidanceStore

EVIDENCE_LIMIT = 3
SEARCH_K = 3
CITE_MIN = 2
CITE_RELATIVE_SCORE = 0.8
# Which acts each area's quotes show.
QUOTED_ACTS: dict[str, tuple[Act, ...]] = {
    "judgment": (Act.JUDGMENT,),
    "premature-advice": (Act.ADVICE,),
    "few-open-questions": (Act.CLOSED_QUESTION,),
    "stacked-questions": (Act.OPEN_QUESTION, Act.CLOSED_QUESTION),
    "few-reflections": (Act.CLOSED_QUESTION, Act.OPEN_QUESTION, Act.ADVICE),
    "missed-concerns": (Act.CLOSED_QUESTION, Act.ADVICE, Act.JUDGMENT, Act.INFORMATION),
    "no-summary": (),
    "simple-reflections": (Act.REFLECTION,),
    "deepen": (Act.REFLECTION,),
}


def find_growth_areas(
    facts: CritiqueFacts,
    wording: CritiqueWording,
    templates: RewriteTemplates,
    store: GuidanceStore | None,
) -> list[GrowthArea]:
    """The most important areas, each with evidence, a rewrite and guidance citations."""
    areas: list[GrowthArea] = []
    used: set[int] = set()
    for candidate in select(growth_candidates(facts)):
        area = _growth_area(candidate, facts, wording, templates, store, used)
        if area.rewrite is not None:
            used.add(area.rewrite.turn)
        areas.append(area)
    return areas


def cite(store: GuidanceStore | None, query: str, skill: str) -> list[Citation]:
    """The best two or three passages for ``query``, tagged ``skill`` when any are."""
    if store is None:
        return []
    passages = store.search(query, k=SEARCH_K, skills=[skill]) or store.search(query, k=SEARCH_K)
    return [citation_from(p) for p in _close_to_best(passages)]


def _growth_area(
    candidate: Candidate,
    facts: CritiqueFacts,
    wording: CritiqueWording,
    templates: RewriteTemplates,
    store: GuidanceStore | None,
    used: set[int],
) -> GrowthArea:
    text = wording.growth_area(candidate.id)
    values = facts.values(candidate.turns)
    name = f"growth_areas.{candidate.id}"
    acts = QUOTED_ACTS[candidate.id]
    return GrowthArea(
        title=render(text.title, values, name),
        detail=render(text.detail, values, name),
        skill=text.skill,
        evidence=evidence_for(facts.session, candidate.turns, acts, EVIDENCE_LIMIT) if acts else [],
        rewrite=rewrite_for(candidate.id, facts.session, facts.metrics, templates, used),
        guidance=cite(store, text.query, text.skill),
    )


def _close_to_best(passages: Sequence[Passage]) -> list[Passage]:
    if not passages:
        return []
    best = passages[0].score
    close = [p for p in passages if p.score >= CITE_RELATIVE_SCORE * best]
    return list(passages[: max(CITE_MIN, len(close))])


def citation_from(passage: Passage) -> Citation:
    """The citation of a retrieved passage."""
    return Citation(
        source=passage.source,
        chunk_id=passage.chunk_id,
        text=passage.text,
        title=passage.title,
        heading=passage.heading,
    )
