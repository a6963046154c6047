"""Operators and roles, enforced in one place: a flush hook on every session.

When the ``operator`` table has no active rows, everyone acts as 管理员 (a single-user office
needs no setup). Otherwise the session's operator (the login, by default the Windows user
name from the settings) must be an active operator, and every row a flush inserts, changes
or deletes must lie in an area that the operator's role may write (:data:`TABLE_AREAS`,
:data:`ROLE_AREAS`). A denied write raises :class:`PermissionDenied` and nothing is saved.

A 组长 whose 姓名 is the name of the current 组长 of one or more teams may change checklists,
findings, interviews and evidence only of those teams' 巡查对象 (traced through the row's
parents, :data:`_TARGET_PATH`); a 组长 whose name leads no team is not limited to one.

The internal operator ``系统`` (reference data, migrations) is not checked. Roles guard
against mistakes at a workstation; they are not a defence against someone who can edit
the database file itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, func, select
from sqlalchemy.orm import Session, UOWTransaction

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import SYSTEM_OPERATOR
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError, XunchaError

ADMIN, OFFICE, LEAD, READ_ONLY = m.OPERATOR_ROLES

#: What each table belongs to. A role may write a table when it holds the table's area.
TABLE_AREAS: dict[str, str] = {
    # plans and coverage
    "cycle": "巡查计划", "cycle_exclusion": "巡查计划", "plan": "巡查计划",
    "plan_transition": "巡查计划", "plan_change": "巡查计划", "batch": "巡查计划",
    "target": "巡查计划",
    # the personnel pool
    "person": "人员库", "person_sector": "人员库", "person_condition": "人员库",
    "person_unavailability": "人员库",
    # teams and draws
    "team": "巡查组", "team_sector": "巡查组", "membership": "巡查组", "draw": "巡查组",
    "conduct_record": "巡查组",
    # documents
    "doc_number": "公文", "issued_document": "公文", "issued_file": "公文",
    "document_draft": "公文",
    # reference data and checklist templates
    "region": "基础数据", "sector": "基础数据", "finding_kind": "基础数据",
    "checklist_template": "基础数据", "template_item": "基础数据",
    # fieldwork of a team
    "checklist": "检查表", "checklist_result": "检查表", "inspected_unit": "检查表",
    "unit_visit": "检查表", "cooperation_breach": "检查表", "evaluation": "检查表",
    "subject_evaluation": "检查表",
    "finding": "问题隐患", "finding_transition": "问题隐患", "deadline_extension": "问题隐患",
    "interview": "约谈", "interview_attendee": "约谈", "interview_finding": "约谈",
    "commitment": "约谈",
    "evidence": "证据",
    # administration
    "operator": "操作员与权限", "setting": "办公室设置", "purge_log": "彻底删除",
    "trash_item": "回收站",
}

#: Areas per role. 管理员 holds every area.
ROLE_AREAS: dict[str, frozenset[str]] = {
    ADMIN: frozenset(set(TABLE_AREAS.values())),
    OFFICE: frozenset({"巡查计划", "人员库", "巡查组", "公文", "基础数据", "回收站"}),
    LEAD: frozenset({"检查表", "问题隐患", "约谈", "证据", "回收站"}),
    READ_ONLY: frozenset(),
}

#: What a denied area is called in the message (…无权修改{label}).
AREA_LABELS: dict[str, str] = {
    "操作员与权限": "操作员与权限", "办公室设置": "办公室设置", "彻底删除": "回收站中的记录（彻底删除）",
    "回收站": "回收站",
}

#: Office-wide settings rows that are really document wording (area 公文, not 办公室设置).
WORDING_PREFIX = "template:"

HINT = "请联系管理员在 工具 → 操作员与权限 中调整。"


class PermissionDenied(XunchaError):
    """The current operator's role may not make this change."""


#: Areas in which a 组长 is limited to the tours of the teams they lead.
LEAD_SCOPED_AREAS = frozenset({"检查表", "问题隐患", "约谈", "证据"})

#: How a row leads to its 巡查对象: (column, table the column points to; None = target id).
_TARGET_PATH: dict[str, tuple[str, str | None]] = {
    "finding": ("target_id", None), "checklist": ("target_id", None),
    "unit_visit": ("target_id", None), "cooperation_breach": ("target_id", None),
    "evaluation": ("target_id", None), "subject_evaluation": ("target_id", None),
    "interview": ("target_id", None),
    "finding_transition": ("finding_id", "finding"), "deadline_extension": ("finding_id", "finding"),
    "checklist_result": ("checklist_id", "checklist"),
    "interview_attendee": ("interview_id", "interview"), "commitment": ("interview_id", "interview"),
    "interview_finding": ("interview_id", "interview"),
}


@dataclass(frozen=True)
class CurrentRole:
    login: str
    display_name: str
    role: str | None  # None: operators are set up but this login is not an active one
    configured: bool  # False: no active operators, everyone is 管理员
    #: For a 组长 whose name is 组长 of one or more teams: those teams (else None: any team).
    teams: frozenset[int] | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def may(self, area: str) -> bool:
        return self.role is not None and area in ROLE_AREAS.get(self.role, frozenset())

    @property
    def text(self) -> str:
        if not self.configured:
            return f"{self.login}（未设置操作员，按管理员）"
        if self.role is None:
            return f"{self.login}（未登记）"
        return f"{self.display_name or self.login}（{self.role}）"


def role_of(connection: Connection, login: str) -> CurrentRole:
    rows = connection.execute(
        select(m.Operator.login, m.Operator.display_name, m.Operator.role)
        .where(m.Operator.active.is_(True))
    ).all()
    if not rows:
        return CurrentRole(login, login, ADMIN, configured=False)
    key = login.strip().casefold()
    for row_login, name, role in rows:
        if str(row_login).strip().casefold() == key:
            display = str(name or row_login)
            teams = _led_teams(connection, display) if role == LEAD else None
            return CurrentRole(login, display, str(role), configured=True, teams=teams)
    return CurrentRole(login, login, None, configured=True)


def _led_teams(connection: Connection, display_name: str) -> frozenset[int] | None:
    """The teams whose current 组长 has the operator's name (None when there is none)."""
    ids = frozenset(int(t) for t in connection.execute(
        select(m.Membership.team_id).join(m.Person, m.Person.id == m.Membership.person_id)
        .where(m.Membership.role == "组长", m.Membership.leave_date.is_(None),
               m.Person.name == display_name.strip())).scalars())
    return ids or None


def _target_of(connection: Connection, table: str, row: Mapping[str, Any] | None,
               memo: dict[tuple[str, Any], int | None], depth: int = 0) -> int | None:
    """The 巡查对象 a row belongs to, if it can be told (None: not tied to one, or not yet)."""
    if row is None or depth > 3:
        return None
    if table == "evidence_link":
        owner = _governing_table(table, row)
        column = owner + "_id"
        path: tuple[str, str | None] | None = (column, owner) if column in row else None
    else:
        path = _TARGET_PATH.get(table)
    if path is None:
        return None
    column, parent = path
    value = row.get(column)
    if value is None:
        return None
    if parent is None:
        return int(value)
    if (parent, value) not in memo:  # e.g. the checklist of forty results: read once
        model = _models()[parent]
        found = connection.execute(select(model.__table__).where(
            model.__table__.c.id == value)).mappings().first()
        memo[(parent, value)] = (_target_of(connection, parent, dict(found), memo, depth + 1)
                                 if found is not None else None)
    return memo[(parent, value)]


def _check_team(role: CurrentRole, connection: Connection, table: str,
                row: Mapping[str, Any] | None, area: str, cache: dict[int, int | None],
                memo: dict[tuple[str, Any], int | None]) -> None:
    if role.teams is None or area not in LEAD_SCOPED_AREAS:
        return
    target = _target_of(connection, table, row, memo)
    if target is None:
        return
    if target not in cache:
        cache[target] = connection.execute(
            select(m.Target.team_id).where(m.Target.id == target)).scalar_one_or_none()
    team = cache[target]
    if team is not None and team not in role.teams:
        what = _label(_governing_table(table, row), area)
        raise PermissionDenied(
            f"当前操作员“{role.display_name}”（组长）只能修改本人任组长的巡查组的{what}，"
            f"这条记录属于其他巡查组。",
            hint="如需修改其他组的记录，" + HINT,
        )


def _governing_table(table: str, row: Mapping[str, Any] | None) -> str:
    """An evidence link belongs to the record it attaches the file to."""
    if table == "evidence_link" and row is not None:
        for column in m.EVIDENCE_OWNERS:
            if row.get(column) is not None:
                return column.removesuffix("_id")
        return "evidence"
    return table


def area_of(table: str, row: Mapping[str, Any] | None = None) -> str:
    """The area a row of ``table`` belongs to (``row`` decides for settings and evidence links)."""
    if table == "setting" and row is not None and str(row.get("key", "")).startswith(WORDING_PREFIX):
        return "公文"
    return TABLE_AREAS.get(_governing_table(table, row), "办公室设置")


def _label(table: str, area: str) -> str:
    if area in AREA_LABELS:
        return AREA_LABELS[area]
    model = _models().get(table)
    return model.__label__ if model is not None and model.__label__ else area


def _models() -> dict[str, type[Base]]:
    return {mp.class_.__tablename__: mp.class_ for mp in Base.registry.mappers}


def denied(role: CurrentRole, table: str, area: str) -> PermissionDenied:
    what = _label(table, area)
    if role.role is None:
        return PermissionDenied(
            f"当前操作员“{role.login}”未登记为启用的操作员，无权修改{what}。", hint=HINT
        )
    return PermissionDenied(
        f"当前操作员“{role.display_name}”（{role.role}）无权修改{what}。", hint=HINT
    )


def check_rows(role: CurrentRole, rows: Iterable[tuple[str, Mapping[str, Any] | None]],
               connection: Connection | None = None) -> None:
    """Raise :class:`PermissionDenied` for the first row ``role`` may not write (with a
    connection, a 组长 is also held to the tours of the teams they lead)."""
    cache: dict[int, int | None] = {}
    memo: dict[tuple[str, Any], int | None] = {}
    for table, row in rows:
        area = area_of(table, row)
        if not role.may(area):
            raise denied(role, _governing_table(table, row), area)
        if connection is not None:
            _check_team(role, connection, table, row, area, cache, memo)


def session_role(session: Session) -> CurrentRole | None:
    """The role of the session's operator (None for the internal operator 系统)."""
    login = str(session.info.get("operator") or SYSTEM_OPERATOR)
    if login == SYSTEM_OPERATOR:
        return None
    cached = session.info.get("_xuncha_role")
    if isinstance(cached, CurrentRole) and cached.login == login:
        return cached
    role = role_of(session.connection(), login)
    session.info["_xuncha_role"] = role
    return role


def check_session_rows(session: Session,
                       rows: Iterable[tuple[str, Mapping[str, Any] | None]]) -> None:
    """The same check for rows written without the ORM (the trash writes with Core)."""
    role = session_role(session)
    if role is not None:
        check_rows(role, rows, session.connection())


def _row(obj: Base) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key, None) for attr in type(obj).__mapper__.column_attrs}


def _touched(session: Session) -> Iterator[tuple[str, dict[str, Any] | None]]:
    for obj in list(session.new) + list(session.deleted):
        if isinstance(obj, Base):
            yield type(obj).__tablename__, _row(obj)
    for obj in list(session.dirty):
        if isinstance(obj, Base) and session.is_modified(obj, include_collections=False):
            yield type(obj).__tablename__, _row(obj)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    if not (session.new or session.dirty or session.deleted):
        return
    if any(isinstance(o, m.Operator) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info["_xuncha_operators_touched"] = True
    role = session_role(session)
    if role is None or role.role == ADMIN:  # 系统, or a 管理员 (also: nobody set up): anything
        return
    check_rows(role, _touched(session), session.connection())


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if not session.info.pop("_xuncha_operators_touched", False):
        return
    session.info.pop("_xuncha_role", None)
    conn = session.connection()
    active = conn.execute(select(func.count()).select_from(m.Operator)
                          .where(m.Operator.active.is_(True))).scalar_one()
    admins = conn.execute(select(func.count()).select_from(m.Operator)
                          .where(m.Operator.active.is_(True), m.Operator.role == ADMIN)
                          ).scalar_one()
    if active and not admins:
        raise ValidationError(
            "启用的操作员中至少要有一名管理员，否则将无人能调整操作员与权限。",
            field="role", hint="请先把一名操作员（例如您自己）设为管理员。",
        )


def install(session_class: type[Session]) -> None:
    """Attach the role check to a Session class (idempotent, like the audit hook)."""
    if not session_class.__dict__.get("_xuncha_roles", False):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
        session_class._xuncha_roles = True  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# Operators (the dialog 工具 → 操作员与权限)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OperatorRow:
    id: int
    login: str
    display_name: str
    role: str
    active: bool
    version: int


def current_role(db: Database, operator: str | None = None) -> CurrentRole:
    from xuncha_desktop.services.uow import read_session

    login = operator or db.operator
    with read_session(db) as session:
        return role_of(session.connection(), login)


def list_operators(db: Database) -> list[OperatorRow]:
    from xuncha_desktop.services.uow import read_session

    with read_session(db) as session:
        return [OperatorRow(o.id, o.login, o.display_name, o.role, bool(o.active), o.version)
                for o in session.scalars(select(m.Operator).order_by(m.Operator.id))]


def _check_values(login: str, display_name: str, role: str) -> None:
    if not login:
        raise ValidationError("请填写登录名（Windows 用户名或设置中的操作员姓名）。", field="login")
    if login == SYSTEM_OPERATOR:
        raise ValidationError(f"“{SYSTEM_OPERATOR}”是程序内部使用的名称，不能作为操作员。",
                              field="login")
    if not display_name:
        raise ValidationError("请填写操作员姓名。", field="display_name")
    if role not in m.OPERATOR_ROLES:
        raise ValidationError(f"角色只能是：{'、'.join(m.OPERATOR_ROLES)}。", field="role")


def save_operator(db: Database, login: str, display_name: str, role: str, active: bool = True,
                  *, operator_id: int | None = None, expected_version: int | None = None,
                  operator: str | None = None) -> int:
    """Add an operator (``operator_id`` None) or change one. Only a 管理员 may."""
    from xuncha_desktop.services.uow import unit_of_work

    login, display_name = login.strip(), display_name.strip()
    _check_values(login, display_name, role)
    with unit_of_work(db, operator) as session:
        same = session.scalar(select(m.Operator).where(
            func.lower(m.Operator.login) == login.casefold(),
            *([m.Operator.id != operator_id] if operator_id is not None else [])))
        if same is not None:
            raise ValidationError(f"登录名“{login}”已有操作员使用。", field="login")
        if operator_id is None:
            row = m.Operator(login=login, display_name=display_name, role=role, active=active)
            session.add(row)
        else:
            found = session.get(m.Operator, operator_id)
            if found is None:
                raise NotFoundError(f"找不到编号为 {operator_id} 的操作员，可能已被删除。")
            row = found
            if expected_version is not None and row.version != expected_version:
                from xuncha_desktop.errors import ConflictError

                raise ConflictError("这位操作员已被其他人修改，您的修改没有保存。",
                                    hint="请关闭后重新打开 操作员与权限。")
            row.login, row.display_name, row.role, row.active = login, display_name, role, active
        session.flush()
        return row.id


__all__ = [
    "ADMIN", "LEAD", "OFFICE", "READ_ONLY", "ROLE_AREAS", "TABLE_AREAS", "CurrentRole",
    "OperatorRow", "PermissionDenied", "area_of", "check_rows", "check_session_rows",
    "current_role", "install", "list_operators", "role_of", "save_operator", "session_role",
]
