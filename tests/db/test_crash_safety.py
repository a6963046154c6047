"""Crash safety: a writer killed with SIGKILL at random moments, 200 times, loses nothing.

A "zygote" child process imports the application once and forks a worker for each round (so
200 rounds take a minute or two). The worker writes records with children through the
services layer and prints each id after its commit. The test kills the worker at a random
moment, then reopens the file: integrity_check is ok, foreign_key_check is empty, and every
id printed before the kill is present.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from xuncha_desktop.services.bootstrap import open_for_use

ROUNDS = 200

ZYGOTE = r"""
import os, sys
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services.uow import unit_of_work
from sqlalchemy.orm import configure_mappers

path = sys.argv[1]
configure_mappers()  # once, before forking: not again in every worker

def work() -> None:
    db = open_database(path, operator="崩溃测试")
    with unit_of_work(db) as s:
        region = s.query(m.Region).first().id
        sectors = [x.id for x in s.query(m.Sector).limit(3)]
    os.write(1, b"ready\n")
    n = 0
    while True:
        n += 1
        with unit_of_work(db) as s:
            p = m.Person(name=f"测试{os.getpid()}-{n}", gender="男", unit="省应急管理厅",
                         home_region_id=region, note="x" * (n % 7) * 300)
            s.add(p)
            s.flush()
            for sector in sectors:
                s.add(m.PersonSector(person_id=p.id, sector_id=sector))
            pid = p.id
        os.write(1, f"id {pid}\n".encode())

for line in sys.stdin:
    child = os.fork()
    if child == 0:
        try:
            work()
        finally:
            os._exit(1)
    os.write(1, f"pid {child}\n".encode())
    os.waitpid(child, 0)
    os.write(1, f"dead {child}\n".encode())
"""


def _readline(proc: subprocess.Popen[bytes], buf: bytearray, timeout: float) -> str:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise AssertionError("子进程没有按时输出")
        chunk = os.read(fd, 65536)
        if not chunk:
            raise AssertionError("子进程意外退出")
        buf.extend(chunk)
    line, _, rest = bytes(buf).partition(b"\n")
    buf[:] = rest
    return line.decode()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="需要 fork（Linux 测试机）")
def test_sigkill_at_random_moments_loses_no_committed_record(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    open_for_use(path, operator="准备").close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env)
    assert zygote.stdin is not None
    rng = random.Random(20260714)
    printed: set[int] = set()
    buf = bytearray()
    try:
        for round_no in range(ROUNDS):
            zygote.stdin.write(b"go\n")
            zygote.stdin.flush()
            line = _readline(zygote, buf, 30)
            assert line.startswith("pid "), line
            worker = int(line.split()[1])
            # Some kills land while the worker opens the file, most in the middle of writes
            # (counted from when the worker is ready, so a slow machine does not turn every
            # round into a kill during start-up).
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                line = _readline(zygote, buf, 30)
                assert line == "ready", line
                time.sleep(rng.uniform(0.0, 0.45))
            os.kill(worker, signal.SIGKILL)
            while not line.startswith("dead "):
                line = _readline(zygote, buf, 30)
                if line.startswith("id "):
                    printed.add(int(line.split()[1]))
                elif line == f"dead {worker}":
                    break
            with contextlib.closing(sqlite3.connect(path)) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], round_no
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], round_no
                present = {r[0] for r in conn.execute("SELECT id FROM person")}
                children = {r[0] for r in conn.execute("SELECT DISTINCT person_id FROM person_sector")}
            missing = printed - present
            assert not missing, f"第 {round_no + 1} 次强制结束后丢失了已提交的记录：{sorted(missing)[:5]}"
            assert printed <= children
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        assert zygote.stdout is not None
        zygote.stdout.close()
    assert len(printed) > ROUNDS  # the kills really landed between many commits
