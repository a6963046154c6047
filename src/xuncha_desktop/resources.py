"""Locate files shipped in ``resources/`` (inside the wheel, or beside ``src/`` in a checkout)."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def resources_dir() -> Path:
    packaged = _PKG / "resources"
    if packaged.is_dir():
        return packaged
    checkout = _PKG.parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("找不到程序资源目录 resources/，安装可能不完整，请重新安装巡查桌面。")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
