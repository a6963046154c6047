"""A hand-built database for the results documents (feedback, report, annual report).

Every number the tests assert follows from the rows written here (today = 2026-07-14):

2026 plan (实施中), cycle 2026–2028 with 三沙市 excluded:
* batch 1: 三亚市 (2026-03-02 – 03-12, team 第一巡查组) and 文昌市 (03-16 – 03-26, 第二巡查组);
* batch 2: 琼海市 (2026-09-01 – 09-10), not yet toured.

三亚市 (target ``sanya``):
* team of 4: 组长 王建国 (省应急管理厅 副厅长) and three members;
* units visited: 乡镇 1, 部门 2, 企业 3 (one enterprise visited twice);
* checklist: 符合 5, 基本符合 1, 不符合 2 (items 6 and 9), 不适用 1, 未填写 1;
* findings (5): F1 重大事故隐患 (item 6, 整改中, deadline 06-30: overdue 14 days),
  F2 非法违法行为 (item 6, 已销号 on 05-01), F3 一般事故隐患 (item 9, 已交办, deadline 08-31),
  F4 管理问题 (no checklist item, 已发现), F5 一般事故隐患 (item 6, 待核查, deadline 07-01:
  overdue 13 days) → open 4, overdue 2, 重大 2;
* interviews: one held (linked to F1, 2 commitments, 1 done), one cancelled (not counted);
* one cooperation breach (duty 2); evaluation 72.50, computed 一般, grade 差 (override);
  two written evaluations (a unit and a person).

文昌市: findings F6 一般 (已销号 04-10) and F7 重大 (整改中, deadline 12-31); evaluation 91.50 好.
海口市 (not toured): one finding of 2026 without a target (已发现) and one of 2025 (ignored for 2026).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import unit_of_work

TODAY = dt.date(2026, 7, 14)
D = dt.date


@dataclass(frozen=True)
class Ids:
    sanya: int
    wenchang: int
    qionghai: int
    batch1: int
    batch2: int
    plan: int
    item_9_result: int


def build(path: Path | Database) -> tuple[Database, Ids]:
    """Fill a new database file (or an open, empty ``Database``: the PostgreSQL tests)."""
    db = path if isinstance(path, Database) else open_for_use(path, operator="测试")
    with unit_of_work(db, "测试") as s:
        region = {r.name: r for r in s.scalars(select(m.Region))}
        kind = {k.name: k for k in s.scalars(select(m.FindingKind))}
        sector = {x.name: x for x in s.scalars(select(m.Sector))}
        tpl = s.scalars(select(m.ChecklistTemplate)).one()
        items = {i.number: i for i in tpl.items}
        cycle = m.Cycle(name="2026—2028年巡查周期", start_year=2026, length_years=3)
        s.add(cycle)
        s.flush()
        s.add(m.CycleExclusion(cycle_id=cycle.id, region_id=region["三沙市"].id,
                               reason="常住人口少，另行安排专项检查"))
        plan = m.Plan(cycle_id=cycle.id, year=2026, title="2026年度全省安全生产巡查工作计划",
                      state="实施中")
        b1 = m.Batch(seq=1, name="", start_date=D(2026, 3, 1), end_date=D(2026, 3, 31))
        b2 = m.Batch(seq=2, name="", start_date=D(2026, 9, 1), end_date=D(2026, 9, 30))
        plan.batches.extend([b1, b2])
        s.add(plan)
        teams = []
        people = [
            ("王建国", "省应急管理厅", "副厅长", "组长"),
            ("李明", "省住房城乡建设厅", "处长", "成员"),
            ("赵丽", "省交通运输厅", "副处长", "成员"),
            ("陈强", "省应急管理厅", "主任科员", "联络员"),
        ]
        for t_no, team_name in enumerate(("省安全生产第一巡查组", "省安全生产第二巡查组")):
            team = m.Team(name=team_name, state="进驻", phone="0898-65300000")
            s.add(team)
            s.flush()
            for name, unit, post, role in people:
                person = m.Person(name=f"{name}{'' if t_no == 0 else '乙'}", gender="男",
                                  unit=unit, post=post, rank="处级")
                s.add(person)
                s.flush()
                s.add(m.Membership(team_id=team.id, person_id=person.id, role=role,
                                   join_date=D(2026, 2, 20), selection="指定",
                                   selection_reason="测试指定"))
            teams.append(team)
        sanya = m.Target(region_id=region["三亚市"].id, team_id=teams[0].id,
                         entry_date=D(2026, 3, 2), exit_date=D(2026, 3, 12))
        wenchang = m.Target(region_id=region["文昌市"].id, team_id=teams[1].id,
                            entry_date=D(2026, 3, 16), exit_date=D(2026, 3, 26))
        qionghai = m.Target(region_id=region["琼海市"].id, entry_date=D(2026, 9, 1),
                            exit_date=D(2026, 9, 10))
        b1.targets.extend([sanya, wenchang])
        b2.targets.append(qionghai)
        s.flush()
        sy = region["三亚市"].id
        units = {
            name: m.InspectedUnit(kind=k, name=name, region_id=sy)
            for name, k in (("吉阳区", "乡镇"), ("三亚市应急管理局", "部门"),
                            ("三亚市住房和城乡建设局", "部门"), ("三亚甲化工有限公司", "企业"),
                            ("三亚乙燃气有限公司", "企业"), ("三亚丙建设工程有限公司", "企业"))
        }
        s.add_all(units.values())
        s.flush()
        for i, u in enumerate(units.values()):
            s.add(m.UnitVisit(target_id=sanya.id, unit_id=u.id, visited_on=D(2026, 3, 3 + i)))
        s.add(m.UnitVisit(target_id=sanya.id, unit_id=units["三亚甲化工有限公司"].id,
                          visited_on=D(2026, 3, 11), note="复查"))
        checklist = m.Checklist(target_id=sanya.id, template_id=tpl.id, state="已完成")
        s.add(checklist)
        s.flush()
        outcome = {"1": "符合", "2": "符合", "3": "符合", "4": "符合", "5": "基本符合",
                   "6": "不符合", "7": "符合", "8": "不适用", "9": "不符合", "10": None}
        result_of: dict[str, m.ChecklistResult] = {}
        for number, value in outcome.items():
            res = m.ChecklistResult(checklist_id=checklist.id, template_id=tpl.id,
                                    item_id=items[number].id, result=value,
                                    method="听取汇报、查阅资料" if number in ("1", "2")
                                    else ("实地检查" if value else ""))
            s.add(res)
            result_of[number] = res
        s.flush()

        def finding(code: str, region_name: str, kind_name: str, desc: str, found: dt.date,
                    state: str, *, target: m.Target | None, item: str | None = None,
                    unit: str | None = None, deadline: dt.date | None = None,
                    closed: dt.date | None = None, responsible: str = "") -> m.Finding:
            f = m.Finding(
                code=code, region_id=region[region_name].id, kind_id=kind[kind_name].id,
                target_id=target.id if target is not None else None,
                sector_id=sector["危险化学品"].id,
                unit_level="企业" if unit else "市县政府",
                unit_id=units[unit].id if unit else None,
                checklist_result_id=result_of[item].id if item else None,
                description=desc, found_on=found, state=state, deadline=deadline,
                closed_on=closed, responsible_unit=responsible or (unit or ""),
                requirement="立即整改" if state != "已发现" else "",
            )
            s.add(f)
            return f

        f1 = finding("XC2026-0001", "三亚市", "重大事故隐患", "储罐区防火堤破损未修复",
                     D(2026, 3, 5), "整改中", target=sanya, item="6",
                     unit="三亚甲化工有限公司", deadline=D(2026, 6, 30))
        finding("XC2026-0002", "三亚市", "非法违法行为", "无证储存危险化学品", D(2026, 3, 6),
                "已销号", target=sanya, item="6", unit="三亚乙燃气有限公司",
                deadline=D(2026, 4, 30), closed=D(2026, 5, 1))
        finding("XC2026-0003", "三亚市", "一般事故隐患", "举报信息核查台账不完整",
                D(2026, 3, 7), "已交办", target=sanya, item="9",
                responsible="三亚市应急管理局", deadline=D(2026, 8, 31))
        finding("XC2026-0004", "三亚市", "管理问题", "安全生产专项资金预算执行率偏低",
                D(2026, 3, 8), "已发现", target=sanya)
        finding("XC2026-0005", "三亚市", "一般事故隐患", "施工现场临边防护缺失",
                D(2026, 3, 9), "待核查", target=sanya, item="6",
                unit="三亚丙建设工程有限公司", deadline=D(2026, 7, 1))
        finding("XC2026-0006", "文昌市", "一般事故隐患", "消防通道被占用", D(2026, 3, 20),
                "已销号", target=wenchang, responsible="文昌市消防救援支队",
                deadline=D(2026, 4, 20), closed=D(2026, 4, 10))
        finding("XC2026-0007", "文昌市", "重大事故隐患", "液氨储罐未设置泄漏报警",
                D(2026, 3, 21), "整改中", target=wenchang, responsible="文昌市应急管理局",
                deadline=D(2026, 12, 31))
        finding("XC2026-0008", "海口市", "一般事故隐患", "群众举报的加油站隐患",
                D(2026, 2, 1), "已发现", target=None)
        finding("XC2025-0099", "海口市", "一般事故隐患", "上年度发现的问题",
                D(2025, 11, 1), "已发现", target=None)
        s.flush()
        held = m.Interview(target_id=sanya.id, party="三亚甲化工有限公司",
                           reason="重大事故隐患整改不力", state="已约谈",
                           held_on=D(2026, 3, 10))
        cancelled = m.Interview(target_id=sanya.id, party="三亚乙燃气有限公司", state="已取消",
                                cancel_reason="已整改到位")
        s.add_all([held, cancelled])
        s.flush()
        s.add(m.InterviewFinding(interview_id=held.id, finding_id=f1.id))
        s.add(m.Commitment(interview_id=held.id, content="一个月内修复防火堤", state="已完成",
                           done_on=D(2026, 4, 1)))
        s.add(m.Commitment(interview_id=held.id, content="开展全面排查"))
        s.add(m.CooperationBreach(target_id=sanya.id, duty_no=2, occurred_on=D(2026, 3, 4),
                                  description="未按要求提供执法案卷",
                                  responsible="三亚市应急管理局 李某"))
        s.add(m.Evaluation(target_id=sanya.id, score=Decimal("72.50"), computed_grade="一般",
                           grade="差", override_reason="重大隐患整改不力",
                           summary="三亚市安全生产责任落实不到位。"))
        s.add(m.Evaluation(target_id=wenchang.id, score=Decimal("91.50"), computed_grade="好",
                           grade="好", summary="文昌市安全生产工作扎实。"))
        s.add(m.SubjectEvaluation(target_id=sanya.id, subject_kind="单位",
                                  subject_name="三亚市应急管理局", text="执法检查计划执行不力。"))
        s.add(m.SubjectEvaluation(target_id=sanya.id, subject_kind="个人", subject_name="张某某",
                                  text="主动配合巡查，提供线索。"))
        s.flush()
        ids = Ids(sanya.id, wenchang.id, qionghai.id, b1.id, b2.id, plan.id,
                  result_of["9"].id)
    return db, ids


def add_finding_item_9(db: Database, ids: Ids, code: str = "XC2026-0010") -> None:
    """New data after a first draft: another 一般事故隐患 of 三亚市 under item 9."""
    with unit_of_work(db, "测试") as s:
        target = s.get(m.Target, ids.sanya)
        assert target is not None
        kind = s.scalars(select(m.FindingKind).where(m.FindingKind.name == "一般事故隐患")).one()
        s.add(m.Finding(code=code, region_id=target.region_id, kind_id=kind.id,
                        target_id=ids.sanya, checklist_result_id=ids.item_9_result,
                        description="事故信息报送不及时", found_on=D(2026, 3, 11)))
