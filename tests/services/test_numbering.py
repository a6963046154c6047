"""The 发文字号 registry: format, per-prefix-per-year sequence, voiding, concurrency."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import numbering
from xuncha_desktop.services.bootstrap import open_for_use


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_for_use(tmp_path / "n.db", operator="文书")
    yield database
    database.close()


def test_numbers_run_per_prefix_and_year_without_leading_zeros(db: Database) -> None:
    texts = [numbering.allocate_number(db, "琼安委办", 2026).text for _ in range(12)]
    assert texts[0] == "琼安委办〔2026〕1号"
    assert texts[-1] == "琼安委办〔2026〕12号"
    assert numbering.allocate_number(db, "琼安委办", 2027).text == "琼安委办〔2027〕1号"
    assert numbering.allocate_number(db, "琼安委", 2026).text == "琼安委〔2026〕1号"
    for t in texts:
        assert numbering.parse_number(t)[0] == "琼安委办"


def test_voided_number_stays_on_record_and_is_skipped(db: Database) -> None:
    first = numbering.allocate_number(db, "琼安委办", 2026)
    voided = numbering.void_number(db, first.id, "印制错误，重新发文")
    assert voided.state == "已作废" and voided.void_reason == "印制错误，重新发文"
    nxt = numbering.allocate_number(db, "琼安委办", 2026)
    assert nxt.text == "琼安委办〔2026〕2号"
    rows = numbering.list_numbers(db, "琼安委办", 2026)
    assert [(r.number, r.state) for r in rows] == [(1, "已作废"), (2, "已使用")]
    with pytest.raises(StateError, match="已经作废"):
        numbering.void_number(db, first.id, "再次作废")
    with pytest.raises(ValidationError, match="必须填写理由"):
        numbering.void_number(db, nxt.id, "  ")


@pytest.mark.parametrize("bad", ["琼安委办〔2026〕012号", "琼安委办[2026]12号", "琼安委办〔26〕1号",
                                 "琼安委办〔2026〕第3号", ""])
def test_malformed_numbers_are_rejected(bad: str) -> None:
    with pytest.raises(ValidationError, match="不是规范的发文字号"):
        numbering.parse_number(bad)


def test_blank_prefix_is_rejected(db: Database) -> None:
    with pytest.raises(ValidationError, match="机关代字不能为空"):
        numbering.allocate_number(db, " ", 2026)


def test_concurrent_issue_never_duplicates(tmp_path: Path) -> None:
    """Two processes (two clerks' workstations) allocate at the same moment."""
    path = tmp_path / "shared.db"
    open_for_use(path, operator="x").close()
    script = textwrap.dedent(f"""
        import sys
        from xuncha_desktop.db.migrate import open_database
        from xuncha_desktop.services.numbering import allocate_number
        db = open_database({str(path)!r}, operator=sys.argv[1])
        for _ in range(25):
            print(allocate_number(db, "琼安委办", 2026).number, flush=True)
        db.close()
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, f"clerk{i}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(3)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    numbers = [int(x) for out, _ in outputs for x in out.split()]
    assert len(numbers) == 75
    assert sorted(numbers) == list(range(1, 76))


def test_database_itself_refuses_a_duplicate_number(db: Database) -> None:
    """Even a writer that bypasses the service cannot store the same 文号 twice."""
    from sqlalchemy.exc import IntegrityError

    numbering.allocate_number(db, "琼安委办", 2026)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO doc_number (prefix, year, number, state, void_reason, operator) "
            "VALUES ('琼安委办', 2026, 1, '已使用', '', 'x')"
        )
