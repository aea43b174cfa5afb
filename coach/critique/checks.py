"""Checks that keep an LLM's critique honest, and the critique they produce (pure).

Every quote must be the learner's own words from the turn it names, every citation one of
the passages the model was given, every rewrite a real learner turn, and every rubric score
within one point of the code's score and backed by a quote that survived. What fails is
dropped or replaced by the code's own finding, and the critique says so in its notices.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from coach.critique.draft import (
    DraftEvidence,
    DraftGrowthArea,
    DraftRewrite,
    DraftRubricScore,
    DraftStrength,
    LLMCritiqueDraft,
)
from coach.critique.models import (
    Citation,
    Critique,
    Evidence,
    GrowthArea,
    Rewrite,
    RubricScore,
    Strength,
)
from coach.critique.rubric import overall_score
from coach.models import Mode, Speaker, Transcript
from coach.scenarios.models import Scenario

MAX_SCORE_SHIFT = 1  # how far the model may move a rubric score away from the code's
_SINGLE, _DOUBLE = "'\u2018\u2019\u201a\u201b", '"\u201c\u201d\u201e\u201f'
_QUOTE_MARKS = str.maketrans(dict.fromkeys(_SINGLE[1:], "'") | dict.fromkeys(_DOUBLE[1:], '"'))
_ANY_MARK = {"'": f"[{_SINGLE}]", '"': f"[{_DOUBLE}]"}
_SURROUNDING = " \"'"  # models often wrap a quote in quotation marks
_EDGES = f" .,;:!?{_SINGLE}{_DOUBLE}"
T = TypeVar("T")


def normalise(text: str) -> str:
    """Text as quotes are compared: entities decoded, straight quotes, single spaces."""
    return " ".join(html.unescape(text).translate(_QUOTE_MARKS).split())


def learner_text(transcript: Transcript, turn: int) -> str | None:
    """The text of turn ``turn`` if the learner said it, else None."""
    if not 0 <= turn < len(transcript.turns):
        return None
    said = transcript.turns[turn]
    return said.text if said.speaker is Speaker.LEARNER else None


def verified_quote(transcript: Transcript, evidence: DraftEvidence) -> Evidence | None:
    """The evidence with the learner's exact words if the quote is from the turn it names.

    Quotes compare after normalising whitespace, quotation marks and HTML entities (the
    model saw the transcript escaped). A single word only counts when it is the whole
    turn: one word occurs almost anywhere.
    """
    said = learner_text(transcript, evidence.turn)
    words = normalise(evidence.quote).strip(_SURROUNDING).split()
    if said is None or not words:
        return None
    found = re.search(r"\s+".join(map(_pattern, words)), said)
    if found is None or (len(words) == 1 and found.group(0).strip(_EDGES) != said.strip(_EDGES)):
        return None
    return Evidence(turn=evidence.turn, quote=found.group(0))


def quote_holds(transcript: Transcript, evidence: DraftEvidence) -> bool:
    """Whether the quote is the learner's words in the turn it names."""
    return verified_quote(transcript, evidence) is not None


@dataclass
class CheckLog:
    """What the checks dropped or changed, told to the learner as notices."""

    dropped_quotes: int = 0
    dropped_citations: int = 0
    dropped_rewrites: int = 0
    unsupported: list[str] = field(default_factory=list)
    clamped: list[str] = field(default_factory=list)

    def notices(self) -> list[str]:
        """One sentence per kind of correction, for the critique's notices."""
        removed = (
            _count(self.dropped_quotes, "quote", "the evaluator attributed to you wrongly"),
            _count(self.dropped_citations, "citation", "of guidance the evaluator was not given"),
            _count(self.dropped_rewrites, "rewrite", "that did not name one of your turns"),
        )
        notes = [f"Removed {what}." for what in removed if what]
        if self.unsupported:
            notes.append(
                f"Kept the measured score for {', '.join(self.unsupported)}: "
                "the evaluator quoted nothing of yours to support its own."
            )
        if self.clamped:
            notes.append(
                "Limited the evaluator's score to one point from the measured one for "
                f"{', '.join(self.clamped)}."
            )
        return notes


class DraftChecks:
    """Checks one draft against the transcript and the passages the model was shown."""

    def __init__(self, transcript: Transcript, passages: Sequence[Citation]) -> None:
        self.transcript = transcript
        self.passages = {p.chunk_id: p for p in passages}
        self.log = CheckLog()

    def evidence(self, items: Sequence[DraftEvidence]) -> list[Evidence]:
        """The quotes that are the learner's, in the learner's exact words."""
        kept = [q for q in (verified_quote(self.transcript, e) for e in items) if q]
        self.log.dropped_quotes += len(items) - len(kept)
        return _unique(kept)

    def citations(self, chunk_ids: Sequence[str]) -> list[Citation]:
        known = [self.passages[c.strip()] for c in chunk_ids if c.strip() in self.passages]
        self.log.dropped_citations += len(chunk_ids) - len(known)
        return _unique(known)

    def rewrite(self, draft: DraftRewrite | None) -> Rewrite | None:
        if draft is None:
            return None
        original = learner_text(self.transcript, draft.turn)
        if original is None:
            self.log.dropped_rewrites += 1
            return None
        # The original comes from the transcript: the model only proposes the new wording.
        return Rewrite(turn=draft.turn, original=original, suggested=draft.suggested.strip())

    def rubric_item(self, measured: RubricScore, draft: DraftRubricScore | None) -> RubricScore:
        """The model's score for an item if a quote backs it, kept near the measured one."""
        if draft is None:
            return measured
        evidence = self.evidence(draft.evidence)
        if not evidence:
            self.log.unsupported.append(measured.title)
            return measured
        low, high = measured.score - MAX_SCORE_SHIFT, measured.score + MAX_SCORE_SHIFT
        score = min(max(draft.score, low, 0), high, 4)
        if score != draft.score:
            self.log.clamped.append(f"{measured.title} ({draft.score} -> {score})")
        rationale = draft.rationale.strip() or measured.rationale
        return measured.model_copy(
            update={"score": score, "rationale": rationale, "evidence": evidence}
        )

    def strength(self, draft: DraftStrength) -> Strength | None:
        """The strength if a quote backs it: praise for something not said is dropped."""
        evidence = self.evidence(draft.evidence)
        if not evidence:
            return None
        return Strength(title=draft.title, detail=draft.detail, evidence=evidence)

    def growth_area(self, draft: DraftGrowthArea) -> GrowthArea | None:
        evidence, rewrite = self.evidence(draft.evidence), self.rewrite(draft.rewrite)
        if not evidence and rewrite is None:
            return None  # advice about nothing the learner said
        return GrowthArea(
            title=draft.title,
            detail=draft.detail,
            skill=draft.skill.strip(),
            evidence=evidence,
            rewrite=rewrite,
            guidance=self.citations(draft.chunk_ids),
        )


def checked_critique(
    draft: LLMCritiqueDraft,
    measured: Critique,
    transcript: Transcript,
    scenario: Scenario,
    passages: Sequence[Citation],
) -> Critique:
    """The measured critique refined by what survives of the draft; metrics stay the code's."""
    checks = DraftChecks(transcript, passages)
    by_id = {d.id.strip(): d for d in reversed(draft.rubric)}  # the first entry per id wins
    rubric = [checks.rubric_item(m, by_id.get(m.id)) for m in measured.rubric]
    strengths = [s for s in map(checks.strength, draft.strengths) if s]
    areas = [a for a in map(checks.growth_area, draft.growth_areas) if a]
    return measured.model_copy(
        update={
            "mode": Mode.LLM,
            "overall": overall_score(scenario, rubric),
            "narrative": draft.narrative.strip() or measured.narrative,
            "rubric": rubric,
            "strengths": strengths or measured.strengths,
            "growth_areas": _with_guidance(areas, measured.growth_areas) or measured.growth_areas,
            "notices": [*measured.notices, *checks.log.notices()],
        }
    )


def _with_guidance(areas: list[GrowthArea], measured: Sequence[GrowthArea]) -> list[GrowthArea]:
    """Areas left without a valid citation borrow the code's citations for the same skill."""
    cited = {a.skill: a.guidance for a in measured if a.guidance}
    return [
        a if a.guidance else a.model_copy(update={"guidance": cited.get(a.skill, [])})
        for a in areas
    ]


def _pattern(word: str) -> str:
    """A regex for a normalised word that also matches its curly-quoted original."""
    return "".join(_ANY_MARK.get(char) or re.escape(char) for char in word)


def _unique(items: Iterable[T]) -> list[T]:
    kept: list[T] = []
    for item in items:
        if item not in kept:
            kept.append(item)
    return kept


def _count(n: int, noun: str, rest: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'} {rest}" if n else ""
