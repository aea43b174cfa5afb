"""Load and validate the hand-labelled evaluation set for the skill coder."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coach.errors import CoachError
from coach.models import Act, LearnerRole
from coach.resources import shipped_dir


class EvaluationDataError(CoachError):
    """The evaluation file is missing or invalid."""


class Situation(StrEnum):
    """The mentoring situation an utterance was written for."""

    GIVING_FEEDBACK = "giving_feedback"
    RESOLVING_MISUNDERSTANDING = "resolving_misunderstanding"
    SETTING_BOUNDARIES = "setting_boundaries"
    ASKING_FOR_HELP = "asking_for_help"
    BUILDING_TRUST = "building_trust"
    CLARIFYING_EXPECTATIONS = "clarifying_expectations"
    MUTUAL_ACCOUNTABILITY = "mutual_accountability"
    RECEIVING_FEEDBACK = "receiving_feedback"
    BRIDGING_DIFFERENCES = "bridging_differences"
    POWER_IMBALANCE = "power_imbalance"


class Split(StrEnum):
    """Dev items may guide changes to the coder; test items only measure it."""

    DEV = "dev"
    TEST = "test"


class LabelledUtterance(BaseModel):
    """One learner utterance with its gold acts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    acts: list[Act] = Field(min_length=1)
    situation: Situation
    voice: LearnerRole
    split: Split

    @field_validator("acts")
    @classmethod
    def _acts_are_a_set(cls, acts: list[Act]) -> list[Act]:
        """No repeats, and ``other`` only on its own (the coder's convention)."""
        if len(set(acts)) != len(acts):
            raise ValueError("acts are repeated")
        if Act.OTHER in acts and len(acts) > 1:
            raise ValueError("'other' cannot be combined with another act")
        return acts


class EvaluationSet(BaseModel):
    """The whole file: utterances with unique ids."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    utterances: list[LabelledUtterance] = Field(min_length=1)

    @field_validator("utterances")
    @classmethod
    def _ids_are_unique(cls, utterances: list[LabelledUtterance]) -> list[LabelledUtterance]:
        """Every id names exactly one utterance."""
        ids = [u.id for u in utterances]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"ids are repeated: {', '.join(repeated)}")
        return utterances

    def select(self, split: str) -> list[LabelledUtterance]:
        """The utterances of one split (``dev`` or ``test``), or all of them for ``all``."""
        if split == "all":
            return list(self.utterances)
        return [u for u in self.utterances if u.split == Split(split)]


def default_utterances_path() -> Path:
    """Where the shipped coder evaluation set lives."""
    return shipped_dir("evaluation") / "coder" / "utterances.yaml"


def load_evaluation_set(path: Path) -> EvaluationSet:
    """Read and validate an evaluation file; errors name the file and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        raise EvaluationDataError(f"{path}: cannot be read; check the path.") from None
    except yaml.YAMLError as exc:
        raise EvaluationDataError(f"{path}: not valid YAML ({exc}); fix the syntax.") from None
    try:
        return EvaluationSet(utterances=data)
    except ValidationError as exc:
        raise EvaluationDataError(f"{path}: {_first_problem(exc)}; fix that item.") from None


def _first_problem(exc: ValidationError) -> str:
    """The first validation error as 'item N field: message'."""
    error: dict[str, Any] = dict(exc.errors()[0])
    location = list(error["loc"])[1:]  # drop the top-level "utterances"
    if location and isinstance(location[0], int):
        location[0] = f"item {location[0] + 1}"
    where = " ".join(str(part) for part in location) or "file"
    return f"{where}: {error['msg']}"
