"""Open a database for use: create or upgrade the schema, then load missing reference data."""

from __future__ import annotations

from pathlib import Path

from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services.reference import load_reference_data


def open_for_use(path_or_url: str | Path, *, operator: str,
                 backup_dir: Path | None = None) -> Database:
    db = open_database(path_or_url, operator=operator, backup_dir=backup_dir)
    try:
        load_reference_data(db)
    except BaseException:
        db.close()
        raise
    return db
