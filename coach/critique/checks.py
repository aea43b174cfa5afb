"""Checks that keep an LLM's critique honest, and the critique they produce (pure).

Every quote must be the learner's own words from the turn it names, every citation one of
the passages the model was given, every rewrite a real learner turn, and every rubric score
within one point of the code's score and backed by a quote that survived. Together the
scores may move the overall only a few points, and the overview must fit the band of the
overall shown (both in coach.critique.overall). What fails is
dropped or replaced by the code's own finding, and the critique says so in its notices.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from coach.critique.check_log import CheckLog
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
from coach.critique.overall import (
    NarrativeTone,
    keep_overall_near,
    load_tone,
    misfit,
)
from coach.critique.rubric import OverallTerms, overall_score
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


class DraftChecks:
    """Checks one draft against the transcript and the passages the model was shown."""

    def __init__(
        self,
        transcript: Transcript,
        passages: Sequence[Citation],
        tone: NarrativeTone | None = None,
        terms: OverallTerms | None = None,
    ) -> None:
        self.transcript = transcript
        self.passages = {p.chunk_id: p for p in passages}
        self.tone = tone or load_tone()
        self.terms = terms
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

    def rubric_item(
        self,
        measured: RubricScore,
        draft: DraftRubricScore | None,
        allowed: set[int] | None = None,
    ) -> RubricScore:
        """The model's score for an item if a quote backs it, kept near the measured one.

        ``allowed`` are the turns the item's own detectors found: a quote from any other turn is
        not evidence for this item, however true it is.
        """
        if draft is None:
            return measured
        evidence = self.evidence(draft.evidence)
        if allowed is not None:
            outside = [e for e in evidence if e.turn not in allowed]
            self.log.off_item_quotes += len(outside)
            evidence = [e for e in evidence if e.turn in allowed]
        if not evidence:
            if draft.score != measured.score:  # the same score needs no keeping, nor a notice
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

    def within_budget(
        self, scenario: Scenario, measured: Sequence[RubricScore], proposed: list[RubricScore]
    ) -> list[RubricScore]:
        """The proposed scores, kept within a few points of the measured overall."""
        rubric, self.log.over_budget = keep_overall_near(scenario, measured, proposed, self.terms)
        asked = overall_score(scenario, proposed, self.terms)
        self.log.overall_asked = (overall_score(scenario, measured, self.terms), asked)
        return rubric

    def narrative(self, text: str, overall: int, narrate: Callable[[int], str]) -> str:
        """The model's overview if it fits the overall's band, else the code's for ``overall``."""
        self.log.misfit = misfit(text, overall, self.tone) if text.strip() else None
        return narrate(overall) if self.log.misfit or not text.strip() else text.strip()

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
    *,
    narrate: Callable[[int], str] | None = None,
    tone: NarrativeTone | None = None,
    evidence_turns: Mapping[str, set[int]] | None = None,
    terms: OverallTerms | None = None,
) -> Critique:
    """The measured critique refined by what survives of the draft; metrics stay the code's.

    Args:
        narrate: the code's overview for a given overall (default: the measured overview).
        tone: the phrases the overview is read with (default: the shipped ones).
        evidence_turns: per rubric item, the turns its detectors found (default: any turn).
        terms: what the overall weighs besides the items (default: the items alone).
    """
    checks = DraftChecks(transcript, passages, tone, terms)
    by_id = {d.id.strip(): d for d in reversed(draft.rubric)}  # the first entry per id wins
    turns = evidence_turns or {}
    proposed = [checks.rubric_item(m, by_id.get(m.id), turns.get(m.id)) for m in measured.rubric]
    rubric = checks.within_budget(scenario, measured.rubric, proposed)
    overall = overall_score(scenario, rubric, terms)
    narrative = checks.narrative(draft.narrative, overall, narrate or _fixed(measured.narrative))
    strengths = [s for s in map(checks.strength, draft.strengths) if s]
    areas = [a for a in map(checks.growth_area, draft.growth_areas) if a]
    return measured.model_copy(
        update={
            "mode": Mode.LLM,
            "overall": overall,
            "narrative": narrative,
            "rubric": rubric,
            "strengths": strengths or measured.strengths,
            "growth_areas": _with_measured(_with_guidance(areas, measured.growth_areas), measured),
            "notices": [*measured.notices, *checks.log.notices()],
        }
    )


def _fixed(narrative: str) -> Callable[[int], str]:
    return lambda _overall: narrative


def _with_measured(areas: list[GrowthArea], measured: Critique) -> list[GrowthArea]:
    """The model's areas, and every flaw the code found that they do not already word: the
    model may word the feedback, not drop what the detectors found. A model's area words a
    code's area when it is about the same skill and, if the code's quotes turns (a missing
    summary quotes none), quotes one of the same turns."""

    def worded(code: GrowthArea) -> bool:
        turns = {e.turn for e in code.evidence}
        return any(
            a.skill == code.skill and (not turns or turns & {e.turn for e in a.evidence})
            for a in areas
        )

    missing = [a for a in measured.growth_areas if not worded(a)]
    return [*areas, *missing] if areas else list(measured.growth_areas)


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
