"""Spoken turns: word timings of a learner's spoken turn (or the length of a reply read
aloud), and the learner's recording when they chose to keep it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("turns") as turns:
        turns.add_column(sa.Column("speech", sa.JSON(), nullable=True))
        turns.add_column(sa.Column("audio", sa.LargeBinary(), nullable=True))
        turns.add_column(sa.Column("audio_type", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("turns") as turns:
        turns.drop_column("audio_type")
        turns.drop_column("audio")
        turns.drop_column("speech")
