"""The ``roster`` document (巡查组组成人员名单（报批）, to 省安委会). ``source_id`` is a team id.

The 请示 itself says who leads the team, how the members were chosen and explains every 指定
with its reason. Two annexes follow the 署名 and 成文日期, each on new pages (GB/T 9704): 附件1
the roster (组内职务, 姓名, 单位, 职务, 专业领域, 产生方式 of each current member) and 附件2 the
draw record (随机抽取记录: seed, algorithm, candidate count, rules, operator, time, result and
the re-run check). It is table-heavy and has no free wording, so it is built as a
:class:`Document` directly rather than from a template.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.model import (
    Annex,
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Table,
)
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services import draws
from xuncha_desktop.services.office_settings import OfficeSettings
from xuncha_desktop.services.queries import format_date, format_date_range
from xuncha_desktop.services.uow import read_session

KIND = "roster"
ROSTER_TITLE = "巡查组组成人员名单"
ANNEX_TITLE = "巡查组成员随机抽取记录"
MEMBER_HEADER = ("组内职务", "姓名", "单位", "职务", "专业领域", "产生方式")
ANNEX_HEADER = ("项目", "内容")
CN_NUMS = "一二三四五六七八九十"


@dataclass(frozen=True)
class RosterMember:
    role: str
    name: str
    unit: str
    post: str
    sectors: tuple[str, ...]
    selection: str  # 抽取 or 指定
    reason: str  # 指定理由
    draw_id: int | None


@dataclass(frozen=True)
class DrawRecord:
    id: int
    role: str
    places: int
    seed: str
    algorithm: str
    candidates: int
    rules: dict[str, object]
    operator: str
    at: dt.datetime
    chosen: tuple[str, ...]
    check: str


@dataclass(frozen=True)
class RosterFacts:
    team_id: int
    team_name: str
    state: str
    targets: tuple[str, ...]  # 市县 with dates
    members: tuple[RosterMember, ...]
    changes: tuple[str, ...]  # 调整: who left, why, who replaced them
    draws: tuple[DrawRecord, ...]


def _rule_value(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "无"
    if isinstance(value, list | tuple):
        return "、".join(_rule_value(v) for v in value) or "无"
    if isinstance(value, dict):
        return "，".join(f"{k}：{_rule_value(v)}" for k, v in value.items())
    return str(value)


def rules_text(rules: dict[str, object]) -> str:
    """The rules of a draw record as one line, without the fingerprint (printed apart)."""
    return "；".join(
        f"{k}：{_rule_value(v)}" for k, v in rules.items() if k != draws.FINGERPRINT_KEY
    ) or "无"


def roster_facts(db: Database, team_id: int) -> RosterFacts:
    with read_session(db) as s:
        team = s.get(m.Team, team_id)
        if team is None:
            raise NotFoundError(
                f"找不到编号为 {team_id} 的巡查组。",
                hint="请用“xuncha export --list”查看可导出的编号。",
            )
        targets = tuple(
            f"{t.region.name}（{format_date_range(t.entry_date, t.exit_date)}）"
            for t in sorted(team.targets, key=lambda t: (t.entry_date, t.id))
        )
        current = sorted((ms for ms in team.memberships if ms.leave_date is None),
                         key=lambda ms: (m.ROLES.index(ms.role), ms.id))
        members = tuple(
            RosterMember(ms.role, ms.person.name, ms.person.unit, ms.person.post,
                         tuple(x.name for x in ms.person.sectors), ms.selection,
                         ms.selection_reason.strip(), ms.draw_id)
            for ms in current
        )
        changes = []
        for ms in team.memberships:
            if ms.leave_date is None:
                continue
            successor = next((x for x in team.memberships if x.replaces_id == ms.id), None)
            text = (f"{ms.person.name}（{ms.role}）于{format_date(ms.leave_date)}离组，"
                    f"理由：{ms.leave_reason.strip()}")
            if successor is not None:
                text += f"；由{successor.person.name}接替（{successor.selection}）"
            changes.append(text + "。")
        names = {pid: name for pid, name in s.execute(select(m.Person.id, m.Person.name))}
        records = []
        for d in s.scalars(select(m.Draw).where(m.Draw.team_id == team_id).order_by(m.Draw.id)):
            try:
                rules = json.loads(d.rules_json)
                cands = json.loads(d.candidates_json)
                chosen = json.loads(d.result_json)
            except ValueError:
                rules, cands, chosen = {}, [], []
            records.append(DrawRecord(
                d.id, d.role, d.places, d.seed, d.algorithm, len(cands),
                rules if isinstance(rules, dict) else {}, d.operator, d.created_at,
                tuple(names.get(int(p), f"#{p}") for p in chosen), "",
            ))
        head = (team.id, team.name, team.state)
    checked = []
    for r in records:  # re-run each draw (its own read session)
        check = draws.verify_draw(db, r.id)
        checked.append(dataclasses.replace(
            r, check="复核通过：按记录的随机种子和候选名单重新抽取，结果一致" if check.ok
            else "复核未通过：" + "；".join(check.problems)))
    return RosterFacts(*head, targets, members, tuple(changes), tuple(checked))


def _member_rows(facts: RosterFacts) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (x.role, x.name, x.unit, x.post or "—", "、".join(x.sectors) or "—", x.selection)
        for x in facts.members
    )


def _draw_blocks(facts: RosterFacts) -> list[Block]:
    blocks: list[Block] = []
    if not facts.draws:
        blocks.append(Paragraph("本巡查组成员均为指定，没有随机抽取记录。"))
        return blocks
    blocks.append(Paragraph(
        "以下每次抽取均可复核：将记录的随机种子和候选名单按同一算法重新抽取，"
        "结果应与记录一致（命令：xuncha draw verify 记录编号）。"))
    for i, d in enumerate(facts.draws, start=1):
        number = CN_NUMS[i - 1] if i <= len(CN_NUMS) else str(i)
        blocks.append(Heading(2, f"（{number}）{d.role}抽取（记录编号{d.id}）"))
        fp = d.rules.get(draws.FINGERPRINT_KEY)
        rows: list[tuple[str, str]] = [
            ("随机种子", d.seed),
            ("抽取算法", d.algorithm),
            ("候选人数", f"{d.candidates}人"),
            ("抽取人数", f"{d.places}人"),
            ("适用规则", rules_text(d.rules)),
            ("操作员", d.operator),
            ("抽取时间", f"{format_date(d.at.date())} {d.at:%H:%M:%S}"),
            ("抽取结果", "、".join(d.chosen) or "无"),
        ]
        if isinstance(fp, str):
            rows.append(("候选名单指纹", f"{fp[:16]}\n{fp[16:32]}\n{fp[32:48]}\n{fp[48:]}"))
        rows.append(("复核结果", d.check))
        blocks.append(Table(ANNEX_HEADER, tuple(rows), (3, 11)))
    return blocks


def roster_document(db: Database, team_id: int, office: OfficeSettings, *,
                    doc_number: str | None, date: dt.date) -> Document:
    facts = roster_facts(db, team_id)
    drawn = [x for x in facts.members if x.selection == "抽取"]
    appointed = [x for x in facts.members if x.selection != "抽取"]
    where = "、".join(facts.targets) if facts.targets else "待定市县"
    leads = "；".join(
        f"{role}：" + "、".join(f"{x.name}（{x.unit}{x.post}）" for x in facts.members
                              if x.role == role)
        for role in ("组长", "副组长") if any(x.role == role for x in facts.members))
    blocks: list[Block] = [
        Paragraph(
            "根据《海南省安全生产巡查工作制度（试行）》关于巡查组组成人员由省安委办从巡查人员库中"
            f"随机抽调配备、报省安委会批准的规定，省安委办拟定了{facts.team_name}组成人员，"
            f"负责对{where}开展安全生产巡查。现将组成人员名单报请审批。"),
        Heading(1, "一、组成人员"),
        Paragraph(f"巡查组共{len(facts.members)}人。" + (f"{leads}。" if leads else "")
                  + "全体成员的组内职务、单位、职务、专业领域和产生方式见附件1。"),
        Heading(1, "二、人员产生方式"),
        Paragraph(
            f"巡查组共{len(facts.members)}人，其中随机抽取{len(drawn)}人、指定{len(appointed)}人。"
            "随机抽取按组内职务从符合条件的人员中进行，执行人数、组长职级、回避、"
            "不得同时参加其他巡查组、专家领域和四项条件等规则，抽取记录见附件2。"),
    ]
    if appointed:
        blocks.append(Paragraph("指定人员及理由如下："))
        blocks.append(ListBlock(tuple(
            f"{x.name}（{x.role}，{x.unit}）：指定，理由：{x.reason.rstrip('。')}。"
            for x in appointed), numbered=True))
    if facts.changes:
        blocks.append(Heading(1, "三、人员调整"))
        blocks.append(ListBlock(facts.changes, numbered=True))
    blocks.append(Paragraph("以上请示，请审批。"))
    annexes = (
        Annex(ROSTER_TITLE, (Table(MEMBER_HEADER, _member_rows(facts), (4, 4, 9, 6, 6, 4)),)),
        Annex(ANNEX_TITLE, tuple(_draw_blocks(facts))),
    )
    return Document(
        issuer_mark=office.issuer_mark,
        title=f"关于报请审批{facts.team_name}\n组成人员名单的请示",
        blocks=tuple(blocks),
        doc_number=doc_number,
        addressee="省安全生产委员会",
        signer=office.issuer,
        date=date,
        cc=("省委组织部", "省应急管理厅"),
        printer=office.issuer,
        print_date=date,
        annexes=annexes,
    )


__all__ = ["KIND", "RosterFacts", "roster_document", "roster_facts", "rules_text"]
