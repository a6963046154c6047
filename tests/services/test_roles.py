"""Roles are enforced by the services (one flush hook), not only by the screens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import crud, findings, roles, trash, wording
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.roles import PermissionDenied
from xuncha_desktop.services.uow import read_session, unit_of_work

HINT = "请联系管理员在 工具 → 操作员与权限 中调整。"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_for_use(tmp_path / "t.db", operator="王小明")
    cycle = crud.create(database, m.Cycle, {"name": "周期", "start_year": 2025})
    crud.create(database, m.Plan, {"cycle_id": cycle.id, "year": 2026, "title": "2026年计划"})
    crud.create(database, m.Finding, {"code": "F-1", "region_id": 1, "kind_id": 1,
                                      "description": "储罐区未设置围堰",
                                      "found_on": dt.date(2026, 3, 1)})
    yield database
    database.close()


def _finding(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Finding.id).where(m.Finding.code == "F-1")))


def _plan(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Plan.id)))


def _team(db: Database) -> None:
    roles.save_operator(db, "王小明", "王小明", roles.ADMIN)
    roles.save_operator(db, "clerk", "张三", roles.OFFICE)
    roles.save_operator(db, "lead", "李四", roles.LEAD)
    roles.save_operator(db, "viewer", "赵六", roles.READ_ONLY)


def test_without_operators_everyone_is_admin(db: Database) -> None:
    role = roles.current_role(db, "随便谁")
    assert role.is_admin and not role.configured
    crud.update(db, m.Finding, _finding(db), {"found_by": "随便谁"}, operator="随便谁")
    crud.create(db, m.Setting, {"key": "x", "value": "1"}, operator="随便谁")
    assert crud.get(db, m.Finding, _finding(db)).found_by == "随便谁"


def test_read_only_cannot_write_anything(db: Database) -> None:
    _team(db)
    fid = _finding(db)
    with pytest.raises(PermissionDenied) as err:
        crud.update(db, m.Finding, fid, {"description": "改了"}, operator="viewer")
    assert err.value.message == "当前操作员“赵六”（只读）无权修改问题隐患。"
    assert err.value.hint == HINT
    assert crud.get(db, m.Finding, fid).description == "储罐区未设置围堰"
    with pytest.raises(PermissionDenied, match="无权修改巡查计划"):
        crud.update(db, m.Plan, _plan(db), {"note": "x"}, operator="viewer")
    with pytest.raises(PermissionDenied, match="无权修改问题隐患"):
        crud.delete(db, m.Finding, fid, operator="viewer")
    assert trash.list_trash(db) == []


def test_team_lead_edits_findings_not_plans(db: Database) -> None:
    _team(db)
    fid = _finding(db)
    findings.assign(db, fid, findings.Assignment("海口市应急管理局", "立即整改", dt.date.today() + dt.timedelta(days=30)),
                    operator="lead")
    assert crud.get(db, m.Finding, fid).state == "已交办"
    with pytest.raises(PermissionDenied) as err:
        crud.update(db, m.Plan, _plan(db), {"note": "x"}, operator="lead")
    assert err.value.message == "当前操作员“李四”（组长）无权修改巡查计划。"
    with pytest.raises(PermissionDenied, match="无权修改人员"):
        crud.create(db, m.Person, {"name": "某人", "gender": "男", "unit": "某单位"},
                    operator="lead")
    # an evidence link on a finding is the finding's business
    with unit_of_work(db, "lead") as s:
        ev = m.Evidence(sha256="b" * 64, size=1)
        s.add(ev)
        s.flush()
        s.add(m.EvidenceLink(evidence_id=ev.id, original_name="a.jpg", attached_by="李四",
                             finding_id=fid))


def test_office_edits_plans_pool_and_documents_not_findings_or_settings(db: Database) -> None:
    _team(db)
    crud.update(db, m.Plan, _plan(db), {"note": "已报批"}, operator="clerk")
    crud.create(db, m.Person, {"name": "某人", "gender": "男", "unit": "某单位"}, operator="clerk")
    wording.save_override(db, "notice", "正文", operator="clerk")  # document wording: allowed
    with pytest.raises(PermissionDenied, match="“张三”（办公室）无权修改问题隐患"):
        crud.update(db, m.Finding, _finding(db), {"found_by": "张三"}, operator="clerk")
    with pytest.raises(PermissionDenied, match="无权修改办公室设置"):
        findings.save_behind_share(db, 0.6, operator="clerk")
    with pytest.raises(PermissionDenied, match="无权修改操作员与权限"):
        roles.save_operator(db, "x", "某某", roles.ADMIN, operator="clerk")
    with pytest.raises(PermissionDenied, match="问题隐患"), unit_of_work(db, "clerk") as s:
        ev = m.Evidence(sha256="c" * 64, size=1)
        s.add(m.EvidenceLink(evidence=ev, original_name="a.jpg", attached_by="张三",
                             finding_id=_finding(db)))
        s.flush()


def test_admin_does_everything(db: Database) -> None:
    _team(db)
    crud.update(db, m.Finding, _finding(db), {"found_by": "王小明"})
    crud.update(db, m.Plan, _plan(db), {"note": "x"})
    findings.save_behind_share(db, 0.6)
    roles.save_operator(db, "new", "新人", roles.READ_ONLY)
    assert [o.login for o in roles.list_operators(db)][-1] == "new"


def test_unknown_or_inactive_login_is_refused(db: Database) -> None:
    _team(db)
    with pytest.raises(PermissionDenied) as err:
        crud.update(db, m.Finding, _finding(db), {"found_by": "x"}, operator="stranger")
    assert err.value.message == "当前操作员“stranger”未登记为启用的操作员，无权修改问题隐患。"
    lead = next(o for o in roles.list_operators(db) if o.login == "lead")
    roles.save_operator(db, "lead", "李四", roles.LEAD, active=False, operator_id=lead.id)
    with pytest.raises(PermissionDenied, match="未登记为启用的操作员"):
        crud.update(db, m.Finding, _finding(db), {"found_by": "x"}, operator="lead")
    # logins match regardless of case, as Windows user names do
    crud.update(db, m.Plan, _plan(db), {"note": "x"}, operator="CLERK")
    with pytest.raises(PermissionDenied, match="“张三”（办公室）"):
        crud.update(db, m.Finding, _finding(db), {"found_by": "y"}, operator="Clerk")


def test_the_last_admin_cannot_be_removed(db: Database) -> None:
    with pytest.raises(ValidationError, match="至少要有一名管理员"):
        roles.save_operator(db, "viewer", "赵六", roles.READ_ONLY)
    assert roles.list_operators(db) == []
    _team(db)
    admin = next(o for o in roles.list_operators(db) if o.role == roles.ADMIN)
    with pytest.raises(ValidationError, match="至少要有一名管理员"):
        roles.save_operator(db, admin.login, admin.display_name, roles.OFFICE,
                            operator_id=admin.id)
    with pytest.raises(ValidationError, match="至少要有一名管理员"):
        roles.save_operator(db, admin.login, admin.display_name, roles.ADMIN, active=False,
                            operator_id=admin.id)


def test_operator_values_are_checked(db: Database) -> None:
    with pytest.raises(ValidationError, match="请填写登录名"):
        roles.save_operator(db, " ", "某某", roles.ADMIN)
    with pytest.raises(ValidationError, match="程序内部使用"):
        roles.save_operator(db, "系统", "某某", roles.ADMIN)
    with pytest.raises(ValidationError, match="角色只能是"):
        roles.save_operator(db, "a", "某某", "超级用户")
    roles.save_operator(db, "a", "某某", roles.ADMIN)
    with pytest.raises(ValidationError, match="已有操作员使用"):
        roles.save_operator(db, "A", "另一人", roles.ADMIN)


def _dataset():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys

    name = "xuncha_test_dataset"
    if name not in sys.modules:
        path = Path(__file__).parents[1] / "ui" / "dataset.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_a_team_lead_edits_only_the_tours_of_their_own_team(tmp_path: Path) -> None:
    """张伟 is 组长 of 第一巡查组 (海口); 三亚 belongs to 第二巡查组."""
    db, _ids = _dataset().make_database(tmp_path / "d.db")
    try:
        roles.save_operator(db, "admin", "管理员甲", roles.ADMIN, operator="admin")
        roles.save_operator(db, "zw", "张伟", roles.LEAD, operator="admin")
        roles.save_operator(db, "other", "不是组长的人", roles.LEAD, operator="admin")
        with read_session(db) as s:
            codes = {str(c): int(i) for c, i in s.execute(select(m.Finding.code, m.Finding.id))}
        assert roles.current_role(db, "zw").teams is not None
        crud.update(db, m.Finding, codes["2026-HK-001"], {"found_by": "张伟"}, operator="zw")
        with pytest.raises(PermissionDenied) as err:
            crud.update(db, m.Finding, codes["2026-SY-001"], {"found_by": "张伟"}, operator="zw")
        assert err.value.message == (
            "当前操作员“张伟”（组长）只能修改本人任组长的巡查组的问题隐患，这条记录属于其他巡查组。")
        # a child row is traced to its tour through its parent
        with pytest.raises(PermissionDenied, match="只能修改本人任组长的巡查组的整改延期"):
            crud.create(db, m.DeadlineExtension, {
                "finding_id": codes["2026-SY-001"], "old_deadline": dt.date(2026, 8, 30),
                "new_deadline": dt.date(2026, 9, 30), "reason": "x", "operator": "张伟",
                "at": dt.datetime(2026, 7, 1)}, operator="zw")
        # a 组长 whose name leads no team is not limited to one
        assert roles.current_role(db, "other").teams is None
        crud.update(db, m.Finding, codes["2026-SY-001"], {"found_by": "某人"}, operator="other")
    finally:
        db.close()
