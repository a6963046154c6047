"""interviews: states 拟约谈…整改跟踪, attendee role and stand-in, cancel reason, owners

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 16:40:00

Written by hand. SQLite cannot alter a CHECK constraint, so each table is rebuilt with
``batch_alter_table`` (the connection runs with foreign keys off during upgrades). Existing
interviews in state 拟定 become 拟约谈.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_STATES = "state IN ('拟定', '已通知', '已约谈', '已办结', '已取消')"
NEW_STATES = "state IN ('拟约谈', '已通知', '已约谈', '整改跟踪', '已办结', '已取消')"


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_interview_state_valid"), type_="check")
        for name in ("basis", "interviewers", "problems", "copied_to", "cancel_reason"):
            batch_op.add_column(_text(name))
    op.execute("UPDATE interview SET state = '拟约谈' WHERE state = '拟定'")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_interview_state_valid"), NEW_STATES)
        batch_op.create_check_constraint(
            op.f("ck_interview_cancel_needs_reason"),
            "state <> '已取消' OR length(trim(cancel_reason)) > 0",
        )

    with op.batch_alter_table("interview_attendee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(length=8), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("stand_in", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("justified", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_check_constraint(
            op.f("ck_interview_attendee_role_valid"), "role IN ('', '主要负责人', '分管负责人')"
        )

    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner", sa.String(length=80), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_column("owner")
    with op.batch_alter_table("interview_attendee", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_interview_attendee_role_valid"), type_="check")
        batch_op.drop_column("justified")
        batch_op.drop_column("stand_in")
        batch_op.drop_column("role")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_interview_cancel_needs_reason"), type_="check")
        batch_op.drop_constraint(op.f("ck_interview_state_valid"), type_="check")
    op.execute("UPDATE interview SET state = '拟定' WHERE state = '拟约谈'")
    op.execute("UPDATE interview SET state = '已约谈' WHERE state = '整改跟踪'")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_interview_state_valid"), OLD_STATES)
        for name in ("cancel_reason", "copied_to", "problems", "interviewers", "basis"):
            batch_op.drop_column(name)
