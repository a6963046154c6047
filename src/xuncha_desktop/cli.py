"""The ``xuncha`` console command: administration and batch work without a window."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from xuncha_desktop import __version__
from xuncha_desktop.config import Paths, load_settings, resolve_db, resolve_paths
from xuncha_desktop.errors import XunchaError

if TYPE_CHECKING:
    from xuncha_desktop.db.engine import Database
    from xuncha_desktop.services.check import CheckReport

log = logging.getLogger("xuncha")

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USER_ERROR = 2
EXIT_BUG = 70


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"错误：命令参数不正确（{message}）。请运行“xuncha --help”查看用法。\n")


def build_parser() -> argparse.ArgumentParser:
    p = ChineseArgumentParser(
        prog="xuncha",
        description="巡查桌面命令行工具：管理数据库、生成演示数据、导出文件。",
    )
    p.add_argument("--version", action="version", version=f"巡查桌面 xuncha {__version__}")
    p.add_argument("--db", help="数据库文件路径或服务器地址（也可用环境变量 XUNCHA_DB）")
    p.add_argument("--data-dir", help="数据文件夹（也可用环境变量 XUNCHA_DATA_DIR）")
    p.add_argument("--config-dir", help="设置文件夹（也可用环境变量 XUNCHA_CONFIG_DIR）")
    p.add_argument("--operator", help="操作员姓名，写入审计日志（默认取设置中的操作员）")
    p.add_argument("--archive", dest="archive",
                   help="证据档案文件夹（默认：数据库文件旁的 <名称>.archive 文件夹）")
    sub = p.add_subparsers(dest="command", metavar="命令")

    demo = sub.add_parser("demo", help="在数据库中生成演示数据")
    demo.add_argument("--scale", type=int, default=1, help="问题隐患数量的倍数（默认 1）")
    demo.add_argument("--seed", type=int, default=2026, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--today", type=dt.date.fromisoformat, default=None,
                      help="以该日期为“今天”生成数据（格式 2026-07-14）")
    demo.add_argument("--force", action="store_true",
                      help="数据库已有数据时，先备份再重新生成")

    sub.add_parser("check", help="检查数据库完整性、外键、结构版本和审计日志")

    export = sub.add_parser("export", help="导出公文（Word 或 PDF），或列出可导出的内容")
    export.add_argument("kind", nargs="?", help="文书种类，例如 notice、interview-notice")
    export.add_argument("id", nargs="?", type=_id_or_all,
                        help="记录编号（见 --list）；台账 ledger 可写 ALL 导出全部问题隐患")
    export.add_argument("--list", action="store_true", help="列出可导出的文书：种类、编号、标题")
    export.add_argument("--json", action="store_true", help="与 --list 一起使用，输出 JSON")
    export.add_argument("--format", choices=["docx", "pdf", "xlsx"], default="pdf",
                        help="导出格式（xlsx 仅用于台账 ledger）")
    export.add_argument("--out", help="输出文件路径")
    export.add_argument("--issue", action="store_true",
                        help="正式发文：分配文号并登记，再导出")
    export.add_argument("--date", type=dt.date.fromisoformat, default=None,
                        help="成文日期（格式 2026-07-14，默认今天）")
    export.add_argument("--blank", action="store_true",
                        help="检查表 checklist：导出现场填写用的空白表（默认导出已填写的检查表）")
    sub.add_parser("migrate", help="把数据库结构升级到当前版本（升级前自动备份）")
    backup = sub.add_parser("backup", help="立即备份数据库（校验后保存，不影响正在使用的程序）")
    backup.add_argument("--out", help="备份文件路径（默认保存到设置中的备份文件夹）")
    restore = sub.add_parser("restore", help="从备份恢复数据库（原数据库改名保留，不会删除）")
    restore.add_argument("file", help="备份文件路径")
    sub.add_parser("repair", help="修复损坏的数据库：先备份，再重建为新文件并校验（原文件改名保留）")
    people = sub.add_parser("people", help="人员库：从 Excel 导入或导出到 Excel")
    people_sub = people.add_subparsers(dest="people_command", metavar="操作", required=True)
    people_import = people_sub.add_parser("import", help="从 Excel 导入人员库（先校验全部行）")
    people_import.add_argument("file", help="人员库工作簿（.xlsx）")
    people_import.add_argument("--valid-only", action="store_true",
                               help="有错误时只导入正确的行（默认：有任何错误则全部不导入）")
    people_import.add_argument("--errors", help="把错误清单另存为 Excel 文件")
    people_export = people_sub.add_parser("export", help="把人员库导出为 Excel（身份证号隐去中间位）")
    people_export.add_argument("file", help="输出文件（.xlsx）")
    draw = sub.add_parser("draw", help="随机抽取记录：列出或复核（重新抽取并比对）")
    draw_sub = draw.add_subparsers(dest="draw_command", metavar="操作", required=True)
    draw_sub.add_parser("list", help="列出全部抽取记录")
    draw_verify = draw_sub.add_parser("verify", help="复核抽取记录；不能复现时以非零状态退出")
    draw_verify.add_argument("id", nargs="?", type=int, help="抽取记录编号")
    draw_verify.add_argument("--all", action="store_true", help="复核全部抽取记录")
    _add_archive_parser(sub)
    trash_p = sub.add_parser("trash", help="回收站：列出、恢复或彻底删除（彻底删除仅限管理员）")
    trash_sub = trash_p.add_subparsers(dest="trash_command", metavar="操作", required=True)
    trash_sub.add_parser("list", help="列出回收站中的记录和彻底删除记录")
    trash_restore = trash_sub.add_parser("restore", help="把回收站中的记录连同关联记录原样恢复")
    trash_restore.add_argument("id", type=int, help="回收站编号（见 trash list）")
    trash_purge = trash_sub.add_parser("purge", help="彻底删除（先备份数据库，并记入删除记录）")
    trash_purge.add_argument("id", type=int, help="回收站编号（见 trash list）")
    trash_purge.add_argument("--reason", required=True, help="彻底删除的理由（必填）")
    return p


def _add_archive_parser(sub: argparse._SubParsersAction[ChineseArgumentParser]) -> None:
    archive = sub.add_parser("archive", help="证据档案：核验文件、生成归档案卷、检查案卷")
    archive_sub = archive.add_subparsers(dest="archive_command", metavar="操作", required=True)
    archive_sub.add_parser("verify", help="重新计算每个证据文件的哈希，报告缺失、改动和多余的文件")
    package = archive_sub.add_parser("package", help="生成一个巡查对象的归档案卷（zip）")
    package.add_argument("target_id", type=int, help="巡查对象编号（见 xuncha export --list notice）")
    package.add_argument("--out", required=True, help="输出文件（.zip）")
    check_package = archive_sub.add_parser(
        "check-package", help="检查归档案卷：逐个文件核对清单中的 SHA-256（不需要数据库）")
    check_package.add_argument("file", help="归档案卷文件（.zip）")
    check_package.add_argument("--max-gb", type=float, default=None,
                               help="解压后总大小上限（GB，默认 200），超过即拒绝")


def _open(args: argparse.Namespace, paths: Paths) -> Database:
    from xuncha_desktop.services.bootstrap import open_for_use

    settings = load_settings(paths)
    target = resolve_db(args.db, settings, paths)
    if target == str(paths.default_db):
        paths.ensure()
    return open_for_use(target, operator=args.operator or settings.operator,
                        backup_dir=Path(settings.backup_dir) if settings.backup_dir else None)


def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.services import demo

    if args.scale < 1 or args.scale > 1000:
        raise XunchaError("--scale 必须是 1 到 1000 之间的整数。")
    db = _open(args, paths)
    try:
        if not demo.is_empty(db):
            if not args.force:
                raise XunchaError(
                    f"数据库“{db.target.display}”中已有数据，未写入演示数据。",
                    hint="如确需覆盖，请加 --force（会先备份原文件），或用 --db 指定一个新文件。",
                )
            db = _recreate(db)

        def progress(percent: int, message: str) -> None:
            print(f"[{percent:3d}%] {message}", flush=True)

        report = demo.generate_demo(db, seed=args.seed, scale=args.scale, today=args.today,
                                    progress=progress)
        print(report.summary())
        _attach_demo_evidence(db, args, paths)
        print(f"演示数据已写入：{db.target.display}")
    finally:
        db.close()
    return EXIT_OK


def _attach_demo_evidence(db: Database, args: argparse.Namespace, paths: Paths) -> None:
    """Sample evidence (photos with EXIF, a scanned sheet, an audio clip) in the archive."""
    from xuncha_desktop.archive.samples import attach_demo_evidence

    try:
        archive_dir = _archive_dir(args, paths)
    except XunchaError as err:  # a server database without an archive folder
        print(f"未添加示例证据：{err.message}{err.hint}")
        return
    result = attach_demo_evidence(db, archive_dir, seed=args.seed,
                                  operator=args.operator or db.operator or "演示",
                                  progress=lambda message: print(message, flush=True))
    print(f"{result.summary()}，保存在证据档案文件夹：{archive_dir}")


def _recreate(db: Database) -> Database:
    from xuncha_desktop.db.migrate import backup_sqlite
    from xuncha_desktop.services.bootstrap import open_for_use

    path = db.target.path
    if path is None:
        raise XunchaError("--force 只能用于 SQLite 数据库文件；服务器数据库请由管理员清空。")
    operator = db.operator
    db.close()
    saved = backup_sqlite(path, None, "演示数据覆盖前")
    print(f"原数据库已备份到：{saved}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return open_for_use(path, operator=operator)


def cmd_check(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.services.check import run_check

    target = resolve_db(args.db, load_settings(paths), paths)
    report = run_check(target)
    _quick_archive_check(args, paths, report)
    print(report.render())
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _quick_archive_check(args: argparse.Namespace, paths: Paths, report: CheckReport) -> None:
    """``xuncha check`` part 2: every evidence file present with the right size (no hashing)."""
    import sqlite3

    from xuncha_desktop.archive.verify import quick_check
    from xuncha_desktop.db.engine import parse_target, readonly_connection

    if any(not i.ok and i.name in ("文件", "完整性检查", "读取", "结构版本") for i in report.items):
        return  # the database itself cannot be read: its problem is already reported
    path = parse_target(resolve_db(args.db, load_settings(paths), paths)).path
    if path is None:
        return
    try:
        archive_dir = _archive_dir(args, paths)
        with readonly_connection(path) as conn:
            ok, detail = quick_check(conn, archive_dir)
    except (sqlite3.DatabaseError, XunchaError) as exc:
        report.add("证据档案", False, f"无法检查：{exc}")
        return
    report.add("证据档案", ok, detail)


def cmd_migrate(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.db.migrate import head_revision

    db = _open(args, paths)
    try:
        print(f"数据库“{db.target.display}”的结构已是最新版本（{head_revision()}）。")
    finally:
        db.close()
    return EXIT_OK


def _id_or_all(text: str) -> int | str:
    if text.upper() == "ALL":
        return "ALL"
    if text.lower().startswith("batch-"):  # a batch: ``xuncha export report batch-3``
        return text.lower()
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}”不是记录编号（应为数字，台账可写 ALL，批次的巡查报告写 batch-编号）") from None


def _export_drafted(db: Database, args: argparse.Namespace) -> int | None:
    """``feedback``/``report``/``annual-report``: the ID (``batch-3`` for a batch report) to
    the register's source id; ``annual-report YEAR --format xlsx`` writes the 考核 table.
    Returns an exit code when done here, None to go on with the common export."""
    from xuncha_desktop.documents import drafted

    if args.kind not in drafted.DRAFTED_KINDS:
        if isinstance(args.id, str) and args.id != "ALL":
            raise XunchaError(f"“{args.id}”只能用于巡查报告（report）。")
        return None
    args.id = drafted.parse_source(args.kind, args.id)
    if args.format != "xlsx":
        return None
    if args.kind != drafted.ANNUAL:
        raise XunchaError("只有台账（ledger）和年度报告的考核情况表（annual-report）可以导出为 xlsx。")
    from xuncha_desktop.documents.assessment_xlsx import export_assessment

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise XunchaError(f"输出文件“{out.name}”的扩展名应为 .xlsx。")
    result = export_assessment(db, args.id, out, today=args.date)
    print(f"已写入考核情况表：{result.path}（{result.rows} 个市县，SHA-256 {result.sha256}）")
    return EXIT_OK


def _export_ledger(db: Database, args: argparse.Namespace, paths: Paths) -> int:
    """``xuncha export ledger ALL|PLAN_ID --format xlsx|pdf --out PATH``."""
    from xuncha_desktop.documents.fonts import resolve_fonts
    from xuncha_desktop.documents.ledger import export_ledger

    fmt = args.format
    out = Path(args.out)
    if out.suffix.lower() != "." + fmt:
        raise XunchaError(f"输出文件“{out.name}”的扩展名应为 .{fmt}。")
    if fmt not in ("xlsx", "pdf"):
        raise XunchaError("台账只能导出为 Excel（--format xlsx）或 PDF（--format pdf）。")
    fonts = resolve_fonts(load_settings(paths).fonts) if fmt == "pdf" else None
    plan_id = None if args.id == "ALL" else int(args.id)
    result = export_ledger(db, plan_id, fmt, out, fonts=fonts, today=args.date)
    print(f"已写入：{result.path}（{result.rows} 项问题隐患，SHA-256 {result.sha256}）")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    import json

    from xuncha_desktop.documents import issue as issuing
    from xuncha_desktop.documents.fonts import resolve_fonts
    from xuncha_desktop.services import document_data

    db = _open(args, paths)
    try:
        if args.list:
            rows = document_data.list_exportables(db, args.kind, today=args.date)
            if args.json:
                print(json.dumps([{"kind": r.kind, "title": r.title,  # a batch: "batch-3"
                                   "id": r.id if r.id >= 0 else document_data.display_id(
                                       r.kind, r.id)} for r in rows],
                                 ensure_ascii=False, indent=2))
            else:
                for r in rows:
                    print(f"{r.kind}\t{document_data.display_id(r.kind, r.id)}\t{r.title}")
                print(f"共 {len(rows)} 项。")
            return EXIT_OK
        if not args.kind or args.id is None or not args.out:
            raise XunchaError(
                "请指定要导出的文书种类、编号和输出文件。",
                hint="用法：xuncha export KIND ID --format docx|pdf --out 文件路径；"
                     "用 xuncha export --list 查看可导出的内容。",
            )
        if args.kind == "ledger":
            return _export_ledger(db, args, paths)
        done = _export_drafted(db, args)
        if done is not None:
            return done
        if args.id == "ALL" or args.format == "xlsx":
            raise XunchaError("只有台账（ledger）可以写 ALL 或导出为 xlsx。")
        out = Path(args.out)
        expected = "." + args.format
        if out.suffix.lower() != expected:
            raise XunchaError(f"输出文件“{out.name}”的扩展名应为 {expected}。")
        fonts = resolve_fonts(load_settings(paths).fonts)
        if args.kind == "checklist":  # not a 公文: no 文号, exported from current data
            result = issuing.export_draft(db, "checklist", args.id, args.format, out, fonts,
                                          blank=args.blank)
            for warning in result.warnings:
                print(f"提示：{warning}", file=sys.stderr)
            print(f"已写入：{result.path}（SHA-256 {result.sha256}）")
            return EXIT_OK
        # checks kind and id before writing
        issuing.build_document(db, args.kind, args.id, date=args.date)
        if args.issue:
            row = issuing.issue(db, args.kind, args.id, date=args.date)
            result = issuing.export_issued(db, row.id, args.format, out, fonts)
            print(f"已发文：{row.number}，{row.subject}")
        else:
            existing = issuing.latest_issued(db, args.kind, args.id)
            if existing is not None:
                result = issuing.export_issued(db, existing.id, args.format, out, fonts)
                print(f"按已登记的发文 {existing.number} 重新导出（内容与发文时一致）。")
            else:
                result = issuing.export_draft(db, args.kind, args.id, args.format, out, fonts,
                                              date=args.date)
                print("尚未发文，导出的是草稿（没有文号）；正式发文请加 --issue。")
        for warning in result.warnings:
            print(f"提示：{warning}", file=sys.stderr)
        print(f"已写入：{result.path}（SHA-256 {result.sha256}）")
    finally:
        db.close()
    return EXIT_OK


def _archive_override(args: argparse.Namespace) -> Path | None:
    """The ``--archive DIR`` option as a path (``None`` when not given)."""
    return Path(args.archive).expanduser().absolute() if args.archive else None


def cmd_backup(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.db.engine import parse_target
    from xuncha_desktop.services import backups

    settings = load_settings(paths)
    db_path = backups.sqlite_path(parse_target(resolve_db(args.db, settings, paths)))
    cfg = backups.backup_settings(settings, db_path, _archive_override(args))
    info = backups.back_up(db_path, cfg, out=Path(args.out) if args.out else None)
    print(f"已备份并通过完整性检查：{backups.describe_backup(info)}")
    if info.manifest.exists():
        print(f"证据档案清单：{info.manifest}")
    print(backups.ARCHIVE_NOTE)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.db.engine import parse_target
    from xuncha_desktop.db.safety import WriterLock
    from xuncha_desktop.services import backups

    settings = load_settings(paths)
    db_path = backups.sqlite_path(parse_target(resolve_db(args.db, settings, paths)))
    cfg = backups.backup_settings(settings, db_path, _archive_override(args))
    with WriterLock(db_path):
        result = backups.restore(Path(args.file).expanduser().absolute(), db_path, cfg)
    print(backups.describe_restore(result))
    return EXIT_OK


def cmd_repair(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.db.engine import parse_target, preflight
    from xuncha_desktop.db.safety import WriterLock
    from xuncha_desktop.services import backups

    settings = load_settings(paths)
    db_path = backups.sqlite_path(parse_target(resolve_db(args.db, settings, paths)))
    if not preflight(db_path):
        print(f"错误：数据库文件“{db_path}”不存在或为空，无需修复。", file=sys.stderr)
        return EXIT_USER_ERROR
    cfg = backups.backup_settings(settings, db_path)
    with WriterLock(db_path):
        result = backups.repair(db_path, cfg, progress=lambda what: print(what, flush=True))
    print(backups.describe_repair(result))
    return EXIT_PROBLEM if result.lost else EXIT_OK


def cmd_people(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.services import people_io

    db = _open(args, paths)
    try:
        if args.people_command == "export":
            n = people_io.export_pool(db, Path(args.file))
            print(f"已导出 {n} 人：{args.file}（身份证号已隐去中间位）")
            return EXIT_OK
        preview = people_io.read_pool_file(db, Path(args.file))
        print(preview.summary())
        for e in preview.errors:
            print(e.text, file=sys.stderr)
        if args.errors and preview.errors:
            people_io.save_errors(preview.errors, Path(args.errors))
            print(f"错误清单已保存：{args.errors}")
        if preview.errors and not args.valid_only:
            print("有错误，人员库没有改动。改正后重新导入，或加 --valid-only 只导入正确的行。",
                  file=sys.stderr)
            return EXIT_PROBLEM
        result = people_io.apply_import(db, preview, valid_only=args.valid_only,
                                        operator=args.operator)
        print(result.text)
    finally:
        db.close()
    return EXIT_OK


def cmd_draw(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.services import draws

    db = _open(args, paths)
    try:
        if args.draw_command == "list":
            rows = draws.list_draws(db)
            for r in rows:
                print(f"{r.id}\t{r.at:%Y-%m-%d %H:%M}\t{r.team}\t{r.role}×{r.places}\t"
                      f"种子 {r.seed}\t候选 {r.candidates} 人\t{r.operator}\t{r.chosen}")
            print(f"共 {len(rows)} 条抽取记录。")
            return EXIT_OK
        if args.all == (args.id is not None):
            raise XunchaError("请给出一个抽取记录编号，或使用 --all 复核全部。",
                              hint="用法：xuncha draw verify ID 或 xuncha draw verify --all")
        checks = draws.verify_all(db) if args.all else [draws.verify_draw(db, args.id)]
        failed = [c for c in checks if not c.ok]
        for c in checks:
            print(c.text, file=sys.stderr if not c.ok else sys.stdout)
        print(f"共复核 {len(checks)} 条，通过 {len(checks) - len(failed)} 条，"
              f"未通过 {len(failed)} 条。")
        return EXIT_PROBLEM if failed else EXIT_OK
    finally:
        db.close()


def _archive_dir(args: argparse.Namespace, paths: Paths) -> Path:
    """``--archive``, then the setting ``archive_dir``, then ``<db name>.archive`` beside it."""
    from xuncha_desktop.archive.layout import resolve_archive_dir
    from xuncha_desktop.db.engine import parse_target

    settings = load_settings(paths)
    target = parse_target(resolve_db(args.db, settings, paths))
    return resolve_archive_dir(target, settings.archive_dir, args.archive)


def _percent_printer(what: str) -> Callable[..., None] | None:
    """Progress every 10% on a terminal's stderr (nothing when the output is redirected)."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def tick(done: int, total: int, *_rest: object) -> None:
        step = 100 if total <= 0 else done * 10 // total * 10
        if step != shown[0]:
            shown[0] = step
            print(f"[{step:3d}%] 正在{what}……", file=sys.stderr, flush=True)

    return tick


def cmd_archive(args: argparse.Namespace, paths: Paths) -> int:
    """``xuncha archive verify | package TARGET_ID --out FILE.zip | check-package FILE.zip``."""
    if args.archive_command == "check-package":
        from xuncha_desktop.archive.package import Limits, check_package

        limits = Limits() if args.max_gb is None else Limits.with_total_gb(args.max_gb)
        check = check_package(Path(args.file), limits=limits)
        for item in check.problems:
            print(item.text, file=sys.stderr)
        print(check.summary())
        return EXIT_OK if check.ok else EXIT_PROBLEM
    archive_dir = _archive_dir(args, paths)
    db = _open(args, paths)
    try:
        if args.archive_command == "verify":
            from xuncha_desktop.archive.verify import verify_archive

            report = verify_archive(db, archive_dir, progress=_percent_printer("核验"))
            print(f"证据档案文件夹：{archive_dir}")
            for problem in report.problems:
                print(problem.text, file=sys.stderr)
            print(report.summary())
            return EXIT_OK if report.ok else EXIT_PROBLEM
        from xuncha_desktop.archive.package import build_package
        from xuncha_desktop.documents.fonts import resolve_fonts

        out = Path(args.out)
        if out.suffix.lower() != ".zip":
            raise XunchaError(f"输出文件“{out.name}”的扩展名应为 .zip。")
        fonts = resolve_fonts(load_settings(paths).fonts or None)
        result = build_package(db, args.target_id, out, archive_dir, fonts,
                               progress=_percent_printer("生成"))
        for warning in result.warnings:
            print(f"提示：{warning}", file=sys.stderr)
        print(result.summary())
    finally:
        db.close()
    return EXIT_OK


def cmd_trash(args: argparse.Namespace, paths: Paths) -> int:
    from xuncha_desktop.services import trash

    db = _open(args, paths)
    try:
        if args.trash_command == "list":
            rows = trash.list_trash(db)
            for r in rows:
                print(f"{r.id}\t{r.kind}\t{r.title}\t{r.deleted_by}\t"
                      f"{r.deleted_at:%Y-%m-%d %H:%M}\t{r.reason or '—'}\t{r.rows} 条数据")
            print(f"回收站中共 {len(rows)} 项。")
            logs = trash.list_purge_log(db)
            if logs:
                print(f"彻底删除记录 {len(logs)} 条：")
                for g in logs:
                    print(f"  {g.kind}\t{g.title}\t删除 {g.deleted_by} {g.deleted_at:%Y-%m-%d}\t"
                          f"清除 {g.purged_by} {g.purged_at:%Y-%m-%d %H:%M}\t{g.reason}\t"
                          f"SHA-256 {g.payload_sha256}")
            return EXIT_OK
        if args.trash_command == "restore":
            print(trash.restore(db, args.id).text)
            return EXIT_OK
        settings = load_settings(paths)
        result = trash.purge(
            db, args.id, args.reason,
            backup_dir=Path(settings.backup_dir).expanduser() if settings.backup_dir else None,
            archive_dir=Path(settings.archive_dir).expanduser() if settings.archive_dir else None,
        )
        print(result.text)
        return EXIT_OK
    finally:
        db.close()


COMMANDS = {"people": cmd_people, "draw": cmd_draw, "demo": cmd_demo, "check": cmd_check, "migrate": cmd_migrate, "export": cmd_export,
            "backup": cmd_backup, "restore": cmd_restore, "repair": cmd_repair,
            "archive": cmd_archive, "trash": cmd_trash}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USER_ERROR
    paths = resolve_paths(args.data_dir, args.config_dir)
    try:
        return COMMANDS[args.command](args, paths)
    except XunchaError as err:
        print(f"错误：{err}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (``xuncha export --list | head``)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except Exception:
        log_file = _write_crash_log(paths)
        print(
            "程序内部错误，操作未完成。详细信息已写入日志："
            f"{log_file}\n请把该文件发给技术支持人员。",
            file=sys.stderr,
        )
        return EXIT_BUG


def _write_crash_log(paths: Paths) -> Path | str:
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        log_file = paths.log_dir / "xuncha-cli.log"
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(f"\n=== {dt.datetime.now().isoformat(timespec='seconds')} "
                     f"xuncha {__version__} {' '.join(sys.argv[1:])}\n")
            fh.write(traceback.format_exc())
        return log_file
    except OSError:
        return "（日志无法写入）"


if __name__ == "__main__":
    raise SystemExit(main())
