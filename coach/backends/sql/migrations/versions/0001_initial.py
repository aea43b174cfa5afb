"""Initial schema: users, sessions, turns, critiques, cohorts, assignments, custom scenarios.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types used in 0001; later model changes need their own revision.
TIMESTAMP = sa.DateTime(timezone=True)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _created_at() -> sa.Column:
    return sa.Column("created_at", TIMESTAMP, nullable=False)


def upgrade() -> None:
    """Create every table of the first schema."""
    _create_users()
    _create_practice_sessions()
    _create_turns()
    _create_critiques()
    _create_cohorts()
    _create_assignments()
    _create_custom_scenarios()


def downgrade() -> None:
    """Drop every table of the first schema, dependents first."""
    for table in ("custom_scenarios", "assignments", "cohort_members", "cohorts"):
        op.drop_table(table)
    for table in ("critiques", "turns", "practice_sessions", "users"):
        op.drop_table(table)


def _create_users() -> None:
    op.create_table(
        "users",
        _id(),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        _created_at(),
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", TIMESTAMP, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
        sa.CheckConstraint("role IN ('learner', 'trainer', 'admin')", name=op.f("ck_users_role")),
    )


def _create_practice_sessions() -> None:
    op.create_table(
        "practice_sessions",
        _id(),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("difficulty", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32), nullable=False),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("ended_at", TIMESTAMP, nullable=True),
        sa.Column("shared_with_trainer", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_sessions")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_practice_sessions_user_id_users")
        ),
    )
    op.create_index(op.f("ix_practice_sessions_user_id"), "practice_sessions", ["user_id"])


def _create_turns() -> None:
    op.create_table(
        "turns",
        _id(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("acts", sa.JSON(), nullable=True),
        sa.Column("persona_state", sa.JSON(), nullable=True),
        sa.Column("reaction", sa.String(32), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=True),
        sa.Column("completion_tokens", sa.Integer(), nullable=True),
        sa.Column("cached_tokens", sa.Integer(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turns")),
        sa.UniqueConstraint("session_id", "index", name=op.f("uq_turns_session_id_index")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name=op.f("fk_turns_session_id_practice_sessions"),
            ondelete="CASCADE",
        ),
    )


def _create_critiques() -> None:
    op.create_table(
        "critiques",
        _id(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        _created_at(),
        sa.Column("mode", sa.String(32), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_critiques")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name=op.f("fk_critiques_session_id_practice_sessions"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_critiques_session_id"), "critiques", ["session_id"])


def _create_cohorts() -> None:
    op.create_table(
        "cohorts",
        _id(),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohorts")),
        sa.ForeignKeyConstraint(
            ["trainer_id"], ["users.id"], name=op.f("fk_cohorts_trainer_id_users")
        ),
    )
    op.create_index(op.f("ix_cohorts_trainer_id"), "cohorts", ["trainer_id"])
    op.create_table(
        "cohort_members",
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cohort_id", "user_id", name=op.f("pk_cohort_members")),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_cohort_members_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_cohort_members_user_id_users"),
            ondelete="CASCADE",
        ),
    )


def _create_assignments() -> None:
    op.create_table(
        "assignments",
        _id(),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("difficulty", sa.String(16), nullable=False),
        sa.Column("due_at", TIMESTAMP, nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_assignments_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_assignments_cohort_id"), "assignments", ["cohort_id"])


def _create_custom_scenarios() -> None:
    op.create_table(
        "custom_scenarios",
        _id(),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("yaml", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        _created_at(),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_scenarios")),
        sa.UniqueConstraint("scenario_id", name=op.f("uq_custom_scenarios_scenario_id")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_custom_scenarios_author_id_users")
        ),
    )
    op.create_index(op.f("ix_custom_scenarios_author_id"), "custom_scenarios", ["author_id"])
