"""Sign-ins that survive a reload: a browser keeps a random token in a cookie; the server keeps
only its hash, the user and when it expires, and deletes it on sign-out.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "web_sign_ins",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_web_sign_ins_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("token_hash", name="pk_web_sign_ins"),
    )
    op.create_index("ix_web_sign_ins_user_id", "web_sign_ins", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_web_sign_ins_user_id", table_name="web_sign_ins")
    op.drop_table("web_sign_ins")
