"""document drafts, trash and purge log, team sectors as a table

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 18:05:00

Written by hand. New tables only, plus one data move: the sectors a team needs were kept
in settings named ``team_sectors.<team id>`` (a JSON list of sector names); they become
rows of ``team_sector`` and the settings are removed. Names that no longer match a sector
are dropped, as the old code ignored them too.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_sector",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sector_id"], ["sector.id"],
                                name=op.f("fk_team_sector_sector_id_sector"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"],
                                name=op.f("fk_team_sector_team_id_team"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("team_id", "sector_id", name=op.f("pk_team_sector")),
    )
    op.create_index(op.f("ix_team_sector_sector_id"), "team_sector", ["sector_id"])

    op.create_table(
        "document_draft",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("source_key", sa.String(length=80), nullable=False),
        sa.Column("section", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("generated", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
        sa.CheckConstraint("length(trim(kind)) > 0", name=op.f("ck_document_draft_kind_not_blank")),
        sa.CheckConstraint("length(trim(section)) > 0",
                           name=op.f("ck_document_draft_section_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_draft")),
        sa.UniqueConstraint("kind", "source_key", "section",
                            name=op.f("uq_document_draft_kind_source_key_section")),
    )

    op.create_table(
        "trash_item",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("deleted_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(entity)) > 0",
                           name=op.f("ck_trash_item_entity_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_item")),
    )
    op.create_index("ix_trash_item_entity", "trash_item", ["entity", "entity_id"])

    op.create_table(
        "purge_log",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("deleted_by", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("purged_by", sa.String(length=64), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(reason)) > 0",
                           name=op.f("ck_purge_log_reason_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_log")),
    )

    _move_team_sectors()


def _move_team_sectors() -> None:
    conn = op.get_bind()
    sectors: dict[str, int] = {
        str(n): int(i) for n, i in conn.execute(sa.text("SELECT name, id FROM sector"))
    }
    teams = {row[0] for row in conn.execute(sa.text("SELECT id FROM team")).all()}
    rows = conn.execute(
        sa.text("SELECT key, value FROM setting WHERE key LIKE 'team_sectors.%'")
    ).all()
    for key, value in rows:
        try:
            team_id = int(str(key).split(".", 1)[1])
            names = json.loads(value)
        except (ValueError, IndexError):
            continue
        if team_id in teams and isinstance(names, list):
            for sector_id in dict.fromkeys(sectors[n] for n in names if n in sectors):
                conn.execute(
                    sa.text("INSERT INTO team_sector (team_id, sector_id) VALUES (:t, :s)"),
                    {"t": team_id, "s": sector_id},
                )
        conn.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": key})


def downgrade() -> None:
    conn = op.get_bind()
    pairs = conn.execute(sa.text(
        "SELECT ts.team_id, s.name FROM team_sector ts JOIN sector s ON s.id = ts.sector_id "
        "ORDER BY ts.team_id, s.sort_order, s.id"
    )).all()
    by_team: dict[int, list[str]] = {}
    for team_id, name in pairs:
        by_team.setdefault(int(team_id), []).append(str(name))
    for team_id, names in by_team.items():
        conn.execute(
            sa.text("INSERT INTO setting (key, value, version) VALUES (:k, :v, 1)"),
            {"k": f"team_sectors.{team_id}", "v": json.dumps(names, ensure_ascii=False)},
        )
    op.drop_table("purge_log")
    op.drop_index("ix_trash_item_entity", table_name="trash_item")
    op.drop_table("trash_item")
    op.drop_table("document_draft")
    op.drop_index(op.f("ix_team_sector_sector_id"), table_name="team_sector")
    op.drop_table("team_sector")
