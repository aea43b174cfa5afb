"""Load and validate the critique validity cases: good/poor pairs and single-flaw near-misses.

The index (evaluation/critique/cases.yaml) names transcript files relative to itself; every
transcript is read and checked here, so a case that cannot be scored fails at load time
with the file and the field, not half-way through an evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from coach.critique.wording import CritiqueWording, load_critique_wording
from coach.errors import CoachError
from coach.models import Slug, Speaker, Transcript
from coach.practice.transcript_json import parse_transcript_json
from coach.resources import shipped_dir
from coach.scenarios.models import FlawKind
from coach.validation import first_error


class CritiqueCaseError(CoachError):
    """The critique case index or one of its transcripts is missing or invalid."""


class _Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedFlaw(_Case):
    """The growth area a near-miss should draw: its id in prompts/critique.yaml and skill slug."""

    kind: FlawKind
    skill: Slug


class TranscriptPair(_Case):
    """The same situation, once with a good listener and once with a poor one."""

    id: Slug
    scenario: Slug
    situation: str = Field(min_length=10)
    good: str = Field(min_length=1, description="Transcript path, relative to the index.")
    poor: str = Field(min_length=1)


class NearMiss(_Case):
    """A fine conversation with one clear flaw, at the learner turns listed."""

    id: Slug
    scenario: Slug
    transcript: str = Field(min_length=1)
    based_on: str | None = Field(default=None, description="The good transcript it came from.")
    flaw: ExpectedFlaw
    turns: list[int] = Field(default_factory=list, description="0-based indices of the flaw.")
    note: str = Field(min_length=10)


class CritiqueCases(_Case):
    """The whole index: pairs and near-misses with unique ids."""

    pairs: list[TranscriptPair] = Field(min_length=1)
    near_misses: list[NearMiss] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> CritiqueCases:
        ids = [c.id for c in self.pairs] + [c.id for c in self.near_misses]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"case ids are repeated: {', '.join(repeated)}")
        return self


@dataclass(frozen=True)
class CaseSet:
    """The validated index and every transcript it names, keyed by the path as written."""

    cases: CritiqueCases
    transcripts: Mapping[str, Transcript]


def default_cases_path() -> Path:
    """Where the shipped critique cases live."""
    return shipped_dir("evaluation") / "critique" / "cases.yaml"


def load_critique_cases(path: Path, wording: CritiqueWording | None = None) -> CaseSet:
    """Read the index and its transcripts; every problem names the file and the field."""
    cases = _parse_index(path)
    check_flaws(cases, wording or load_critique_wording())
    transcripts = {ref: _read_transcript(path.parent, ref) for ref in transcript_refs(cases)}
    for scenario, ref in _scenario_refs(cases):
        if transcripts[ref].scenario != scenario:
            raise CritiqueCaseError(
                f"{ref}: is a {transcripts[ref].scenario!r} transcript but its case says "
                f"{scenario!r}; fix the case or the file."
            )
    for near in cases.near_misses:
        check_flaw_turns(near, transcripts[near.transcript])
    return CaseSet(cases=cases, transcripts=transcripts)


def transcript_refs(cases: CritiqueCases) -> list[str]:
    """Every transcript path the index names, once each, in order."""
    refs = [ref for _, ref in _scenario_refs(cases)]
    return list(dict.fromkeys(refs))


def check_flaws(cases: CritiqueCases, wording: CritiqueWording) -> None:
    """Each expected flaw must be a growth area the critique knows, with that area's skill."""
    for near in cases.near_misses:
        known = wording.growth_areas.get(near.flaw.kind)
        if known is None:
            raise CritiqueCaseError(
                f"near-miss {near.id}: flaw kind {near.flaw.kind!r} is not a growth area "
                f"(one of {', '.join(k.value for k in wording.growth_areas)}); fix the kind."
            )
        if known.skill != near.flaw.skill:
            raise CritiqueCaseError(
                f"near-miss {near.id}: growth area {near.flaw.kind!r} cites skill "
                f"{known.skill!r}, not {near.flaw.skill!r}; fix the skill."
            )


def check_flaw_turns(near: NearMiss, transcript: Transcript) -> None:
    """The turns a near-miss points at must be the learner's."""
    for index in near.turns:
        inside = 0 <= index < len(transcript.turns)
        if not inside or transcript.turns[index].speaker is not Speaker.LEARNER:
            raise CritiqueCaseError(
                f"near-miss {near.id}: turn {index} is not a learner turn of "
                f"{near.transcript}; fix the turns."
            )


def _scenario_refs(cases: CritiqueCases) -> Iterable[tuple[str, str]]:
    for pair in cases.pairs:
        yield pair.scenario, pair.good
        yield pair.scenario, pair.poor
    for near in cases.near_misses:
        yield near.scenario, near.transcript
        if near.based_on:
            yield near.scenario, near.based_on


def _parse_index(path: Path) -> CritiqueCases:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        raise CritiqueCaseError(f"{path}: cannot be read; check the path.") from None
    except yaml.YAMLError as exc:
        raise CritiqueCaseError(f"{path}: not valid YAML ({exc}); fix the syntax.") from None
    try:
        return CritiqueCases.model_validate(data)
    except ValidationError as exc:
        where, message = first_error(exc, top="file")
        raise CritiqueCaseError(f"{path}: {where}: {message}; fix that case.") from None


def _read_transcript(folder: Path, ref: str) -> Transcript:
    path = folder / ref
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise CritiqueCaseError(
            f"{ref}: no such transcript next to the index; check the path."
        ) from None
    return parse_transcript_json(text, source=ref)
