"""What cohorts, assignments and assigned work look like to the service layer and the UI."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from coach.models import Difficulty


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Member(Frozen):
    id: int
    username: str
    role: str
    accepted: bool = True  # False while the learner has not accepted the invitation


class Invitation(Frozen):
    """A trainer's invitation to a cohort, waiting for the learner's answer."""

    cohort_id: int
    cohort_name: str
    trainer: str


class CohortRow(Frozen):
    id: int
    name: str
    trainer_id: int
    created_at: datetime


class AssignmentRow(Frozen):
    id: int
    cohort_id: int
    cohort_name: str
    scenario_id: str
    difficulty: Difficulty
    due_at: datetime | None
    created_at: datetime


class SessionFacts(Frozen):
    """A practice session of a cohort member, without its turns, and its latest critique."""

    id: int
    user_id: int
    scenario_id: str
    started_at: datetime
    ended_at: datetime | None
    readers: frozenset[int] = frozenset()  # trainers the learner shared the transcript with
    overall: int | None = None
    critique: dict[str, Any] | None = None


class Status(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    DONE = "done"


class LearnerAssignment(Frozen):
    """An assignment as its learner sees it on the home page."""

    assignment: AssignmentRow
    status: Status


class AssignedWork(Frozen):
    """One learner's work on one assignment, as far as the trainer may see it."""

    learner_id: int
    username: str
    assignment: AssignmentRow
    status: Status
    session_id: int | None = None
    ended_at: datetime | None = None
    overall: int | None = None
    percent_open_questions: float | None = None
    reflection_to_question_ratio: float | None = None
    shared: bool = False
