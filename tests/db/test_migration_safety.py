"""A migration that fails half-way leaves the database file byte-for-byte as it was.

The released fixture (rows with cascading children) is upgraded with an extra migration that
changes tables and data and then fails; the upgrade runs in one transaction, so the file is
identical afterwards, and a verified backup was taken before the attempt.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from xuncha_desktop.db import backup as bk
from xuncha_desktop.db import migrate
from xuncha_desktop.errors import DatabaseError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

FAILING = '''
import sqlalchemy as sa
from alembic import op

revision = "0002_test_failure"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("finding") as batch:
        batch.add_column(sa.Column("extra_note", sa.Text(), nullable=True))
    op.execute("UPDATE finding SET description = description || '（已改）'")
    op.execute("DELETE FROM finding_transition")
    {failure}


def downgrade():
    pass
'''


def _with_extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    down = migrate.head_revision()
    (scripts / "versions" / "0002_test_failure.py").write_text(
        FAILING.format(down=down, failure=failure), "utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    assert migrate.head_revision() == "0002_test_failure"


@pytest.mark.parametrize(("failure", "said"), [
    ('raise RuntimeError("迁移中途出错（测试）")', "迁移中途出错"),
    ('op.execute("DELETE FROM region")  # leaves findings pointing nowhere', "外键不一致"),
], ids=["exception", "foreign-key-check"])
def test_failed_migration_leaves_the_file_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str, said: str
) -> None:
    work = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001.db", work)
    before = work.read_bytes()
    _with_extra_migration(tmp_path, monkeypatch, failure)
    with pytest.raises(DatabaseError) as err:
        migrate.open_database(work)
    assert said in err.value.text
    assert "未被改动" in err.value.text
    assert work.read_bytes() == before
    assert not Path(str(work) + "-wal").exists() or Path(str(work) + "-wal").stat().st_size == 0
    # The verified backup taken before the attempt is there and holds the same rows.
    saved = bk.list_backups(work.with_name("old.backups"))
    assert len(saved) == 1 and saved[0].reason == "升级前-0001"
    assert not bk.check_copy(saved[0].path)


def test_successful_migration_commits_and_turns_foreign_keys_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001.db", work)
    _with_extra_migration(tmp_path, monkeypatch, "pass")
    db = migrate.open_database(work)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                "0002_test_failure")
            assert conn.exec_driver_sql("SELECT count(*) FROM finding_transition").scalar() == 0
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM finding WHERE description NOT LIKE '%（已改）'").scalar() == 0
    finally:
        db.close()
