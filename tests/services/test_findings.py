"""The closed loop of a finding: every legal and illegal transition, colours, conflicts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, StateError, ValidationError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)
LATER = TODAY + dt.timedelta(days=20)
ASSIGNMENT = fs.Assignment("三亚市应急管理局", "立即整改并书面报告", LATER, "王五")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=7, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "f.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="测试")
    yield database
    database.close()


def finding_in(db: Database, state: str, major: bool | None = None) -> int:
    stmt = select(m.Finding.id).join(m.FindingKind).where(m.Finding.state == state)
    if major is not None:
        stmt = stmt.where(m.FindingKind.is_major.is_(major))
    with read_session(db) as s:
        fid = s.scalar(stmt.order_by(m.Finding.id).limit(1))
    assert fid is not None
    return fid


def new_finding(db: Database, major: bool = False) -> int:
    """A fresh 已发现 finding (major or not) found ten days ago."""
    with unit_of_work(db, "测试") as s:
        kind = s.scalar(select(m.FindingKind).where(m.FindingKind.is_major.is_(major)))
        region = s.scalar(select(m.Region).order_by(m.Region.id))
        assert kind is not None and region is not None
        f = m.Finding(code=f"T-{major}-{dt.datetime.now().timestamp()}", region_id=region.id,
                      kind_id=kind.id, description="消防通道被占用", found_on=TODAY
                      - dt.timedelta(days=10), found_by="李四")
        s.add(f)
        s.flush()
        s.add(m.FindingTransition(finding_id=f.id, from_state=None, to_state="已发现",
                                  operator="李四", at=dt.datetime(2026, 7, 4, 9)))
        return f.id


def detail(db: Database, fid: int) -> fs.FindingDetail:
    return fs.finding_detail(db, fid, TODAY)


def to_state(db: Database, fid: int, state: str) -> None:
    """Drive a new finding along the happy path up to ``state``."""
    steps = [
        ("已交办", lambda: fs.assign(db, fid, ASSIGNMENT, today=TODAY)),
        ("整改中", lambda: fs.start(db, fid)),
        ("待核查", lambda: fs.report(db, fid, "已清理通道，附照片")),
        ("已销号", lambda: (fs.verify(db, fid, True), fs.close(db, fid))),
    ]
    for reached, step in steps:
        if detail(db, fid).state == state:
            return
        step()
        assert detail(db, fid).state == reached


ALL_ACTIONS = {
    fs.ASSIGN: lambda db, f: fs.assign(db, f, ASSIGNMENT, today=TODAY),
    fs.START: lambda db, f: fs.start(db, f),
    fs.REPORT: lambda db, f: fs.report(db, f, "整改完成"),
    fs.VERIFY_PASS: lambda db, f: fs.verify(db, f, True),
    fs.VERIFY_FAIL: lambda db, f: fs.verify(db, f, False, "未整改到位", new_deadline=LATER,
                                            today=TODAY),
    fs.CLOSE: lambda db, f: fs.close(db, f),
    fs.REOPEN: lambda db, f: fs.reopen(db, f, "复查发现反弹", LATER, today=TODAY),
}
EXPECTED = {  # action → (from, to)
    fs.ASSIGN: ("已发现", "已交办"),
    fs.START: ("已交办", "整改中"),
    fs.REPORT: ("整改中", "待核查"),
    fs.VERIFY_PASS: ("待核查", "待核查"),
    fs.VERIFY_FAIL: ("待核查", "整改中"),
    fs.CLOSE: ("待核查", "已销号"),
    fs.REOPEN: ("已销号", "整改中"),
}


@pytest.mark.parametrize("state", m.FINDING_STATES)
def test_every_action_in_every_state(db: Database, state: str) -> None:
    for action, run in ALL_ACTIONS.items():
        fid = new_finding(db)
        to_state(db, fid, state)
        if state == "待核查" and action == fs.CLOSE:
            fs.verify(db, fid, True)
        before = detail(db, fid)
        legal = EXPECTED[action][0] == state
        if legal:
            run(db, fid)
            after = detail(db, fid)
            assert after.state == EXPECTED[action][1]
            assert after.version > before.version
            last = after.timeline[-1]
            assert (last.event, last.from_state, last.to_state) == (
                action, state, EXPECTED[action][1])
            assert last.operator == "测试"
        else:
            with pytest.raises(StateError) as err:
                run(db, fid)
            assert f"当前为“{state}”" in err.value.message
            after = detail(db, fid)
            assert (after.state, after.version, len(after.timeline)) == (
                before.state, before.version, len(before.timeline))


def test_full_loop_with_failed_verification_keeps_the_timeline(db: Database) -> None:
    fid = new_finding(db)
    fs.assign(db, fid, ASSIGNMENT, today=TODAY)
    fs.start(db, fid, note="已制定方案")
    fs.report(db, fid, "已清理")
    fs.verify(db, fid, False, "仍有杂物堆放", new_deadline=TODAY + dt.timedelta(days=5),
              today=TODAY)
    d = detail(db, fid)
    assert (d.state, d.deadline) == ("整改中", TODAY + dt.timedelta(days=5))
    fs.report(db, fid, "已彻底清理")
    fs.verify(db, fid, True, "现场核查到位")
    fs.close(db, fid, closed_on=TODAY)
    d = detail(db, fid)
    assert (d.state, d.closed_on, d.deadline_status) == ("已销号", TODAY, "已销号")
    assert [e.event for e in d.timeline] == [
        "登记", "交办", "开始整改", "报告整改完成", "核查未通过", "报告整改完成", "核查通过", "销号"]
    assert d.timeline[4].note == "仍有杂物堆放"
    assert d.timeline[4].deadline == TODAY + dt.timedelta(days=5)
    assert d.timeline[6].note == "现场核查到位"


def test_report_needs_text_and_close_needs_verification(db: Database) -> None:
    fid = new_finding(db)
    to_state(db, fid, "整改中")
    with pytest.raises(ValidationError, match="整改情况报告"):
        fs.report(db, fid, "   ")
    assert detail(db, fid).state == "整改中"
    fs.report(db, fid, "整改完成")
    with pytest.raises(StateError, match="尚未核查通过"):
        fs.close(db, fid)
    assert fs.CLOSE not in detail(db, fid).actions()
    # a pass before a failed check and a new report does not count
    fs.verify(db, fid, True)
    fs.verify(db, fid, False, "复核不合格", new_deadline=LATER, today=TODAY)
    fs.report(db, fid, "再次整改完成")
    with pytest.raises(StateError, match="尚未核查通过"):
        fs.close(db, fid)
    with pytest.raises(ValidationError, match="原因"):
        fs.verify(db, fid, False, "", new_deadline=LATER, today=TODAY)


def test_past_deadline_needs_confirmation(db: Database) -> None:
    fid = new_finding(db)
    past = fs.Assignment("某镇政府", "整改", TODAY - dt.timedelta(days=1))
    with pytest.raises(fs.PastDeadlineError, match="早于今天"):
        fs.assign(db, fid, past, today=TODAY)
    assert detail(db, fid).state == "已发现"
    fs.assign(db, fid, past, today=TODAY, confirm_past=True)
    assert detail(db, fid).deadline_status == "逾期"
    with pytest.raises(ValidationError, match="责任单位"):
        fs.assign(db, new_finding(db), fs.Assignment(" ", "整改", LATER), today=TODAY)


def test_reopen_after_close(db: Database) -> None:
    fid = new_finding(db)
    to_state(db, fid, "已销号")
    with pytest.raises(ValidationError, match="理由"):
        fs.reopen(db, fid, "", LATER, today=TODAY)
    fs.reopen(db, fid, "群众举报隐患反弹", LATER, today=TODAY)
    d = detail(db, fid)
    assert (d.state, d.closed_on, d.deadline) == ("整改中", None, LATER)
    assert d.timeline[-1].event == "重新打开"
    assert d.timeline[-1].note == "群众举报隐患反弹"
    fs.report(db, fid, "再次整改完成")
    fs.verify(db, fid, True)
    fs.close(db, fid)
    assert detail(db, fid).state == "已销号"


def test_extension_needs_reason_and_is_kept(db: Database) -> None:
    fid = new_finding(db)
    to_state(db, fid, "已交办")
    with pytest.raises(ValidationError, match="延期理由"):
        fs.extend_deadline(db, fid, LATER + dt.timedelta(days=10), "")
    with pytest.raises(ValidationError, match="晚于原期限"):
        fs.extend_deadline(db, fid, LATER, "需要更多时间")
    fs.extend_deadline(db, fid, LATER + dt.timedelta(days=10), "受台风影响")
    d = detail(db, fid)
    assert d.deadline == LATER + dt.timedelta(days=10)
    assert d.timeline[-1].event == "延期"
    assert "受台风影响" in d.timeline[-1].note
    with read_session(db) as s:
        ext = s.scalars(select(m.DeadlineExtension).where(
            m.DeadlineExtension.finding_id == fid)).one()
        assert (ext.old_deadline, ext.new_deadline) == (LATER, LATER + dt.timedelta(days=10))


def test_five_plan_and_supervision_for_major_hazards_only(db: Database) -> None:
    minor = new_finding(db, major=False)
    with pytest.raises(StateError, match="不是重大事故隐患"):
        fs.supervise(db, minor, "省级", "省安委办", TODAY)
    fid = new_finding(db, major=True)
    to_state(db, fid, "已交办")
    plan = fs.FivePlan("局长负责", "停产整改", "50万元", "9月底前", "应急预案已备案")
    fs.save_plan(db, fid, plan)
    fs.supervise(db, fid, "省级", "海南省安全生产委员会办公室", TODAY)
    d = detail(db, fid)
    assert d.plan == plan and d.supervised and fs.UNSUPERVISE in d.actions()
    assert d.timeline[-1].event == "挂牌督办"
    with pytest.raises(StateError, match="已在省级挂牌督办"):
        fs.supervise(db, fid, "省级", "x", TODAY)
    fs.unsupervise(db, fid, TODAY + dt.timedelta(days=1), "隐患已消除")
    d = detail(db, fid)
    assert not d.supervised and d.unsupervised_on == TODAY + dt.timedelta(days=1)
    assert d.timeline[-1].event == "摘牌"
    with pytest.raises(ValidationError, match="督办级别"):
        fs.supervise(db, fid, "国家级", "x", TODAY)


@pytest.mark.parametrize(
    ("state", "deadline", "since", "expected"),
    [
        ("已发现", None, None, "正常"),
        ("整改中", dt.date(2026, 7, 13), dt.date(2026, 7, 1), "逾期"),
        ("整改中", dt.date(2026, 7, 14), dt.date(2026, 7, 1), "即将到期"),  # due today
        ("整改中", dt.date(2026, 7, 17), dt.date(2026, 7, 1), "即将到期"),  # 3 days
        ("整改中", dt.date(2026, 7, 18), dt.date(2026, 6, 1), "正常"),  # reported progress
        ("已交办", dt.date(2026, 7, 18), dt.date(2026, 6, 1), "进度滞后"),  # 43 of 47 days
        ("已交办", dt.date(2026, 8, 13), dt.date(2026, 6, 14), "正常"),  # exactly half
        ("已交办", dt.date(2026, 8, 12), dt.date(2026, 6, 14), "进度滞后"),  # over half
        ("已销号", dt.date(2026, 1, 1), dt.date(2025, 12, 1), "已销号"),
    ],
)
def test_deadline_colours_on_fixed_dates(state: str, deadline: dt.date | None,
                                         since: dt.date | None, expected: str) -> None:
    assert fs.deadline_status(state, deadline, since, TODAY) == expected


def test_sql_colours_agree_with_python(db: Database) -> None:
    q = fs.FindingListQuery(TODAY)
    rows = q.page(db, 0, 5000)
    colours = {r.deadline_status for r in rows}
    assert {"逾期", "即将到期", "进度滞后", "正常", "已销号"} <= colours
    for r in rows[::7]:
        assert detail(db, r.id).deadline_status == r.deadline_status
    behind = q.page(db, 0, 5000, flt=fs.FindingFilter(deadline_status="进度滞后"))
    assert behind and all(r.state == "已交办" for r in behind)
    assert q.total(db, fs.FindingFilter(deadline_status="进度滞后")) == len(behind)


def test_behind_share_is_a_setting(db: Database) -> None:
    assert fs.load_behind_share(db) == 0.5
    fs.save_behind_share(db, 0.8)
    assert fs.load_behind_share(db) == 0.8
    with pytest.raises(ValidationError):
        fs.save_behind_share(db, 1.5)


def test_concurrent_edits_are_detected(db: Database) -> None:
    fid = new_finding(db)
    other = open_for_use(db.target.path, operator="另一位")  # a second workstation
    try:
        seen_here = detail(db, fid).version
        seen_there = fs.finding_detail(other, fid, TODAY).version
        fs.assign(db, fid, ASSIGNMENT, expected_version=seen_here, today=TODAY)
        second = fs.Assignment("别的单位", "别的要求", LATER + dt.timedelta(days=3))
        with pytest.raises(ConflictError, match="已被其他人修改"):
            fs.assign(other, fid, second, expected_version=seen_there, today=TODAY)
        with pytest.raises(ConflictError):
            fs.extend_deadline(other, fid, LATER + dt.timedelta(days=9), "x",
                               expected_version=seen_there)
    finally:
        other.close()
    d = detail(db, fid)
    assert (d.responsible_unit, d.requirement, d.deadline) == (
        "三亚市应急管理局", "立即整改并书面报告", LATER)
    assert [e.event for e in d.timeline] == ["登记", "交办"]


def test_batch_assign_is_all_or_nothing(db: Database) -> None:
    a, b, c = new_finding(db), new_finding(db), new_finding(db)
    to_state(db, c, "已交办")
    with pytest.raises(StateError):
        fs.assign_many(db, [a, b, c], ASSIGNMENT, today=TODAY)
    assert detail(db, a).state == detail(db, b).state == "已发现"
    assert fs.assign_many(db, [a, b], ASSIGNMENT, today=TODAY) == 2
    assert {detail(db, x).responsible_unit for x in (a, b)} == {"三亚市应急管理局"}


def test_fell_due_since(db: Database) -> None:
    fid = new_finding(db)
    fs.assign(db, fid, fs.Assignment("某单位", "整改", dt.date(2026, 7, 10)), today=TODAY,
              confirm_past=True)
    summary = fs.fell_due_since(db, dt.date(2026, 7, 9), TODAY)
    assert summary.count >= 1
    assert "2026年7月9日" in summary.message()
    nothing = fs.fell_due_since(db, TODAY, TODAY)
    assert nothing.count == 0 and nothing.message() == ""
    everything = fs.fell_due_since(db, None, TODAY)
    assert everything.count >= summary.count


def test_search_matches_wildcards_and_quotes_literally(db: Database) -> None:
    texts = (("W-1", "库房 100% 堆满"), ("W-2", "库房 100 堆满"),
             ("W-3", "O'Brien 仓库_A"), ("W-4", "仓库xA 路径 C:\\temp"))
    ids = [new_finding(db) for _ in texts]
    with unit_of_work(db, "测试") as s:
        for fid, (code, text) in zip(ids, texts, strict=True):
            f = s.get(m.Finding, fid)
            assert f is not None
            f.code, f.description = code, text
    q = fs.FindingListQuery(TODAY)

    def codes(text: str) -> list[str]:
        return [r.code for r in q.page(db, 0, 100, flt=fs.FindingFilter(text=text))]

    assert codes("100%") == ["W-1"]
    assert codes("O'Brien") == ["W-3"]
    assert codes("库_A") == ["W-3"]
    assert codes("C:\\temp") == ["W-4"]
    assert codes("%") == ["W-1"]
    assert codes("' OR 1=1 --") == []
