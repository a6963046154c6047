"""Paths and per-workstation settings, in one place.

Every directory can be overridden by a command-line flag or an environment variable
(``XUNCHA_DATA_DIR``, ``XUNCHA_CONFIG_DIR``, ``XUNCHA_DB``). Nothing is created at import
time: ``main()`` and the tests call :func:`resolve_paths` with their own arguments.

Office-wide settings that every workstation shares (文号代字, deadlines…) live in the
database instead: see :mod:`xuncha_desktop.services.office_settings`.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from xuncha_desktop import APP_ID
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.fsutil import atomic_write_bytes


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def default_db(self) -> Path:
        return self.data_dir / "xuncha.db"

    def ensure(self) -> None:
        for d in (self.data_dir, self.config_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  config_dir: str | os.PathLike[str] | None = None,
                  env: dict[str, str] | None = None) -> Paths:
    environ = os.environ if env is None else env
    data = Path(data_dir or environ.get("XUNCHA_DATA_DIR") or
                platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))
    conf = Path(config_dir or environ.get("XUNCHA_CONFIG_DIR") or
                platformdirs.user_config_dir(APP_ID, appauthor=False, roaming=True))
    return Paths(data_dir=data, config_dir=conf, log_dir=data / "logs")


def default_operator() -> str:
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "操作员"


@dataclass
class LocalSettings:
    """Settings of this workstation (the database location cannot live in the database)."""

    operator: str = field(default_factory=default_operator)
    db: str = ""
    backup_dir: str = ""
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 12
    archive_dir: str = ""
    fonts: dict[str, str] = field(default_factory=dict)
    last_seen: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LocalSettings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def load_settings(paths: Paths) -> LocalSettings:
    try:
        raw = paths.settings_file.read_text("utf-8")
    except FileNotFoundError:
        return LocalSettings()
    except OSError as exc:
        raise XunchaError(f"无法读取设置文件“{paths.settings_file}”：{exc.strerror}。") from exc
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError
    except ValueError:
        # A damaged settings file must not keep the app from starting; keep a copy of it.
        with contextlib.suppress(OSError):
            paths.settings_file.replace(paths.settings_file.with_suffix(".json.damaged"))
        return LocalSettings()
    return LocalSettings.from_dict(data)


def save_settings(paths: Paths, settings: LocalSettings) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    atomic_write_bytes(paths.settings_file, data)


def resolve_db(cli_value: str | None, settings: LocalSettings, paths: Paths,
               env: dict[str, str] | None = None) -> str:
    """``--db`` first, then ``XUNCHA_DB``, then the settings file, then the default file."""
    environ = os.environ if env is None else env
    return cli_value or environ.get("XUNCHA_DB") or settings.db or str(paths.default_db)
