"""The overall score as the LLM pass may touch it: how far it may move, and its band (pure).

The model's rubric scores together may move the overall at most MAX_OVERALL_SHIFT points from
the code's; beyond that the code's item scores come back, biggest move first, so the overall
stays the weighted rubric. The overall falls in a band: early (0-49), solid (50-74) or strong
(75-100). The LLM's overview is read for praise and criticism with the phrases in
prompts/narrative_tone.yaml, and one whose tone or stated score contradicts the band is not
shown (see that file for the rule). A phrase list is blunt, so the evaluator is told its band
beforehand: only a model that ignores it, or obeys someone else, meets the check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from coach.critique.models import RubricScore
from coach.critique.rubric import OverallTerms, overall_score
from coach.prompts import PromptLibrary, shipped_prompts
from coach.scenarios.models import Scenario

TONE_FILE = "narrative_tone.yaml"
# How far the model's scores together may move the overall (0-100) from the code's: one
# point on a light rubric item (about 3-5 overall points) fits, two items or a heavy one not.
MAX_OVERALL_SHIFT = 5
SOLID_AT = 50
STRONG_AT = 75
NEGATION_REACH = 3  # words before a phrase that a negation reaches
_STATED_SCORE = re.compile(r"\b(\d{1,3})\s*(?:/|out of)\s*100\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


class Band(StrEnum):
    EARLY = "early"
    SOLID = "solid"
    STRONG = "strong"


RANGES = {Band.EARLY: "0-49", Band.SOLID: "50-74", Band.STRONG: "75-100"}


class BandWording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    early: str
    solid: str
    strong: str


class NarrativeTone(BaseModel):
    """The phrases that make an overview praise or criticise, and what each band asks for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bands: BandWording
    praise: list[str] = Field(min_length=1)
    criticism: list[str] = Field(min_length=1)
    negations: list[str] = Field(default_factory=list)

    def asks(self, band: Band) -> str:
        """What the evaluator is told about an overview in ``band``."""
        return str(getattr(self.bands, band.value))


def keep_overall_near(
    scenario: Scenario,
    measured: Sequence[RubricScore],
    proposed: Sequence[RubricScore],
    terms: OverallTerms | None = None,
) -> tuple[list[RubricScore], list[str]]:
    """The proposed item scores with measured ones restored, biggest move first, until the
    overall is within MAX_OVERALL_SHIFT of the measured one; and the titles restored."""
    rubric, base = list(proposed), overall_score(scenario, measured, terms)
    weights = {item.id: item.weight for item in scenario.rubric}
    restored: list[str] = []
    while abs(shift := overall_score(scenario, rubric, terms) - base) > MAX_OVERALL_SHIFT:
        moves = [
            weights[r.id] * (r.score - m.score) * shift
            for r, m in zip(rubric, measured, strict=True)
        ]
        biggest = moves.index(max(moves))  # the largest move in the direction of the shift
        rubric[biggest] = measured[biggest]
        restored.append(measured[biggest].title)
    return rubric, restored


def band(overall: int) -> Band:
    """The band of an overall score (0-100)."""
    if overall >= STRONG_AT:
        return Band.STRONG
    return Band.SOLID if overall >= SOLID_AT else Band.EARLY


def load_tone(prompts: PromptLibrary | None = None) -> NarrativeTone:
    return (prompts or shipped_prompts()).data(TONE_FILE, NarrativeTone)


def misfit(narrative: str, overall: int, tone: NarrativeTone) -> str | None:
    """Why the overview does not fit a score of ``overall``, or None when it does."""
    stated = {int(n) for n in _STATED_SCORE.findall(narrative)} - {overall}
    if stated:
        return f"it names a score of {min(stated)} out of 100, not {overall}"
    net = _count(narrative, tone.praise, tone) - _count(narrative, tone.criticism, tone)
    side = contradicting(net, band(overall))
    if side is None:
        return None
    return f"its {side} does not fit a score of {overall} ({RANGES[band(overall)]})"


def contradicting(net: int, where: Band) -> str | None:
    """Which side of the tone (praise minus criticism: ``net``) contradicts the band, if any."""
    if where is Band.EARLY:
        return "praise" if net > 0 else None
    if where is Band.STRONG:
        return "criticism" if net < 0 else None
    if abs(net) >= 2:
        return "praise" if net > 0 else "criticism"
    return None


def _count(text: str, phrases: list[str], tone: NarrativeTone) -> int:
    """How often the phrases occur in ``text`` without a negation just before them."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    found = 0
    for phrase in phrases:
        wanted = phrase.lower().split()
        for start in range(len(words) - len(wanted) + 1):
            if words[start : start + len(wanted)] == wanted:
                found += not _negated(words[max(0, start - NEGATION_REACH) : start], tone)
    return found


def _negated(before: list[str], tone: NarrativeTone) -> bool:
    text = " ".join(before)
    if any(word.endswith("n't") for word in before):
        return True
    return any(re.search(rf"\b{re.escape(n.lower())}\b", text) for n in tone.negations)
