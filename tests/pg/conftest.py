"""A throw-away PostgreSQL cluster for the tests, and a ``database`` fixture over both engines.

The session fixture runs ``initdb`` and ``pg_ctl`` from Debian's packages
(``/usr/lib/postgresql/*/bin``) on a free local port, as the ``postgres`` user (or ``nobody``)
when the tests run as root, and stops the cluster at the end. If the server cannot be started
the tests FAIL, unless ``XUNCHA_SKIP_POSTGRES=1`` is set; ``XUNCHA_TEST_PG_URL`` points the
tests at an existing server instead (a ``postgresql+psycopg://`` URL of a database whose user
may create databases).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.bootstrap import open_for_use

SKIP_ENV = "XUNCHA_SKIP_POSTGRES"


def _say(config: pytest.Config, text: str) -> None:
    capture = config.pluginmanager.getplugin("capturemanager")
    reporter = config.pluginmanager.getplugin("terminalreporter")
    ctx = capture.global_and_fixture_disabled() if capture else contextlib.nullcontext()
    with ctx:
        if reporter is not None:
            reporter.write_line(text)
        else:
            print(text, flush=True)


def _pg_bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    return Path(which).resolve().parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    pytest.fail("以 root 运行测试时需要 postgres 或 nobody 用户来启动 PostgreSQL。")


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """Base URL (database ``postgres``) of a running server."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1：按要求跳过 PostgreSQL 测试")
    existing = os.environ.get("XUNCHA_TEST_PG_URL")
    if existing:
        _say(request.config, f"PostgreSQL：使用已有服务器 {make_url(existing).render_as_string()}")
        yield existing
        return
    bindir = _pg_bindir()
    if bindir is None:
        pytest.fail("找不到 PostgreSQL（initdb）。请运行 scripts/setup-system.sh 安装 postgresql，"
                    f"或设置 {SKIP_ENV}=1 跳过这些测试。")
    user = _server_user()
    base = Path(tempfile.mkdtemp(prefix="xuncha-pg-"))
    data, log = base / "data", base / "server.log"
    run_as: list[str] = []
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
        run_as = ["runuser", "-u", user, "--"]
    port = _free_port()

    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*run_as, *cmd], capture_output=True, text=True, check=False,
                              timeout=120)

    version = run(str(bindir / "postgres"), "--version").stdout.strip()
    out = run(str(bindir / "initdb"), "-D", str(data), "-U", "xuncha", "--auth=trust",
              "-E", "UTF8", "--no-locale", "--no-sync")
    if out.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"initdb 失败：{out.stderr or out.stdout}")
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
    out = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
              "-w", "-t", "60", "start")
    if out.returncode != 0:
        text = log.read_text(errors="replace")[-2000:] if log.exists() else out.stderr
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL 启动失败：{text}")
    _say(request.config, f"\nPostgreSQL 已启动：{version}，127.0.0.1:{port}，数据目录 {data}"
                         f"（以 {user or '当前用户'} 身份运行）")
    try:
        yield f"postgresql+psycopg://xuncha@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        _say(request.config, f"\nPostgreSQL 已停止（127.0.0.1:{port}），临时集群已删除。")
        shutil.rmtree(base, ignore_errors=True)


def _admin(base_url: str, sql: str) -> None:
    import psycopg

    url = make_url(base_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username,
                         password=url.password, dbname=url.database or "postgres",
                         autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the server for one test."""
    name = "t_" + uuid.uuid4().hex[:16]
    _admin(pg_server, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's database lives: a SQLite file or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def database(target: str) -> Iterator[Database]:
    db = open_for_use(target, operator="测试员")
    try:
        yield db
    finally:
        db.close()
