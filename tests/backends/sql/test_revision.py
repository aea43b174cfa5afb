"""The cheap schema check: the shipped head read from the scripts, the stored revision by SQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect

from coach.backends.sql.engine import (
    alembic_config,
    create_engine_for,
    head_revision,
    immediate,
    upgrade_database,
    upgrade_engine,
)
from coach.backends.sql.revision import is_current, shipped_head, stored_revision

STARTS_WITHOUT_ALEMBIC = """
import sys
from coach.backends.sql.repository import open_repository
open_repository(sys.argv[1]).ensure_user("ada")
print("alembic" in sys.modules)
"""


def script(folder: Path, name: str, revision: str, revises: str | None) -> None:
    parent = "None" if revises is None else repr(revises)
    (folder / name).write_text(
        f"revision: str = {revision!r}\ndown_revision: str | None = {parent}\n", encoding="utf-8"
    )


def test_the_shipped_head_is_alembics_head() -> None:
    assert shipped_head() == head_revision()


def test_the_head_is_the_revision_nothing_revises(tmp_path: Path) -> None:
    script(tmp_path, "b.py", "0002", "0001")
    script(tmp_path, "a.py", "0001", None)
    script(tmp_path, "c.py", "0003", "0002")
    assert shipped_head(tmp_path) == "0003"


def test_branches_are_left_to_alembic(tmp_path: Path) -> None:
    script(tmp_path, "a.py", "0001", None)
    script(tmp_path, "b.py", "0002a", "0001")
    script(tmp_path, "c.py", "0002b", "0001")
    assert shipped_head(tmp_path) is None


def test_a_new_database_is_behind_until_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    engine = create_engine_for(url)
    assert stored_revision(engine) is None and not is_current(engine)
    upgrade_database(url)
    assert stored_revision(engine) == head_revision() and is_current(engine)
    engine.dispose()


def test_processes_on_a_new_or_current_schema_never_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    run = [sys.executable, "-c", STARTS_WITHOUT_ALEMBIC, url]
    first = subprocess.run(run, capture_output=True, text=True, timeout=120, check=True)
    again = subprocess.run(run, capture_output=True, text=True, timeout=120, check=True)
    assert first.stdout.strip() == "False"  # a new database is made from the models
    assert again.stdout.strip() == "False"
    engine = create_engine_for(url)
    assert stored_revision(engine) == head_revision()
    engine.dispose()


def test_a_database_made_from_the_models_is_the_migrated_one(tmp_path: Path) -> None:
    made, migrated = (create_engine_for(f"sqlite:///{tmp_path / n}.db") for n in "ab")
    upgrade_engine(made)  # empty: created from the models
    with immediate(migrated).begin() as connection:
        command.upgrade(alembic_config(connection), "head")  # every migration, in order
    assert _shape(made) == _shape(migrated)
    assert stored_revision(made) == stored_revision(migrated) == head_revision()
    made.dispose()
    migrated.dispose()


def test_a_database_behind_is_migrated_by_alembic(tmp_path: Path) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path / 'old.db'}")
    with immediate(engine).begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    assert not is_current(engine)
    upgrade_engine(engine)
    assert stored_revision(engine) == head_revision()
    assert "web_sign_ins" in inspect(engine).get_table_names()  # made by migration 0004
    engine.dispose()


def _shape(engine: Engine) -> dict[str, list[str]]:
    """Every table's columns, keys, indexes and constraints as the database reports them."""
    seen = inspect(engine)
    return {
        table: [
            str(part)
            for part in (
                seen.get_columns(table),
                seen.get_pk_constraint(table),
                seen.get_foreign_keys(table),
                seen.get_indexes(table),
                seen.get_unique_constraints(table),
                seen.get_check_constraints(table),
            )
        ]
        for table in sorted(seen.get_table_names())
    }
