"""Benchmark ``archive verify`` (run on demand: ``PYTHONPATH=src python benchmarks/bench_archive.py``).

An evidence archive of about 200 MB (a mix of large and small files, as photos, scans and a
video would give) is verified by the library function behind ``xuncha archive verify``, and
the same files are hashed by ``sha256sum`` (coreutils) in one subprocess. Both runs read
from the page cache (a warm-up pass first), so the figure compares hashing and file handling,
not the disk. Target: our throughput ≥ 80% of sha256sum's.

Options: ``--mb N`` (default 200), ``--rounds N`` (default 3; the best round counts).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.verify import verify_archive
from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import SYSTEM_OPERATOR
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import unit_of_work

MB = 1024 * 1024


def make_archive(folder: Path, total_mb: int) -> list[Path]:
    """Files of 40 MB, 8 MB, 1 MB and 64 KB, filling ``total_mb``; returns their paths."""
    sizes: list[int] = []
    left = total_mb * MB
    pattern = [40 * MB, 8 * MB, 8 * MB, 1 * MB, 1 * MB, 1 * MB, 64 * 1024, 64 * 1024]
    i = 0
    while left > 0:
        size = min(pattern[i % len(pattern)], left)
        sizes.append(size)
        left -= size
        i += 1
    paths = []
    for n, size in enumerate(sizes):
        data = os.urandom(size)
        sha = hashlib.sha256(data).hexdigest()
        path = blob_path(folder, sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
        if n % 20 == 0:
            print(f"  {n + 1}/{len(sizes)} 个文件……", flush=True)
    return paths


def best(fn: object, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("sha256sum") is None:
        print("找不到 sha256sum（coreutils），无法比较。", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        root = Path(tmp)
        archive = root / "bench.archive"
        print(f"生成约 {args.mb} MB 的证据文件……", flush=True)
        paths = make_archive(archive, args.mb)
        total = sum(p.stat().st_size for p in paths)
        db = open_for_use(root / "bench.db", operator=SYSTEM_OPERATOR)
        try:
            with unit_of_work(db, SYSTEM_OPERATOR) as session:
                for p in paths:
                    session.add(m.Evidence(sha256=p.name, size=p.stat().st_size,
                                           media_type="application/octet-stream"))

            def ours() -> None:
                report = verify_archive(db, archive)
                assert report.ok and report.checked == len(paths), report.render()

            list_file = root / "files.txt"
            list_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")

            def coreutils() -> None:
                with list_file.open("rb") as names:
                    subprocess.run(["xargs", "-d", "\n", "sha256sum"], stdin=names,
                                   stdout=subprocess.DEVNULL, check=True)

            ours()  # warm the page cache (and the database)
            coreutils()
            t_ours = best(ours, args.rounds)
            t_core = best(coreutils, args.rounds)
        finally:
            db.close()
    mb = total / MB
    ratio = t_core / t_ours
    print(f"{len(paths)} 个文件，{mb:.0f} MB（页缓存中），最好的一轮（共 {args.rounds} 轮）：")
    print(f"  archive verify：{t_ours * 1000:,.0f} ms（{mb / t_ours:,.0f} MB/s）")
    print(f"  sha256sum     ：{t_core * 1000:,.0f} ms（{mb / t_core:,.0f} MB/s）")
    verdict = "达到" if ratio >= 0.8 else "未达到"
    print(f"  吞吐量之比：{ratio:.2f}（目标 ≥ 0.80，{verdict}）")
    return 0 if ratio >= 0.8 else 1


if __name__ == "__main__":
    raise SystemExit(main())
