"""What the learner should work on next: the most important flaws, each with quotes, a rewrite
and guidance (pure).

Flaws come from coach/critique/flaws.py, heaviest first; missed concerns are added when most
of what the counterpart held back stayed unsaid. Each area quotes the turns that show it,
rewrites one of them in the counterpart's own words, and cites passages retrieved through the
GuidanceSearch protocol with its wording's query, its skill and the scenario's skills.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.critique.facts import CritiqueFacts
from coach.critique.flaw_quotes import flaw_quote
from coach.critique.flaws import Flaw
from coach.critique.models import Citation, GrowthArea
from coach.critique.rewrites import rewrite_for
from coach.critique.wording import CritiqueWording, RewriteTemplates, render
from coach.guidance.passages import Passage
from coach.ports import GuidanceSearch
from coach.scenarios.models import FlawKind

MOST_AREAS = 3
EVIDENCE_LIMIT = 3
SEARCH_K = 3
CITE_MIN = 2
CITE_RELATIVE_SCORE = 0.8
MISSED_WEIGHT = 1.0


def find_growth_areas(
    facts: CritiqueFacts,
    wording: CritiqueWording,
    templates: RewriteTemplates,
    store: GuidanceSearch | None,
) -> list[GrowthArea]:
    """The most important areas, each with evidence, a rewrite and guidance citations."""
    return [_area(flaw, facts, wording, templates, store) for flaw in chosen_flaws(facts)]


def chosen_flaws(facts: CritiqueFacts) -> list[Flaw]:
    """The heaviest flaws (missed concerns among them when most stayed unsaid)."""
    flaws = list(facts.flaws)
    outcome = facts.outcome
    if len(outcome.missed) > len(outcome.uncovered):
        flaws.append(Flaw(FlawKind.MISSED_CONCERNS, (), MISSED_WEIGHT))
    return sorted(flaws, key=lambda f: -f.weight)[:MOST_AREAS]


def cite(
    store: GuidanceSearch | None, query: str, skill: str, context: Sequence[str] = ()
) -> list[Citation]:
    """The best two or three passages for ``query``: tagged ``skill`` (or one of ``context``,
    the scenario's skills) when any are, else any."""
    if store is None:
        return []
    passages = store.search(query, k=SEARCH_K, skills=[skill, *context])
    return [citation_from(p) for p in _close_to_best(passages or store.search(query, k=SEARCH_K))]


def _area(
    flaw: Flaw,
    facts: CritiqueFacts,
    wording: CritiqueWording,
    templates: RewriteTemplates,
    store: GuidanceSearch | None,
) -> GrowthArea:
    text = wording.growth_area(flaw.kind, facts.role)
    values = facts.values(flaw.turns)
    name = f"growth_areas.{flaw.kind.value}"
    query = f"{text.query} {' '.join(facts.scenario.skills)}"
    return GrowthArea(
        kind=flaw.kind.value,
        title=render(text.title, values, name),
        detail=render(text.detail, values, name),
        skill=text.skill,
        evidence=[flaw_quote(flaw.kind, facts.session, t) for t in flaw.turns[:EVIDENCE_LIMIT]],
        rewrite=rewrite_for(flaw, facts.session, facts.role, templates),
        guidance=cite(store, query, text.skill, facts.scenario.skills),
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
