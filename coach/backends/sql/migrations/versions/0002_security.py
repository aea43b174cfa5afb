"""Security and reliability: interrupted replies, cohort consent, named shares, owned uploads,
and a sign-in throttle keyed by the name typed (known or not).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("turns") as batch:
        batch.add_column(
            sa.Column("status", sa.String(16), server_default="complete", nullable=False)
        )
    with op.batch_alter_table("cohort_members") as batch:
        batch.add_column(sa.Column("accepted_at", TIMESTAMP, nullable=True))
    # Everyone already in a cohort was added under the old rules; keep them in.
    op.execute("UPDATE cohort_members SET accepted_at = CURRENT_TIMESTAMP")
    _create_session_shares()
    _create_guidance_uploads()
    _create_sign_in_throttle()
    with op.batch_alter_table("users") as batch:  # replaced by sign_in_throttle
        batch.drop_column("failed_logins")
        batch.drop_column("locked_until")
    with op.batch_alter_table("practice_sessions") as batch:
        batch.drop_column("shared_with_trainer")


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("locked_until", TIMESTAMP, nullable=True))
    with op.batch_alter_table("practice_sessions") as batch:
        batch.add_column(
            sa.Column(
                "shared_with_trainer", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    op.execute(
        "UPDATE practice_sessions SET shared_with_trainer = "
        + ("TRUE" if op.get_bind().dialect.name == "postgresql" else "1")
        + " WHERE id IN (SELECT session_id FROM session_shares)"
    )
    for table in ("sign_in_throttle", "guidance_uploads", "session_shares"):
        op.drop_table(table)
    with op.batch_alter_table("cohort_members") as batch:
        batch.drop_column("accepted_at")
    with op.batch_alter_table("turns") as batch:
        batch.drop_column("status")


def _create_session_shares() -> None:
    op.create_table(
        "session_shares",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=False),
        sa.Column("shared_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name="fk_session_shares_session_id_practice_sessions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"],
            ["users.id"],
            name="fk_session_shares_trainer_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "trainer_id", name="pk_session_shares"),
    )
    # A transcript shared before this version goes to the trainers the learner had then.
    op.execute(
        "INSERT INTO session_shares (session_id, trainer_id, shared_at) "
        "SELECT DISTINCT s.id, c.trainer_id, CURRENT_TIMESTAMP FROM practice_sessions s "
        "JOIN cohort_members m ON m.user_id = s.user_id "
        "JOIN cohorts c ON c.id = m.cohort_id WHERE s.shared_with_trainer"
    )


def _create_guidance_uploads() -> None:
    op.create_table(
        "guidance_uploads",
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("uploaded_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name="fk_guidance_uploads_owner_id_users"
        ),
        sa.PrimaryKeyConstraint("file_name", name="pk_guidance_uploads"),
    )


def _create_sign_in_throttle() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", TIMESTAMP, nullable=True),
        sa.PrimaryKeyConstraint("username", name="pk_sign_in_throttle"),
    )
