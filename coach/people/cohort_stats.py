"""What the cohort dashboard shows, computed from the assigned work a trainer may see (pure)."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime
from statistics import mean

from pydantic import BaseModel

from coach.people.cohort_models import AssignedWork, AssignmentRow, Status

LOW_SCORE = 50  # overall scores below this ask for a trainer's attention
LOW_OPEN_SHARE = 40.0  # percent open questions below this, likewise
CSV_COLUMNS = (
    "learner",
    "scenario",
    "difficulty",
    "due",
    "status",
    "ended",
    "overall",
    "percent_open_questions",
    "reflection_to_question_ratio",
)


class Completion(BaseModel):
    assignment: AssignmentRow
    done: int
    started: int
    total: int

    @property
    def share(self) -> float:
        return self.done / self.total if self.total else 0.0


class Averages(BaseModel):
    overall: float | None
    percent_open_questions: float | None
    reflection_to_question_ratio: float | None
    sessions: int


class TrendPoint(BaseModel):
    day: date
    overall: float | None
    percent_open_questions: float | None
    reflection_to_question_ratio: float | None


class Attention(BaseModel):
    username: str
    reason: str


def completion(work: list[AssignedWork]) -> list[Completion]:
    """Per assignment: how many members finished it, started it, and were given it."""
    by_assignment: dict[int, list[AssignedWork]] = defaultdict(list)
    for item in work:
        by_assignment[item.assignment.id].append(item)
    return [
        Completion(
            assignment=items[0].assignment,
            done=sum(i.status == Status.DONE for i in items),
            started=sum(i.status == Status.IN_PROGRESS for i in items),
            total=len(items),
        )
        for items in by_assignment.values()
    ]


def finished(work: list[AssignedWork]) -> list[AssignedWork]:
    """Work that is done and was scored."""
    return [w for w in work if w.status == Status.DONE and w.overall is not None]


def averages(work: list[AssignedWork]) -> Averages:
    scored = finished(work)
    return Averages(
        overall=_mean([w.overall for w in scored]),
        percent_open_questions=_mean([w.percent_open_questions for w in scored]),
        reflection_to_question_ratio=_mean([w.reflection_to_question_ratio for w in scored]),
        sessions=len(scored),
    )


def trend(work: list[AssignedWork]) -> list[TrendPoint]:
    """Daily averages of the scored work, oldest day first."""
    by_day: dict[date, list[AssignedWork]] = defaultdict(list)
    for item in finished(work):
        if item.ended_at is not None:
            by_day[item.ended_at.date()].append(item)
    return [
        TrendPoint(day=day, **averages(items).model_dump(exclude={"sessions"}))
        for day, items in sorted(by_day.items())
    ]


def needs_attention(
    work: list[AssignedWork], now: datetime, titles: dict[str, str] | None = None
) -> list[Attention]:
    """Learners who are overdue, scored low, or asked few open questions; one line each."""
    found: list[Attention] = []
    for item in sorted(work, key=lambda w: (w.username, w.assignment.id)):
        reason = _reason(item, now, (titles or {}).get(item.assignment.scenario_id))
        if reason:
            found.append(Attention(username=item.username, reason=reason))
    return found


def work_csv(work: list[AssignedWork], titles: dict[str, str]) -> str:
    """The work as CSV text, one row per learner and assignment."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for w in work:
        row = w.assignment
        writer.writerow(
            [
                w.username,
                titles.get(row.scenario_id, row.scenario_id),
                row.difficulty.value,
                row.due_at.date().isoformat() if row.due_at else "",
                w.status.value,
                w.ended_at.isoformat(timespec="minutes") if w.ended_at else "",
                "" if w.overall is None else w.overall,
                _blank(w.percent_open_questions),
                _blank(w.reflection_to_question_ratio),
            ]
        )
    return out.getvalue()


def _reason(item: AssignedWork, now: datetime, title: str | None) -> str | None:
    row = item.assignment
    name = title or row.scenario_id
    if item.status != Status.DONE and row.due_at is not None and row.due_at < now:
        days = max(1, (now - row.due_at).days)
        return f"{name}: overdue by {days} day{'' if days == 1 else 's'}, {item.status.value}"
    if item.overall is not None and item.status == Status.DONE and item.overall < LOW_SCORE:
        return f"{name}: low overall score ({item.overall})"
    share = item.percent_open_questions
    if item.status == Status.DONE and share is not None and share < LOW_OPEN_SHARE:
        return f"{name}: few open questions ({share:.0f}%)"
    return None


def _mean(values: list[float | int | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return round(mean(present), 2) if present else None


def _blank(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"
