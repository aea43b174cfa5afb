"""Trainers' scenarios in the custom_scenarios table, as YAML text with author and times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import sessionmaker

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import CustomScenario, User, utc_now
from coach.scenarios.models import SavedScenario


class SqlCustomScenarioStore:
    """Saved scenarios keyed by their scenario id."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def custom_yaml(self) -> list[tuple[str, str]]:
        with self._reading.begin() as db:
            rows = db.execute(
                select(CustomScenario.scenario_id, CustomScenario.yaml).order_by(CustomScenario.id)
            )
            return [(scenario_id, text) for scenario_id, text in rows]

    def saved(self) -> list[SavedScenario]:
        """Every saved scenario with its author, most recently changed first."""
        with self._reading.begin() as db:
            rows = db.execute(
                select(CustomScenario, User.username)
                .join(User, User.id == CustomScenario.author_id)
                .order_by(CustomScenario.updated_at.desc(), CustomScenario.id.desc())
            )
            return [_saved(row, author) for row, author in rows]

    def find(self, scenario_id: str) -> SavedScenario | None:
        return next((s for s in self.saved() if s.scenario_id == scenario_id), None)

    def save(self, scenario_id: str, text: str, author_id: int) -> None:
        """Insert the scenario, or replace the YAML of the one saved under this id."""
        with self._writing.begin() as db:
            row = db.scalar(select(CustomScenario).where(CustomScenario.scenario_id == scenario_id))
            now = self._clock()
            if row is None:
                row = CustomScenario(scenario_id=scenario_id, author_id=author_id, created_at=now)
                db.add(row)
            row.yaml, row.updated_at = text, now

    def delete(self, scenario_id: str) -> None:
        with self._writing.begin() as db:
            db.execute(delete(CustomScenario).where(CustomScenario.scenario_id == scenario_id))


def _saved(row: CustomScenario, author: str) -> SavedScenario:
    return SavedScenario(
        scenario_id=row.scenario_id,
        yaml=row.yaml,
        author_id=row.author_id,
        author=author,
        updated_at=row.updated_at,
    )
