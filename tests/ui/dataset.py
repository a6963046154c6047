"""A small, fully known dataset for the UI and query tests, built through the ORM.

``TODAY`` is fixed so that deadline statuses do not depend on the day the tests run:

=========  ======  ======  ==========  ==========  ===============
code       target  state   deadline    status      interview
=========  ======  ======  ==========  ==========  ===============
2026-HK-001 海口   已发现   —           正常
2026-HK-002 海口   已交办   2026-07-10  逾期
2026-HK-003 海口   整改中   2026-07-16  即将到期
2026-SY-001 三亚   待核查   2026-08-30  正常
2026-SY-002 三亚   已销号   2026-06-01  已销号
2025-DZ-001 儋州   已销号   2025-06-01  已销号      (plan 2025)
=========  ======  ======  ==========  ==========  ===============
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services.reference import load_reference_data
from xuncha_desktop.services.uow import unit_of_work

TODAY = dt.date(2026, 7, 14)


@dataclass(frozen=True)
class Ids:
    plan_2026: int
    plan_2025: int
    target_haikou: int
    target_sanya: int
    target_danzhou: int
    team_a: int
    team_b: int


def build_dataset(db: Database) -> Ids:
    d = dt.date
    with unit_of_work(db, "测试") as s:
        region = {r.name: r for r in s.scalars(select(m.Region))}
        kind = {k.name: k for k in s.scalars(select(m.FindingKind))}
        sector = {x.name: x for x in s.scalars(select(m.Sector))}
        template = s.scalars(select(m.ChecklistTemplate)).one()
        items = list(template.items)

        cycle = m.Cycle(name="2025—2027年巡查周期", start_year=2025, length_years=3)
        s.add(cycle)
        plan26 = m.Plan(
            cycle=cycle, year=2026, title="2026年度安全生产巡查工作计划", state="实施中"
        )
        plan25 = m.Plan(
            cycle=cycle, year=2025, title="2025年度安全生产巡查工作计划", state="已完成"
        )
        b26 = m.Batch(plan=plan26, seq=1, start_date=d(2026, 3, 2), end_date=d(2026, 3, 9))
        b26b = m.Batch(plan=plan26, seq=2, start_date=d(2026, 9, 1), end_date=d(2026, 9, 8))
        b25 = m.Batch(plan=plan25, seq=1, start_date=d(2025, 4, 1), end_date=d(2025, 4, 10))
        s.add_all([plan26, plan25, b26, b26b, b25])

        team_a = m.Team(name="第一巡查组", state="进驻", phone="0898-65201234")
        team_b = m.Team(name="第二巡查组", state="已批准", phone="0898-65205678")
        team_c = m.Team(name="2025年第一巡查组", state="已结束")
        s.add_all([team_a, team_b, team_c])

        haikou = m.Target(
            batch=b26,
            region=region["海口市"],
            team=team_a,
            entry_date=d(2026, 3, 2),
            exit_date=d(2026, 3, 9),
        )
        sanya = m.Target(
            batch=b26,
            region=region["三亚市"],
            team=team_b,
            entry_date=d(2026, 3, 2),
            exit_date=d(2026, 3, 9),
        )
        wenchang = m.Target(
            batch=b26b, region=region["文昌市"], entry_date=d(2026, 9, 1), exit_date=d(2026, 9, 8)
        )
        danzhou = m.Target(
            batch=b25,
            region=region["儋州市"],
            team=team_c,
            entry_date=d(2025, 4, 1),
            exit_date=d(2025, 4, 10),
        )
        s.add_all([haikou, sanya, wenchang, danzhou])

        people = {}
        for name, gender, unit, post, rank in [
            ("张伟", "男", "省应急管理厅", "副厅长", "厅级"),
            ("李娜", "女", "省住房和城乡建设厅", "处长", "处级"),
            ("王强", "男", "省交通运输厅", "科长", "科级"),
            ("赵敏", "女", "省应急管理厅", "处长", "处级"),
            ("陈刚", "男", "省市场监督管理局", "科员", "其他"),
            ("周杰", "男", "海南大学", "教授", "其他"),
        ]:
            people[name] = m.Person(
                name=name,
                gender=gender,
                unit=unit,
                post=post,
                rank=rank,
                pool_type="专家" if name == "周杰" else "工作人员",
            )
        s.add_all(people.values())

        def member(team: m.Team, name: str, role: str, **kw: object) -> m.Membership:
            ms = m.Membership(
                team=team,
                person=people[name],
                role=role,
                join_date=d(2026, 2, 20),
                selection="指定",
                selection_reason="工作需要",
                **kw,
            )
            s.add(ms)
            return ms

        member(team_a, "张伟", "组长")
        member(team_a, "李娜", "副组长")
        member(team_a, "王强", "成员")
        member(team_a, "陈刚", "成员", leave_date=d(2026, 3, 4), leave_reason="身体原因")
        member(team_b, "赵敏", "组长")
        member(team_b, "陈刚", "成员")

        cl_hk = m.Checklist(target=haikou, template=template, state="填写中")
        cl_sy = m.Checklist(target=sanya, template=template, state="填写中")
        cl_dz = m.Checklist(target=danzhou, template=template, state="已完成")
        s.add_all([cl_hk, cl_sy, cl_dz])
        s.flush()
        for i, item in enumerate(items):
            s.add(
                m.ChecklistResult(
                    checklist_id=cl_hk.id,
                    template_id=template.id,
                    item_id=item.id,
                    result="符合" if i < 3 else None,
                )
            )
            s.add(
                m.ChecklistResult(
                    checklist_id=cl_dz.id,
                    template_id=template.id,
                    item_id=item.id,
                    result="基本符合",
                )
            )

        def finding(
            code: str,
            target: m.Target,
            state: str,
            deadline: dt.date | None,
            description: str,
            kind_name: str,
            sector_name: str | None,
            unit: str = "",
            closed_on: dt.date | None = None,
        ) -> m.Finding:
            f = m.Finding(
                code=code,
                target=target,
                region=target.region,
                kind=kind[kind_name],
                sector=sector[sector_name] if sector_name else None,
                description=description,
                found_on=target.entry_date,
                state=state,
                responsible_unit=unit,
                deadline=deadline,
                closed_on=closed_on,
            )
            s.add(f)
            return f

        finding(
            "2026-HK-001",
            haikou,
            "已发现",
            None,
            "部分乡镇安全生产责任清单未制定",
            "管理问题",
            None,
        )
        finding(
            "2026-HK-002",
            haikou,
            "已交办",
            d(2026, 7, 10),
            "某化工企业储罐区未设置可燃气体报警装置",
            "重大事故隐患",
            "危险化学品",
            unit="海口市应急管理局",
        )
        finding(
            "2026-HK-003",
            haikou,
            "整改中",
            d(2026, 7, 16),
            "建筑工地塔吊未按规定检验",
            "一般事故隐患",
            "建筑施工",
            unit="海口市住房和城乡建设局",
        )
        finding(
            "2026-SY-001",
            sanya,
            "待核查",
            d(2026, 8, 30),
            "旅游景区游船救生设备不足",
            "一般事故隐患",
            "旅游",
            unit="三亚市旅游和文化广电体育局",
        )
        finding(
            "2026-SY-002",
            sanya,
            "已销号",
            d(2026, 6, 1),
            "燃气经营单位无证经营",
            "非法违法行为",
            "燃气",
            unit="三亚市综合行政执法局",
            closed_on=d(2026, 5, 30),
        )
        finding(
            "2025-DZ-001",
            danzhou,
            "已销号",
            d(2025, 6, 1),
            "非煤矿山安全设施未验收即投产",
            "重大事故隐患",
            "非煤矿山",
            unit="儋州市应急管理局",
            closed_on=d(2025, 5, 28),
        )

        iv = m.Interview(
            target=haikou,
            party="海口市应急管理局",
            reason="重大事故隐患整改不力",
            scheduled_at=dt.datetime(2026, 3, 5, 9, 30),
            state="已约谈",
            held_on=d(2026, 3, 5),
            report_due=d(2026, 3, 12),
        )
        iv.commitments.append(m.Commitment(content="一个月内完成储罐区报警装置安装"))
        iv.commitments.append(
            m.Commitment(
                content="开展全市危化品企业排查",
                due_date=d(2026, 4, 1),
                state="已完成",
                done_on=d(2026, 3, 30),
            )
        )
        iv2 = m.Interview(
            target=sanya,
            party="三亚市人民政府",
            reason="旅游安全监管薄弱",
            scheduled_at=dt.datetime(2026, 3, 7, 15, 0),
            state="拟约谈",
        )
        s.add_all([iv, iv2])
        s.flush()
        return Ids(plan26.id, plan25.id, haikou.id, sanya.id, danzhou.id, team_a.id, team_b.id)


def make_database(path: Path) -> tuple[Database, Ids]:
    db = open_database(path, operator="测试")
    load_reference_data(db)
    return db, build_dataset(db)
