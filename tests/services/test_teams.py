"""Team rules (one test per rule, passing and failing), draws and the team state flow."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError
from xuncha_desktop.services import draws, teams
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)
WINDOW = (dt.date(2027, 4, 1), dt.date(2027, 4, 10))


def member(name: str = "张三", role: str = "成员", **kw: object) -> teams.MemberFacts:
    base = teams.MemberFacts(
        membership_id=1, person_id=hash(name) % 10_000, name=name, unit="省应急管理厅",
        post="处长", rank="处级", pool_type="工作人员", role=role, selection="抽取",
        home_region_id=99, sectors=(), conditions_missing=(), active=True, unavailable=(),
        busy=())
    return replace(base, **kw)  # type: ignore[arg-type]


def team(*members: teams.MemberFacts, sectors: tuple[str, ...] = ()) -> teams.TeamFacts:
    return teams.TeamFacts(1, "第一巡查组", "拟定", WINDOW, ((7, "三亚市"),), sectors, members)


def good_team() -> teams.TeamFacts:
    return team(member("组长甲", "组长", rank="厅级"), member("副组长乙", "副组长"),
                member("成员丙"), member("联络员丁", "联络员", rank="科级"),
                member("专家戊", "专家", pool_type="专家", rank="其他", sectors=("危险化学品",)),
                sectors=("危险化学品",))


RULES = teams.TeamRules()


def test_good_team_meets_every_rule() -> None:
    results = teams.evaluate(good_team(), RULES)
    assert [r.ok for r in results] == [True] * len(results)
    assert results[0].text == "✔ 人数：符合"


def test_size_rule() -> None:
    assert teams.check_size(good_team(), RULES) == []
    small = team(member("组长甲", "组长", rank="厅级"))
    (v,) = teams.check_size(small, RULES)
    assert v.rule_name == "人数" and "现有 1 人，应为 5—8 人" in v.message
    assert teams.check_size(small, teams.TeamRules(size_min=1)) == []


def test_one_leader_rule() -> None:
    assert teams.check_one_leader(good_team(), RULES) == []
    two = team(member("组长甲", "组长", rank="厅级"), member("组长乙", "组长", rank="厅级"))
    (v,) = teams.check_one_leader(two, RULES)
    assert v.person == "组长甲、组长乙" and "2 名组长" in v.message
    (none,) = teams.check_one_leader(team(member()), RULES)
    assert "没有组长" in none.message


def test_leader_rank_rule() -> None:
    assert teams.check_leader_rank(good_team(), RULES) == []
    low = team(member("李四", "组长", rank="处级"))
    (v,) = teams.check_leader_rank(low, RULES)
    assert v.person == "李四" and v.message == "组长李四的职级为处级，应不低于厅级"
    assert teams.check_leader_rank(low, teams.TeamRules(leader_min_rank="处级")) == []


def test_recusal_rule_home_region_and_own_unit() -> None:
    assert teams.check_recusal(good_team(), RULES) == []
    home = team(member("王五", home_region_id=7))
    (v,) = teams.check_recusal(home, RULES)
    assert v.person == "王五" and "籍贯/工作地是三亚市，应回避" in v.message
    unit = team(member("赵六", unit="三亚市应急管理局"))
    (u,) = teams.check_recusal(unit, RULES)
    assert u.rule_name == "回避" and "赵六的单位“三亚市应急管理局”属三亚市" in u.message
    assert teams.check_recusal(unit, teams.TeamRules(recusal=False)) == []


def test_overlap_rule() -> None:
    assert teams.check_no_overlap(good_team(), RULES) == []
    busy = team(member("钱七", busy=(("第二巡查组", dt.date(2027, 4, 8), dt.date(2027, 4, 20)),)))
    (v,) = teams.check_no_overlap(busy, RULES)
    assert v.person == "钱七" and "已在“第二巡查组”" in v.message
    later = team(member("钱七", busy=(("第二巡查组", dt.date(2027, 4, 11), dt.date(2027, 4, 20)),)))
    assert teams.check_no_overlap(later, RULES) == []


def test_expert_sector_rule() -> None:
    assert teams.check_expert_sectors(good_team(), RULES) == []
    need = replace(good_team(), required_sectors=("危险化学品", "矿山"))
    (v,) = teams.check_expert_sectors(need, RULES)
    assert v.rule_name == "专家覆盖所需行业领域" and v.message.endswith("矿山")


def test_four_conditions_rule() -> None:
    assert teams.check_four_conditions(good_team(), RULES) == []
    unchecked = team(member("孙八", conditions_missing=(2, 4)))
    (v,) = teams.check_four_conditions(unchecked, RULES)
    assert v.person == "孙八" and v.message == "孙八尚未核查符合第2项、第4项条件"


def test_availability_rule() -> None:
    assert teams.check_available(good_team(), RULES) == []
    away = team(member("周九", unavailable=((dt.date(2027, 4, 5), dt.date(2027, 4, 6)),)))
    (v,) = teams.check_available(away, RULES)
    assert v.message == "周九在2027-04-05至2027-04-06不可用"
    (gone,) = teams.check_available(team(member("吴十", active=False)), RULES)
    assert "已不在人员库中" in gone.message


# ---------------------------------------------------------------------------------------------
# With a database
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=5, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "t.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="测试")
    yield database
    database.close()


def draft_team(db: Database) -> int:
    with read_session(db) as s:
        tid = s.scalar(select(m.Team.id).where(m.Team.state == "拟定").order_by(m.Team.id))
        assert tid is not None
        return tid


def emptied_team(db: Database) -> int:
    tid = draft_team(db)
    for ms in teams.team_facts(db, tid).members:
        teams.remove_member(db, ms.membership_id)
    assert teams.team_facts(db, tid).members == ()
    return tid


def test_demo_draws_verify(db: Database) -> None:
    checks = draws.verify_all(db)
    assert checks and all(c.ok for c in checks)


def test_draw_fills_open_places_meets_rules_and_reproduces(db: Database) -> None:
    tid = emptied_team(db)
    results = draws.draw_open_places(db, tid, operator="王小明", seed="abc123")
    assert {r.role for r in results} == {"组长", "副组长", "成员", "联络员", "专家"}
    assert all(r.ok for r in teams.check_team(db, tid))
    rows = [r for r in draws.list_draws(db, tid) if r.seed.startswith("abc123")]
    assert {r.operator for r in rows} == {"王小明"}
    for r in results:
        check = draws.verify_draw(db, r.draw_id)
        assert check.ok, check.text
        assert check.text.endswith("复核通过，重新抽取结果与记录一致。")
        with read_session(db) as s:
            d = s.get(m.Draw, r.draw_id)
            assert d is not None
            assert json.loads(d.candidates_json) == sorted(json.loads(d.candidates_json))
            rules = json.loads(d.rules_json)
            assert rules["规则设置"]["size_min"] == 5
    # the same seed on the same pool gives the same people
    first = {r.role: r.chosen for r in results}
    tid2 = emptied_team_again(db, tid)
    again = draws.draw_open_places(db, tid2, operator="王小明", seed="abc123")
    assert {r.role: r.chosen for r in again} == first


def emptied_team_again(db: Database, tid: int) -> int:
    for ms in teams.team_facts(db, tid).members:
        teams.remove_member(db, ms.membership_id)
    return tid


def test_changed_pool_or_tampered_record_fails_verification(db: Database) -> None:
    tid = emptied_team(db)
    r = draws.draw_members(db, tid, "成员", 2, operator="王小明", seed="s1")
    assert draws.verify_draw(db, r.draw_id).ok
    loser = [c for c in r.candidates if c not in r.chosen][-1]
    with unit_of_work(db, "篡改") as s:
        p = s.get(m.Person, loser)
        assert p is not None
        p.name = p.name + "改"
    check = draws.verify_draw(db, r.draw_id)
    assert not check.ok and "人员库已变动" in check.text
    r2 = draws.draw_members(db, tid, "成员", 1, operator="王小明", seed="s2")
    with unit_of_work(db, "篡改") as s:
        d = s.get(m.Draw, r2.draw_id)
        assert d is not None
        d.result_json = json.dumps([r2.candidates[0] if r2.candidates[0] not in r2.chosen
                                    else r2.candidates[1]])
    bad = draws.verify_draw(db, r2.draw_id)
    assert not bad.ok and "结果与记录不一致" in bad.text


def test_state_flow_refuses_broken_line_up_then_freezes(db: Database) -> None:
    tid = emptied_team(db)
    with pytest.raises(StateError) as err:
        teams.change_state(db, tid, "报批")
    assert "【人数】巡查组现有 0 人" in str(err.value) and "【组长一人】" in str(err.value)
    draws.draw_open_places(db, tid, operator="王小明", seed="flow")
    # an appointed leader of too low a rank breaks a rule that names him
    with read_session(db) as s:
        low = s.scalar(select(m.Person.id).where(m.Person.rank == "科级", m.Person.active)
                       .order_by(m.Person.id))
    assert low is not None
    extra = teams.appoint_member(db, tid, low, "组长", "熟悉当地情况")
    with pytest.raises(StateError) as err:
        teams.change_state(db, tid, "报批")
    assert "【组长一人】" in str(err.value) and "【组长职级】组长" in str(err.value)
    teams.remove_member(db, extra)
    assert teams.change_state(db, tid, "报批") == "报批"
    with pytest.raises(StateError):
        teams.change_state(db, tid, "进驻")
    teams.change_state(db, tid, "已批准")
    member = teams.team_facts(db, tid).members[-1]
    with pytest.raises(StateError) as frozen:
        teams.remove_member(db, member.membership_id)
    assert "组成人员已固定" in str(frozen.value)
    # 调整: an unfit member is replaced by a draw under the same rules
    new_id = draws.replace_member(db, member.membership_id, "身体原因无法继续参加巡查",
                                  operator="王小明", on=dt.date(2027, 4, 3), unfit=True,
                                  seed="repl")
    history = teams.team_history(db, tid)
    old = next(h for h in history if h.membership_id == member.membership_id)
    new = next(h for h in history if h.membership_id == new_id)
    assert old.leave_date is not None and "不适合从事巡查工作" in old.leave_reason
    assert new.replaces == old.name and new.selection == "抽取" and new.role == member.role
    assert all(r.ok for r in teams.check_team(db, tid))
    assert all(c.ok for c in draws.verify_all(db))
    teams.add_conduct(db, new_id, dt.date(2027, 4, 5), "按时到岗，认真履职", "表扬")
    assert "按时到岗" in teams.team_history(db, tid)[-1].conduct[0]


def test_appointed_member_needs_reason_and_is_marked(db: Database) -> None:
    tid = emptied_team(db)
    with read_session(db) as s:
        pid = s.scalar(select(m.Person.id).order_by(m.Person.id))
    assert pid is not None
    with pytest.raises(Exception, match="指定理由"):
        teams.appoint_member(db, tid, pid, "联络员", " ")
    teams.appoint_member(db, tid, pid, "联络员", "熟悉文书办理")
    (row,) = teams.team_history(db, tid)
    assert row.selection == "指定" and row.role == "联络员"


def test_rules_are_settings(db: Database) -> None:
    rules = teams.load_rules(db)
    assert (rules.size_min, rules.size_max, rules.leader_min_rank) == (5, 8, "厅级")
    rules.size_max = 9
    rules.recusal = False
    teams.save_rules(db, rules)
    again = teams.load_rules(db)
    assert again.size_max == 9 and again.recusal is False
    results = teams.check_team(db, draft_team(db), again)
    assert next(r for r in results if r.rule == "recusal").text == "回避：未启用"


def test_replacement_draw_never_returns_the_leaving_member(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An unfit member replaced by a draw is never drawn back as their own successor."""
    import datetime as dt
    import json

    from sqlalchemy import select

    from xuncha_desktop.db import models as m
    from xuncha_desktop.services import draws
    from xuncha_desktop.services.bootstrap import open_for_use
    from xuncha_desktop.services.demo import generate_demo
    from xuncha_desktop.services.uow import read_session

    db = open_for_use(tmp_path / "r.db", operator="测试")
    generate_demo(db, seed=4, today=dt.date(2026, 7, 14))
    with read_session(db) as s:
        rows = s.execute(
            select(m.Membership.id, m.Membership.person_id, m.Draw.candidates_json)
            .join(m.Team, m.Team.id == m.Membership.team_id)
            .join(m.Draw, m.Draw.id == m.Membership.draw_id)
            .where(m.Team.state == "进驻", m.Membership.leave_date.is_(None),
                   m.Membership.role == "成员")
        ).all()
    assert rows
    for i, (membership_id, person_id, _cands) in enumerate(rows[:3]):
        draws.replace_member(db, membership_id, "身体原因不能坚持工作", operator="测试",
                             unfit=True, seed=f"s{i}", on=dt.date(2026, 7, 14))
        with read_session(db) as s:
            new = s.scalars(select(m.Membership).where(m.Membership.replaces_id == membership_id)).one()
            draw = s.get(m.Draw, new.draw_id)
            assert new.person_id != person_id
            assert person_id not in json.loads(draw.candidates_json)
    db.close()


def test_state_history_comes_from_the_audit_log(db: Database) -> None:
    new = teams.create_team(db, "第九巡查组", operator="王小明")
    (created,) = teams.state_history(db, new)
    assert (created.operator, created.from_state, created.to_state) == ("王小明", None, "拟定")
    assert created.text == "（新建） → 拟定"

    tid = emptied_team(db)
    before = len(teams.state_history(db, tid))
    draws.draw_open_places(db, tid, operator="王小明", seed="flow")
    teams.change_state(db, tid, "报批", operator="王小明")
    teams.change_state(db, tid, "拟定", operator="李主任")  # 退回修改
    teams.change_state(db, tid, "报批", operator="王小明")
    teams.change_state(db, tid, "已批准", operator="李主任")
    history = teams.state_history(db, tid)
    assert [(h.operator, h.text) for h in history[before:]] == [
        ("王小明", "拟定 → 报批"), ("李主任", "报批 → 拟定"),
        ("王小明", "拟定 → 报批"), ("李主任", "报批 → 已批准")]
    times = [h.at for h in history]
    assert times == sorted(times)
    # the other team's history is not mixed in, and an unknown team is said so
    assert [h.to_state for h in teams.state_history(db, new)] == ["拟定"]
    with pytest.raises(NotFoundError, match="巡查组（编号 999999）不存在"):
        teams.state_history(db, 999_999)
