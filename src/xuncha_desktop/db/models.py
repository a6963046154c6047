"""The whole domain model of DOMAIN.md as typed SQLAlchemy 2 models.

Invalid states are made unrepresentable where the database can enforce it: foreign keys,
CHECK constraints and UNIQUE constraints. Constraint names follow ``base.NAMING_CONVENTION``;
``services.errors`` turns a violated constraint into a Chinese message by its name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from xuncha_desktop.db.base import Base, IdMixin, TimestampMixin, VersionedMixin, label

# ---------------------------------------------------------------------------------------------
# Vocabularies. Kept as tuples so that CHECK constraints and services share one source.
# ---------------------------------------------------------------------------------------------
REGION_KINDS = ("地级市", "县级市", "县", "自治县", "开发区")
PLAN_STATES = ("草拟", "报批", "已批准", "实施中", "已完成", "已撤销")
GENDERS = ("男", "女")
RANKS = ("厅级", "处级", "科级", "其他")
POOL_TYPES = ("工作人员", "专家")
TEAM_STATES = ("拟定", "报批", "已批准", "进驻", "已结束")
ROLES = ("组长", "副组长", "成员", "联络员", "专家")
SELECTIONS = ("抽取", "指定")
CHECKLIST_STATES = ("填写中", "已完成")
RESULTS = ("符合", "基本符合", "不符合", "不适用")
UNIT_KINDS = ("市县政府", "乡镇", "部门", "企业")
FINDING_STATES = ("已发现", "已交办", "整改中", "待核查", "已销号")
SUPERVISION_LEVELS = ("省级", "市县级")
INTERVIEW_STATES = ("拟约谈", "已通知", "已约谈", "整改跟踪", "已办结", "已取消")
ATTENDEE_SIDES = ("被约谈方", "巡查组", "列席")
ATTENDEE_ROLES = ("", "主要负责人", "分管负责人")
COMMITMENT_STATES = ("未完成", "已完成", "转为问题")
NUMBER_STATES = ("已使用", "已作废")
DOCUMENT_FORMATS = ("docx", "pdf")
GRADES = ("好", "较好", "一般", "差")
SUBJECT_KINDS = ("单位", "个人")
OPERATOR_ROLES = ("管理员", "办公室", "组长", "只读")
CONDITIONS = (
    "理想信念坚定，在思想、政治、行动上与党中央保持高度一致",
    "坚持原则，作风过硬，公道正派，敢于担当，清正廉洁",
    "熟悉安全生产工作和相关政策法规，具有较强的发现问题、综合分析和沟通协调能力",
    "身体健康，能胜任工作",
)
COOPERATION_DUTIES = (
    "不得隐瞒不报或者故意向巡查组提供虚假情况",
    "不得拒绝或者不按照要求向巡查组提供相关文件材料",
    "不得指使、强令有关单位和个人干扰、阻挠巡查工作或者诬告、陷害他人",
    "不得无正当理由拒不整改存在的问题或者不按要求整改",
    "不得对反映问题人员进行打击、报复、陷害",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _not_blank(column: str) -> str:
    return f"length(trim({column})) > 0"


# ---------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------
class Region(IdMixin, VersionedMixin, Base):
    """A 市县 (or a peer such as 洋浦经济开发区) that can be toured."""

    __tablename__ = "region"
    __label__ = "市县"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), "name_not_blank"),
        CheckConstraint(
            "code IS NULL OR length(code) = 6", "code_format"
        ),
        CheckConstraint(_in("kind", REGION_KINDS), "kind_valid"),
    )

    name: Mapped[str] = mapped_column(String(40), unique=True, info=label("名称"))
    code: Mapped[str | None] = mapped_column(String(6), unique=True, info=label("区划代码"))
    kind: Mapped[str] = mapped_column(String(8), info=label("类别"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("排序"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("启用"))


class Sector(IdMixin, VersionedMixin, Base):
    __tablename__ = "sector"
    __label__ = "行业领域"
    __table_args__ = (CheckConstraint(_not_blank("name"), "name_not_blank"),)

    name: Mapped[str] = mapped_column(String(40), unique=True, info=label("名称"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("排序"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("启用"))


class FindingKind(IdMixin, VersionedMixin, Base):
    __tablename__ = "finding_kind"
    __label__ = "问题类别"
    __table_args__ = (CheckConstraint(_not_blank("name"), "name_not_blank"),)

    code: Mapped[str] = mapped_column(String(20), unique=True, info=label("代码"))
    name: Mapped[str] = mapped_column(String(40), unique=True, info=label("名称"))
    description: Mapped[str] = mapped_column(Text, default="", info=label("说明"))
    is_major: Mapped[bool] = mapped_column(Boolean, default=False, info=label("重大"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("排序"))


class Operator(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "operator"
    __label__ = "操作员"
    __table_args__ = (
        CheckConstraint(_not_blank("login"), "login_not_blank"),
        CheckConstraint(_in("role", OPERATOR_ROLES), "role_valid"),
    )

    login: Mapped[str] = mapped_column(String(64), unique=True, info=label("登录名"))
    display_name: Mapped[str] = mapped_column(String(64), info=label("姓名"))
    role: Mapped[str] = mapped_column(String(8), default="办公室", info=label("角色"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("启用"))


class Setting(VersionedMixin, Base):
    """Office-wide settings shared by every workstation (JSON values)."""

    __tablename__ = "setting"
    __label__ = "设置"

    key: Mapped[str] = mapped_column(String(80), primary_key=True, info=label("名称"))
    value: Mapped[str] = mapped_column(Text, info=label("值"))


# ---------------------------------------------------------------------------------------------
# Plans and coverage
# ---------------------------------------------------------------------------------------------
class Cycle(IdMixin, VersionedMixin, Base):
    """A coverage cycle (三年全覆盖): every active region must be toured within it."""

    __tablename__ = "cycle"
    __label__ = "巡查周期"
    __table_args__ = (
        CheckConstraint("length_years BETWEEN 1 AND 10", "length_range"),
        CheckConstraint("start_year BETWEEN 2000 AND 2100", "start_year_range"),
    )

    name: Mapped[str] = mapped_column(String(80), info=label("名称"))
    start_year: Mapped[int] = mapped_column(Integer, unique=True, info=label("起始年度"))
    length_years: Mapped[int] = mapped_column(Integer, default=3, info=label("年限"))

    plans: Mapped[list[Plan]] = relationship(back_populates="cycle")
    exclusions: Mapped[list[CycleExclusion]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan"
    )

    @property
    def end_year(self) -> int:
        return self.start_year + self.length_years - 1


class CycleExclusion(IdMixin, Base):
    """A region marked not applicable for a cycle, with a reason."""

    __tablename__ = "cycle_exclusion"
    __label__ = "周期不适用市县"
    __table_args__ = (
        UniqueConstraint("cycle_id", "region_id"),
        CheckConstraint(_not_blank("reason"), "reason_not_blank"),
    )

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(Text, info=label("理由"))

    cycle: Mapped[Cycle] = relationship(back_populates="exclusions")
    region: Mapped[Region] = relationship()


class Plan(IdMixin, VersionedMixin, TimestampMixin, Base):
    """年度巡查工作计划."""

    __tablename__ = "plan"
    __label__ = "巡查计划"
    __table_args__ = (
        CheckConstraint(_not_blank("title"), "title_not_blank"),
        CheckConstraint(_in("state", PLAN_STATES), "state_valid"),
        CheckConstraint("year BETWEEN 2000 AND 2100", "year_range"),
    )

    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("cycle.id", ondelete="RESTRICT"), index=True, info=label("巡查周期")
    )
    year: Mapped[int] = mapped_column(Integer, info=label("年度"))
    title: Mapped[str] = mapped_column(String(200), info=label("标题"))
    basis: Mapped[str] = mapped_column(Text, default="", info=label("依据"))
    state: Mapped[str] = mapped_column(String(8), default="草拟", info=label("状态"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("备注"))

    cycle: Mapped[Cycle] = relationship(back_populates="plans")
    batches: Mapped[list[Batch]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Batch.seq"
    )
    transitions: Mapped[list[PlanTransition]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTransition.id"
    )


class PlanTransition(IdMixin, Base):
    __tablename__ = "plan_transition"
    __label__ = "计划状态变更"
    __table_args__ = (
        CheckConstraint(_in("to_state", PLAN_STATES), "to_state_valid"),
        CheckConstraint(f"from_state IS NULL OR {_in('from_state', PLAN_STATES)}", "from_valid"),
    )

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(8), info=label("原状态"))
    to_state: Mapped[str] = mapped_column(String(8), info=label("新状态"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("时间"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("说明"))

    plan: Mapped[Plan] = relationship(back_populates="transitions")


class PlanChange(IdMixin, Base):
    """变更 of an approved plan: the reason and what changed are kept."""

    __tablename__ = "plan_change"
    __label__ = "计划变更"
    __table_args__ = (CheckConstraint(_not_blank("reason"), "reason_not_blank"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text, info=label("变更理由"))
    summary: Mapped[str] = mapped_column(Text, default="", info=label("变更内容"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("时间"))


class Batch(IdMixin, VersionedMixin, Base):
    """批次 of a plan, with its dates."""

    __tablename__ = "batch"
    __label__ = "批次"
    __table_args__ = (
        UniqueConstraint("plan_id", "seq"),
        CheckConstraint("end_date >= start_date", "dates_ordered"),
        CheckConstraint("seq >= 1", "seq_positive"),
    )

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, info=label("批次序号"))
    name: Mapped[str] = mapped_column(String(80), default="", info=label("名称"))
    start_date: Mapped[dt.date] = mapped_column(Date, info=label("开始日期"))
    end_date: Mapped[dt.date] = mapped_column(Date, info=label("结束日期"))

    plan: Mapped[Plan] = relationship(back_populates="batches")
    targets: Mapped[list[Target]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="Target.id"
    )


class Team(IdMixin, VersionedMixin, TimestampMixin, Base):
    """巡查组. One team serves one target or a group of targets."""

    __tablename__ = "team"
    __label__ = "巡查组"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), "name_not_blank"),
        CheckConstraint(_in("state", TEAM_STATES), "state_valid"),
    )

    name: Mapped[str] = mapped_column(String(80), info=label("名称"))
    state: Mapped[str] = mapped_column(String(8), default="拟定", info=label("状态"))
    phone: Mapped[str] = mapped_column(String(40), default="", info=label("联系电话"))
    mailbox: Mapped[str] = mapped_column(String(120), default="", info=label("举报信箱"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("备注"))

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="Membership.id"
    )
    targets: Mapped[list[Target]] = relationship(back_populates="team")


class TeamSector(Base):
    """A 行业领域 the team's targets need; the team's experts must cover each of them."""

    __tablename__ = "team_sector"
    __label__ = "巡查组所需领域"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(
        ForeignKey("sector.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class Target(IdMixin, VersionedMixin, Base):
    """巡查对象 of a batch: one region, with 进驻 and 撤离 dates."""

    __tablename__ = "target"
    __label__ = "巡查对象"
    __table_args__ = (
        UniqueConstraint("batch_id", "region_id"),
        CheckConstraint("exit_date >= entry_date", "dates_ordered"),
    )

    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), index=True, info=label("市县")
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), index=True, info=label("巡查组")
    )
    entry_date: Mapped[dt.date] = mapped_column(Date, info=label("进驻日期"))
    exit_date: Mapped[dt.date] = mapped_column(Date, info=label("撤离日期"))
    extension_scope: Mapped[str] = mapped_column(Text, default="", info=label("延伸范围"))
    mobilization: Mapped[str] = mapped_column(Text, default="", info=label("动员会安排"))

    batch: Mapped[Batch] = relationship(back_populates="targets")
    region: Mapped[Region] = relationship()
    team: Mapped[Team | None] = relationship(back_populates="targets")


# ---------------------------------------------------------------------------------------------
# Personnel pool, teams and draws
# ---------------------------------------------------------------------------------------------
class Person(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "person"
    __label__ = "人员"
    __table_args__ = (
        CheckConstraint(_not_blank("name"), "name_not_blank"),
        CheckConstraint(_in("gender", GENDERS), "gender_valid"),
        CheckConstraint(_in("rank", RANKS), "rank_valid"),
        CheckConstraint(_in("pool_type", POOL_TYPES), "pool_type_valid"),
        CheckConstraint("id_number IS NULL OR length(id_number) = 18", "id_number_length"),
        Index("ix_person_name_unit", "name", "unit"),
    )

    name: Mapped[str] = mapped_column(String(40), info=label("姓名"))
    name_initials: Mapped[str] = mapped_column(String(40), default="", info=label("拼音首字母"))
    gender: Mapped[str] = mapped_column(String(2), info=label("性别"))
    unit: Mapped[str] = mapped_column(String(120), info=label("单位"))
    post: Mapped[str] = mapped_column(String(80), default="", info=label("职务"))
    rank: Mapped[str] = mapped_column(String(4), default="其他", info=label("职级"))
    phone: Mapped[str] = mapped_column(String(20), default="", info=label("电话"))
    id_number: Mapped[str | None] = mapped_column(
        String(18), unique=True, info=label("身份证号", sensitive=True)
    )
    home_region_id: Mapped[int | None] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), index=True, info=label("籍贯/工作地市县")
    )
    pool_type: Mapped[str] = mapped_column(String(4), default="工作人员", info=label("人员类别"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("在库"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("备注"))

    home_region: Mapped[Region | None] = relationship()
    # Read-only: write PersonSector rows, so that the audit hook sees each link.
    sectors: Mapped[list[Sector]] = relationship(
        secondary="person_sector", order_by="Sector.id", viewonly=True
    )
    conditions: Mapped[list[PersonCondition]] = relationship(
        cascade="all, delete-orphan", order_by="PersonCondition.condition_no"
    )
    unavailability: Mapped[list[PersonUnavailability]] = relationship(
        cascade="all, delete-orphan"
    )


class PersonSector(Base):
    __tablename__ = "person_sector"
    __label__ = "人员专业领域"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(
        ForeignKey("sector.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class PersonCondition(IdMixin, VersionedMixin, Base):
    """One of the four member conditions (seed 二（二）) and who checked it."""

    __tablename__ = "person_condition"
    __label__ = "人员条件核查"
    __table_args__ = (
        UniqueConstraint("person_id", "condition_no"),
        CheckConstraint("condition_no BETWEEN 1 AND 4", "condition_no_range"),
        CheckConstraint(
            "NOT met OR (checked_by IS NOT NULL AND checked_on IS NOT NULL)", "met_needs_checker"
        ),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    condition_no: Mapped[int] = mapped_column(Integer, info=label("条件序号"))
    met: Mapped[bool] = mapped_column(Boolean, default=False, info=label("符合"))
    checked_by: Mapped[str | None] = mapped_column(String(64), info=label("核查人"))
    checked_on: Mapped[dt.date | None] = mapped_column(Date, info=label("核查日期"))


class PersonUnavailability(IdMixin, Base):
    __tablename__ = "person_unavailability"
    __label__ = "人员不可用时段"
    __table_args__ = (CheckConstraint("end_date >= start_date", "dates_ordered"),)

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[dt.date] = mapped_column(Date, info=label("开始日期"))
    end_date: Mapped[dt.date] = mapped_column(Date, info=label("结束日期"))
    reason: Mapped[str] = mapped_column(Text, default="", info=label("原因"))


class Draw(IdMixin, TimestampMixin, Base):
    """A recorded random draw: seed, ordered candidate list and rules, so it can be re-run."""

    __tablename__ = "draw"
    __label__ = "随机抽取记录"
    __table_args__ = (
        CheckConstraint(_not_blank("seed"), "seed_not_blank"),
        CheckConstraint("places >= 1", "places_positive"),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="RESTRICT"), index=True)
    seed: Mapped[str] = mapped_column(String(80), info=label("随机种子"))
    algorithm: Mapped[str] = mapped_column(String(40), info=label("算法"))
    role: Mapped[str] = mapped_column(String(8), info=label("抽取角色"))
    places: Mapped[int] = mapped_column(Integer, info=label("抽取人数"))
    candidates_json: Mapped[str] = mapped_column(Text, info=label("候选名单"))
    rules_json: Mapped[str] = mapped_column(Text, info=label("适用规则"))
    result_json: Mapped[str] = mapped_column(Text, info=label("抽取结果"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))


class Membership(IdMixin, VersionedMixin, Base):
    """A person's place on a team, with role, dates and how they were selected."""

    __tablename__ = "membership"
    __label__ = "巡查组成员"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), "role_valid"),
        CheckConstraint(_in("selection", SELECTIONS), "selection_valid"),
        CheckConstraint(
            "selection = '抽取' OR length(trim(selection_reason)) > 0", "appointed_needs_reason"
        ),
        CheckConstraint("selection = '指定' OR draw_id IS NOT NULL", "drawn_needs_draw"),
        CheckConstraint("leave_date IS NULL OR leave_date >= join_date", "dates_ordered"),
        CheckConstraint(
            "leave_date IS NULL OR length(trim(leave_reason)) > 0", "leave_needs_reason"
        ),
    )

    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True, info=label("人员")
    )
    role: Mapped[str] = mapped_column(String(4), info=label("职务"))
    join_date: Mapped[dt.date] = mapped_column(Date, info=label("加入日期"))
    leave_date: Mapped[dt.date | None] = mapped_column(Date, info=label("离组日期"))
    leave_reason: Mapped[str] = mapped_column(Text, default="", info=label("调整理由"))
    selection: Mapped[str] = mapped_column(String(2), info=label("产生方式"))
    selection_reason: Mapped[str] = mapped_column(Text, default="", info=label("指定理由"))
    draw_id: Mapped[int | None] = mapped_column(
        ForeignKey("draw.id", ondelete="RESTRICT"), info=label("抽取记录")
    )
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership.id", ondelete="SET NULL"), info=label("接替")
    )

    team: Mapped[Team] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()


class ConductRecord(IdMixin, VersionedMixin, Base):
    """工作纪律: a record of a team member's conduct."""

    __tablename__ = "conduct_record"
    __label__ = "工作纪律记录"
    __table_args__ = (CheckConstraint(_not_blank("description"), "description_not_blank"),)

    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[dt.date] = mapped_column(Date, info=label("日期"))
    description: Mapped[str] = mapped_column(Text, info=label("情况"))
    outcome: Mapped[str] = mapped_column(Text, default="", info=label("处理结果"))


# ---------------------------------------------------------------------------------------------
# Checklists
# ---------------------------------------------------------------------------------------------
class ChecklistTemplate(IdMixin, TimestampMixin, Base):
    """A version of the checklist template. A version in use is never edited."""

    __tablename__ = "checklist_template"
    __label__ = "检查表模板"
    __table_args__ = (
        UniqueConstraint("name", "version_no"),
        CheckConstraint("version_no >= 1", "version_positive"),
        CheckConstraint(_not_blank("name"), "name_not_blank"),
    )

    name: Mapped[str] = mapped_column(String(80), info=label("名称"))
    version_no: Mapped[int] = mapped_column(Integer, info=label("版本号"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("说明"))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, info=label("当前版本"))

    items: Mapped[list[TemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplateItem.sort_order"
    )


class TemplateItem(IdMixin, Base):
    __tablename__ = "template_item"
    __label__ = "检查项"
    __table_args__ = (
        UniqueConstraint("template_id", "number"),
        UniqueConstraint("id", "template_id", name="uq_template_item_id_template"),
        CheckConstraint(_not_blank("title"), "title_not_blank"),
        CheckConstraint("weight >= 0", "weight_non_negative"),
    )

    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("template_item.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(20), info=label("序号"))
    title: Mapped[str] = mapped_column(Text, info=label("检查内容"))
    guidance: Mapped[str] = mapped_column(Text, default="", info=label("检查要点"))
    methods: Mapped[str] = mapped_column(Text, default="", info=label("检查方式"))
    documents: Mapped[str] = mapped_column(Text, default="", info=label("需调阅资料"))
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(10), info=label("权重"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("排序"))

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class InspectedUnit(IdMixin, VersionedMixin, Base):
    """A 乡镇, department or enterprise visited during 延伸巡查; matched across tours."""

    __tablename__ = "inspected_unit"
    __label__ = "被巡查单位"
    __table_args__ = (
        CheckConstraint(_in("kind", UNIT_KINDS), "kind_valid"),
        CheckConstraint(_not_blank("name"), "name_not_blank"),
        UniqueConstraint("region_id", "kind", "name"),
    )

    kind: Mapped[str] = mapped_column(String(4), info=label("类型"))
    name: Mapped[str] = mapped_column(String(200), info=label("名称"))
    region_id: Mapped[int] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), index=True, info=label("市县")
    )
    address: Mapped[str] = mapped_column(Text, default="", info=label("地址"))
    sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector.id", ondelete="RESTRICT"), info=label("行业领域")
    )
    credit_code: Mapped[str | None] = mapped_column(
        String(18), unique=True, info=label("统一社会信用代码")
    )

    region: Mapped[Region] = relationship()
    sector: Mapped[Sector | None] = relationship()


class UnitVisit(IdMixin, VersionedMixin, Base):
    __tablename__ = "unit_visit"
    __label__ = "延伸巡查记录"

    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("inspected_unit.id", ondelete="RESTRICT"), index=True, info=label("单位")
    )
    visited_on: Mapped[dt.date] = mapped_column(Date, info=label("日期"))
    members_present: Mapped[str] = mapped_column(Text, default="", info=label("参加人员"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("情况"))

    unit: Mapped[InspectedUnit] = relationship()


class Checklist(IdMixin, VersionedMixin, TimestampMixin, Base):
    """The checklist of one target, bound to the template version it started with."""

    __tablename__ = "checklist"
    __label__ = "检查表"
    __table_args__ = (
        UniqueConstraint("target_id"),
        UniqueConstraint("id", "template_id", name="uq_checklist_id_template"),
        CheckConstraint(_in("state", CHECKLIST_STATES), "state_valid"),
    )

    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"))
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="RESTRICT"), index=True
    )
    state: Mapped[str] = mapped_column(String(4), default="填写中", info=label("状态"))

    target: Mapped[Target] = relationship()
    template: Mapped[ChecklistTemplate] = relationship()
    results: Mapped[list[ChecklistResult]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="ChecklistResult.id"
    )


class ChecklistResult(IdMixin, VersionedMixin, Base):
    """The result of one template item in one checklist.

    The composite foreign keys guarantee that the item belongs to the checklist's own
    template version: a result on another version's item cannot be stored.
    """

    __tablename__ = "checklist_result"
    __label__ = "检查结果"
    __table_args__ = (
        UniqueConstraint("checklist_id", "item_id"),
        ForeignKeyConstraint(
            ["checklist_id", "template_id"],
            ["checklist.id", "checklist.template_id"],
            ondelete="CASCADE",
            name="fk_checklist_result_checklist_version",
        ),
        ForeignKeyConstraint(
            ["item_id", "template_id"],
            ["template_item.id", "template_item.template_id"],
            ondelete="RESTRICT",
            name="fk_checklist_result_item_version",
        ),
        CheckConstraint(f"result IS NULL OR {_in('result', RESULTS)}", "result_valid"),
    )

    checklist_id: Mapped[int] = mapped_column(Integer, index=True)
    template_id: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(Integer, index=True, info=label("检查项"))
    result: Mapped[str | None] = mapped_column(String(4), info=label("结果"))
    notes: Mapped[str] = mapped_column(Text, default="", info=label("情况记录"))
    method: Mapped[str] = mapped_column(String(80), default="", info=label("检查方式"))
    inspector: Mapped[str] = mapped_column(String(64), default="", info=label("检查人"))
    checked_on: Mapped[dt.date | None] = mapped_column(Date, info=label("检查日期"))
    place: Mapped[str] = mapped_column(String(200), default="", info=label("检查地点"))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspected_unit.id", ondelete="RESTRICT"), info=label("检查单位")
    )

    checklist: Mapped[Checklist] = relationship(back_populates="results", overlaps="item")
    item: Mapped[TemplateItem] = relationship(overlaps="checklist,results")


class CooperationBreach(IdMixin, VersionedMixin, Base):
    """配合情况: a breach of one of the five duties of the inspected party."""

    __tablename__ = "cooperation_breach"
    __label__ = "配合情况记录"
    __table_args__ = (
        CheckConstraint("duty_no BETWEEN 1 AND 5", "duty_no_range"),
        CheckConstraint(_not_blank("description"), "description_not_blank"),
    )

    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    duty_no: Mapped[int] = mapped_column(Integer, info=label("违反事项"))
    occurred_on: Mapped[dt.date] = mapped_column(Date, info=label("日期"))
    description: Mapped[str] = mapped_column(Text, info=label("情况"))
    responsible: Mapped[str] = mapped_column(String(200), default="", info=label("责任人"))
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL"), info=label("相关约谈")
    )


class Evaluation(IdMixin, VersionedMixin, Base):
    """评价 of one target: computed score and grade, and an override only with a reason."""

    __tablename__ = "evaluation"
    __label__ = "评价"
    __table_args__ = (
        UniqueConstraint("target_id"),
        CheckConstraint(_in("computed_grade", GRADES), "computed_grade_valid"),
        CheckConstraint(_in("grade", GRADES), "grade_valid"),
        CheckConstraint(
            "grade = computed_grade OR length(trim(override_reason)) > 0",
            "override_needs_reason",
        ),
        CheckConstraint("score >= 0 AND score <= 100", "score_range"),
    )

    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"))
    score: Mapped[Decimal] = mapped_column(Numeric(5, 2), info=label("得分"))
    computed_grade: Mapped[str] = mapped_column(String(2), info=label("计算等次"))
    grade: Mapped[str] = mapped_column(String(2), info=label("评定等次"))
    override_reason: Mapped[str] = mapped_column(Text, default="", info=label("调整理由"))
    summary: Mapped[str] = mapped_column(Text, default="", info=label("评价意见"))
    evaluated_by: Mapped[str] = mapped_column(String(64), default="", info=label("评价人"))
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date, info=label("评价日期"))


class SubjectEvaluation(IdMixin, VersionedMixin, Base):
    """Written evaluation of a unit or a named individual (单位和个人)."""

    __tablename__ = "subject_evaluation"
    __label__ = "单位和个人评价"
    __table_args__ = (
        CheckConstraint(_in("subject_kind", SUBJECT_KINDS), "subject_kind_valid"),
        CheckConstraint(_not_blank("subject_name"), "subject_name_not_blank"),
    )

    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    subject_kind: Mapped[str] = mapped_column(String(2), info=label("对象类别"))
    subject_name: Mapped[str] = mapped_column(String(200), info=label("对象名称"))
    text: Mapped[str] = mapped_column(Text, default="", info=label("评价"))


# ---------------------------------------------------------------------------------------------
# Findings and their closed loop
# ---------------------------------------------------------------------------------------------
class Finding(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A problem or hazard found on a tour, tracked until 销号."""

    __tablename__ = "finding"
    __label__ = "问题隐患"
    __table_args__ = (
        CheckConstraint(_in("state", FINDING_STATES), "state_valid"),
        CheckConstraint(_in("unit_level", UNIT_KINDS), "unit_level_valid"),
        CheckConstraint(_not_blank("description"), "description_not_blank"),
        CheckConstraint(
            "state = '已发现' OR (deadline IS NOT NULL AND length(trim(responsible_unit)) > 0)",
            "assigned_needs_deadline",
        ),
        CheckConstraint("state <> '已销号' OR closed_on IS NOT NULL", "closed_needs_date"),
        CheckConstraint(
            "supervision_level IS NULL OR " + _in("supervision_level", SUPERVISION_LEVELS),
            "supervision_level_valid",
        ),
        CheckConstraint(
            "supervision_level IS NULL OR length(trim(supervising_body)) > 0",
            "supervision_needs_body",
        ),
        Index("ix_finding_state_deadline", "state", "deadline"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True, info=label("编号"))
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("target.id", ondelete="RESTRICT"), index=True, info=label("巡查对象")
    )
    region_id: Mapped[int] = mapped_column(
        ForeignKey("region.id", ondelete="RESTRICT"), index=True, info=label("市县")
    )
    kind_id: Mapped[int] = mapped_column(
        ForeignKey("finding_kind.id", ondelete="RESTRICT"), index=True, info=label("类别")
    )
    sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector.id", ondelete="RESTRICT"), index=True, info=label("行业领域")
    )
    unit_level: Mapped[str] = mapped_column(String(4), default="市县政府", info=label("单位层级"))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspected_unit.id", ondelete="RESTRICT"), index=True, info=label("单位")
    )
    checklist_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_result.id", ondelete="SET NULL"), index=True, info=label("检查项")
    )
    description: Mapped[str] = mapped_column(Text, info=label("问题描述"))
    legal_basis: Mapped[str] = mapped_column(Text, default="", info=label("依据"))
    found_on: Mapped[dt.date] = mapped_column(Date, info=label("发现日期"))
    found_by: Mapped[str] = mapped_column(String(64), default="", info=label("发现人"))
    state: Mapped[str] = mapped_column(String(4), default="已发现", info=label("状态"))
    responsible_unit: Mapped[str] = mapped_column(String(200), default="", info=label("责任单位"))
    responsible_person: Mapped[str] = mapped_column(String(64), default="", info=label("责任人"))
    requirement: Mapped[str] = mapped_column(Text, default="", info=label("整改要求"))
    deadline: Mapped[dt.date | None] = mapped_column(Date, info=label("整改期限"))
    closed_on: Mapped[dt.date | None] = mapped_column(Date, info=label("销号日期"))
    # 五落实 for major hazards
    plan_responsibility: Mapped[str] = mapped_column(Text, default="", info=label("责任落实"))
    plan_measures: Mapped[str] = mapped_column(Text, default="", info=label("措施落实"))
    plan_funding: Mapped[str] = mapped_column(Text, default="", info=label("资金落实"))
    plan_timeline: Mapped[str] = mapped_column(Text, default="", info=label("时限落实"))
    plan_contingency: Mapped[str] = mapped_column(Text, default="", info=label("预案落实"))
    # 挂牌督办
    supervision_level: Mapped[str | None] = mapped_column(String(4), info=label("挂牌督办级别"))
    supervising_body: Mapped[str] = mapped_column(String(200), default="", info=label("督办机关"))
    supervised_on: Mapped[dt.date | None] = mapped_column(Date, info=label("挂牌日期"))
    unsupervised_on: Mapped[dt.date | None] = mapped_column(Date, info=label("摘牌日期"))

    kind: Mapped[FindingKind] = relationship()
    region: Mapped[Region] = relationship()
    sector: Mapped[Sector | None] = relationship()
    target: Mapped[Target | None] = relationship()
    unit: Mapped[InspectedUnit | None] = relationship()
    transitions: Mapped[list[FindingTransition]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="FindingTransition.id"
    )


class FindingTransition(IdMixin, Base):
    """Every state change of a finding: who, when, from, to, why."""

    __tablename__ = "finding_transition"
    __label__ = "问题状态变更"
    __table_args__ = (
        CheckConstraint(_in("to_state", FINDING_STATES), "to_state_valid"),
        CheckConstraint(
            f"from_state IS NULL OR {_in('from_state', FINDING_STATES)}", "from_state_valid"
        ),
    )

    finding_id: Mapped[int] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(4), info=label("原状态"))
    to_state: Mapped[str] = mapped_column(String(4), info=label("新状态"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("时间"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("说明"))
    deadline: Mapped[dt.date | None] = mapped_column(Date, info=label("整改期限"))

    finding: Mapped[Finding] = relationship(back_populates="transitions")


class DeadlineExtension(IdMixin, Base):
    __tablename__ = "deadline_extension"
    __label__ = "整改延期"
    __table_args__ = (
        CheckConstraint("new_deadline > old_deadline", "extends_forward"),
        CheckConstraint(_not_blank("reason"), "reason_not_blank"),
    )

    finding_id: Mapped[int] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True
    )
    old_deadline: Mapped[dt.date] = mapped_column(Date, info=label("原期限"))
    new_deadline: Mapped[dt.date] = mapped_column(Date, info=label("新期限"))
    reason: Mapped[str] = mapped_column(Text, info=label("理由"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("时间"))


# ---------------------------------------------------------------------------------------------
# Interviews
# ---------------------------------------------------------------------------------------------
class Interview(IdMixin, VersionedMixin, TimestampMixin, Base):
    """重点约谈."""

    __tablename__ = "interview"
    __label__ = "约谈"
    __table_args__ = (
        CheckConstraint(_in("state", INTERVIEW_STATES), "state_valid"),
        CheckConstraint(_not_blank("party"), "party_not_blank"),
        CheckConstraint(
            "state <> '已办结' OR report_received_on IS NOT NULL", "closed_needs_report"
        ),
        CheckConstraint(
            "state <> '已取消' OR length(trim(cancel_reason)) > 0", "cancel_needs_reason"
        ),
    )

    target_id: Mapped[int] = mapped_column(
        ForeignKey("target.id", ondelete="RESTRICT"), index=True, info=label("巡查对象")
    )
    party: Mapped[str] = mapped_column(String(200), info=label("被约谈单位"))
    reason: Mapped[str] = mapped_column(Text, default="", info=label("约谈事由"))
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, info=label("约谈时间"))
    place: Mapped[str] = mapped_column(String(200), default="", info=label("约谈地点"))
    materials: Mapped[str] = mapped_column(Text, default="", info=label("需准备材料"))
    state: Mapped[str] = mapped_column(String(4), default="拟约谈", info=label("状态"))
    basis: Mapped[str] = mapped_column(Text, default="", info=label("约谈依据"))
    interviewers: Mapped[str] = mapped_column(Text, default="", info=label("约谈人"))
    problems: Mapped[str] = mapped_column(Text, default="", info=label("指出的问题"))
    copied_to: Mapped[str] = mapped_column(Text, default="", info=label("抄送"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="", info=label("取消原因"))
    held_on: Mapped[dt.date | None] = mapped_column(Date, info=label("约谈日期"))
    minutes: Mapped[str] = mapped_column(Text, default="", info=label("约谈纪要"))
    requirements: Mapped[str] = mapped_column(Text, default="", info=label("工作要求"))
    report_due: Mapped[dt.date | None] = mapped_column(Date, info=label("书面报告期限"))
    report_received_on: Mapped[dt.date | None] = mapped_column(
        Date, info=label("书面报告收到日期")
    )
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL"), info=label("前次约谈")
    )

    target: Mapped[Target] = relationship()
    attendees: Mapped[list[InterviewAttendee]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="InterviewAttendee.id"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Commitment.id"
    )
    # Read-only: write InterviewFinding rows, so that the audit hook sees each link.
    findings: Mapped[list[Finding]] = relationship(secondary="interview_finding", viewonly=True)


class InterviewFinding(Base):
    __tablename__ = "interview_finding"
    __label__ = "约谈关联问题"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), primary_key=True
    )
    finding_id: Mapped[int] = mapped_column(
        ForeignKey("finding.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class InterviewAttendee(IdMixin, VersionedMixin, Base):
    __tablename__ = "interview_attendee"
    __label__ = "约谈参加人员"
    __table_args__ = (
        UniqueConstraint("interview_id", "name", "unit"),
        CheckConstraint(_in("side", ATTENDEE_SIDES), "side_valid"),
        CheckConstraint(_not_blank("name"), "name_not_blank"),
        CheckConstraint(_in("role", ATTENDEE_ROLES), "role_valid"),
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str] = mapped_column(String(4), info=label("类别"))
    name: Mapped[str] = mapped_column(String(40), info=label("姓名"))
    unit: Mapped[str] = mapped_column(String(200), default="", info=label("单位"))
    post: Mapped[str] = mapped_column(String(80), default="", info=label("职务"))
    attended: Mapped[bool | None] = mapped_column(Boolean, info=label("是否到场"))
    absence_reason: Mapped[str] = mapped_column(Text, default="", info=label("缺席原因"))
    role: Mapped[str] = mapped_column(String(8), default="", info=label("角色"))
    stand_in: Mapped[str] = mapped_column(String(40), default="", info=label("代替参加人"))
    justified: Mapped[bool] = mapped_column(Boolean, default=False, info=label("理由正当"))

    interview: Mapped[Interview] = relationship(back_populates="attendees")


class Commitment(IdMixin, VersionedMixin, Base):
    """表态: a commitment made at an interview, tracked until done."""

    __tablename__ = "commitment"
    __label__ = "约谈承诺"
    __table_args__ = (
        CheckConstraint(_in("state", COMMITMENT_STATES), "state_valid"),
        CheckConstraint(_not_blank("content"), "content_not_blank"),
        CheckConstraint("state <> '已完成' OR done_on IS NOT NULL", "done_needs_date"),
        CheckConstraint("state <> '转为问题' OR finding_id IS NOT NULL", "carried_needs_finding"),
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    content: Mapped[str] = mapped_column(Text, info=label("承诺事项"))
    owner: Mapped[str] = mapped_column(String(80), default="", info=label("责任人"))
    due_date: Mapped[dt.date | None] = mapped_column(Date, info=label("完成期限"))
    state: Mapped[str] = mapped_column(String(4), default="未完成", info=label("状态"))
    done_on: Mapped[dt.date | None] = mapped_column(Date, info=label("完成日期"))
    finding_id: Mapped[int | None] = mapped_column(
        ForeignKey("finding.id", ondelete="RESTRICT"), info=label("转为问题")
    )

    interview: Mapped[Interview] = relationship(back_populates="commitments")


# ---------------------------------------------------------------------------------------------
# Evidence
# ---------------------------------------------------------------------------------------------
class Evidence(IdMixin, TimestampMixin, Base):
    """A file in the content-addressed evidence store (one row per distinct content)."""

    __tablename__ = "evidence"
    __label__ = "证据文件"
    __table_args__ = (
        CheckConstraint(
            "length(sha256) = 64 AND lower(sha256) = sha256", "sha256_format"
        ),
        CheckConstraint("size >= 0", "size_non_negative"),
    )

    sha256: Mapped[str] = mapped_column(String(64), unique=True, info=label("SHA-256"))
    size: Mapped[int] = mapped_column(Integer, info=label("大小"))
    media_type: Mapped[str] = mapped_column(String(120), default="", info=label("类型"))
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime, info=label("拍摄时间"))
    gps_lat: Mapped[float | None] = mapped_column(info=label("纬度"))
    gps_lon: Mapped[float | None] = mapped_column(info=label("经度"))


EVIDENCE_OWNERS = (
    "finding_id",
    "checklist_result_id",
    "interview_id",
    "finding_transition_id",
    "cooperation_breach_id",
)


class EvidenceLink(IdMixin, TimestampMixin, Base):
    """Attaches an evidence file to exactly one record."""

    __tablename__ = "evidence_link"
    __label__ = "证据关联"
    __table_args__ = (
        CheckConstraint(
            " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in EVIDENCE_OWNERS)
            + " = 1",
            "exactly_one_owner",
        ),
    )

    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="RESTRICT"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(400), info=label("原文件名"))
    attached_by: Mapped[str] = mapped_column(String(64), info=label("上传人"))
    note: Mapped[str] = mapped_column(Text, default="", info=label("说明"))
    finding_id: Mapped[int | None] = mapped_column(
        ForeignKey("finding.id", ondelete="CASCADE"), index=True
    )
    checklist_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_result.id", ondelete="CASCADE"), index=True
    )
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    finding_transition_id: Mapped[int | None] = mapped_column(
        ForeignKey("finding_transition.id", ondelete="CASCADE"), index=True
    )
    cooperation_breach_id: Mapped[int | None] = mapped_column(
        ForeignKey("cooperation_breach.id", ondelete="CASCADE"), index=True
    )

    evidence: Mapped[Evidence] = relationship()


# ---------------------------------------------------------------------------------------------
# Issued documents and the 发文字号 registry
# ---------------------------------------------------------------------------------------------
class DocNumber(IdMixin, TimestampMixin, Base):
    """A 发文字号. Unique per 代字 and year; never reused, voided numbers stay on record."""

    __tablename__ = "doc_number"
    __label__ = "发文字号"
    __table_args__ = (
        UniqueConstraint("prefix", "year", "number"),
        CheckConstraint("number >= 1", "number_positive"),
        CheckConstraint(_in("state", NUMBER_STATES), "state_valid"),
        CheckConstraint(_not_blank("prefix"), "prefix_not_blank"),
        CheckConstraint("state <> '已作废' OR length(trim(void_reason)) > 0", "void_needs_reason"),
    )

    prefix: Mapped[str] = mapped_column(String(20), info=label("机关代字"))
    year: Mapped[int] = mapped_column(Integer, info=label("年度"))
    number: Mapped[int] = mapped_column(Integer, info=label("序号"))
    state: Mapped[str] = mapped_column(String(4), default="已使用", info=label("状态"))
    void_reason: Mapped[str] = mapped_column(Text, default="", info=label("作废理由"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))

    @property
    def text(self) -> str:
        return f"{self.prefix}〔{self.year}〕{self.number}号"


class IssuedDocument(IdMixin, TimestampMixin, Base):
    """The register of issued documents; ``content_json`` reproduces the document exactly."""

    __tablename__ = "issued_document"
    __label__ = "发文登记"
    __table_args__ = (
        UniqueConstraint("number_id"),
        CheckConstraint(_not_blank("kind"), "kind_not_blank"),
    )

    kind: Mapped[str] = mapped_column(String(40), index=True, info=label("文种"))
    number_id: Mapped[int | None] = mapped_column(
        ForeignKey("doc_number.id", ondelete="RESTRICT"), info=label("发文字号")
    )
    source_id: Mapped[int] = mapped_column(Integer, info=label("来源记录"))
    subject: Mapped[str] = mapped_column(String(300), info=label("标题"))
    recipient: Mapped[str] = mapped_column(String(300), default="", info=label("主送"))
    issued_on: Mapped[dt.date] = mapped_column(Date, info=label("成文日期"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    content_json: Mapped[str] = mapped_column(Text, info=label("内容"))

    number: Mapped[DocNumber | None] = relationship()
    files: Mapped[list[IssuedFile]] = relationship(cascade="all, delete-orphan")


class IssuedFile(IdMixin, TimestampMixin, Base):
    __tablename__ = "issued_file"
    __label__ = "发文文件"
    __table_args__ = (
        CheckConstraint(_in("format", DOCUMENT_FORMATS), "format_valid"),
        CheckConstraint("length(sha256) = 64", "sha256_length"),
    )

    document_id: Mapped[int] = mapped_column(
        ForeignKey("issued_document.id", ondelete="CASCADE"), index=True
    )
    format: Mapped[str] = mapped_column(String(4), info=label("格式"))
    filename: Mapped[str] = mapped_column(String(400), info=label("文件名"))
    sha256: Mapped[str] = mapped_column(String(64), info=label("SHA-256"))


# ---------------------------------------------------------------------------------------------
# Drafted documents whose sections the clerk edits (巡查反馈意见, 巡查报告, 年度报告)
# ---------------------------------------------------------------------------------------------
class DocumentDraft(IdMixin, VersionedMixin, TimestampMixin, Base):
    """One section of a drafted document.

    ``generated`` is the text drafted from the data the last time; ``text`` is what the
    clerk kept (equal to ``generated`` until edited). Drafting again compares the new
    draft with ``generated`` to tell the clerk what changed, and never overwrites ``text``
    that the clerk edited.
    """

    __tablename__ = "document_draft"
    __label__ = "文稿"
    __table_args__ = (
        UniqueConstraint("kind", "source_key", "section"),
        CheckConstraint(_not_blank("kind"), "kind_not_blank"),
        CheckConstraint(_not_blank("section"), "section_not_blank"),
    )

    kind: Mapped[str] = mapped_column(String(40), info=label("文种"))
    source_key: Mapped[str] = mapped_column(String(80), info=label("来源"))
    section: Mapped[str] = mapped_column(String(80), info=label("章节"))
    title: Mapped[str] = mapped_column(String(200), default="", info=label("章节标题"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("排序"))
    generated: Mapped[str] = mapped_column(Text, default="", info=label("生成稿"))
    text: Mapped[str] = mapped_column(Text, default="", info=label("正文"))
    edited: Mapped[bool] = mapped_column(Boolean, default=False, info=label("已修改"))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, info=label("修改时间"))
    updated_by: Mapped[str] = mapped_column(String(64), default="", info=label("修改人"))


# ---------------------------------------------------------------------------------------------
# Trash: deleted records wait here with their linked rows until restored or purged
# ---------------------------------------------------------------------------------------------
class TrashItem(IdMixin, Base):
    """A deleted record. ``payload`` holds the record and every row deleted with it, as JSON
    (``[{"table": ..., "row": {...}}, ...]`` in insertion order), so restore puts them back
    with their ids and links unchanged."""

    __tablename__ = "trash_item"
    __label__ = "回收站"
    __table_args__ = (
        CheckConstraint(_not_blank("entity"), "entity_not_blank"),
        Index("ix_trash_item_entity", "entity", "entity_id"),
    )

    entity: Mapped[str] = mapped_column(String(40), info=label("对象"))
    entity_id: Mapped[str] = mapped_column(String(80), info=label("记录"))
    title: Mapped[str] = mapped_column(String(300), default="", info=label("名称"))
    payload: Mapped[str] = mapped_column(Text, info=label("内容"))
    payload_sha256: Mapped[str] = mapped_column(String(64), info=label("内容哈希"))
    deleted_by: Mapped[str] = mapped_column(String(64), info=label("删除人"))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("删除时间"))
    reason: Mapped[str] = mapped_column(Text, default="", info=label("删除原因"))


class PurgeLog(IdMixin, Base):
    """The deletion log: what was purged from the trash for good, by whom, when and why."""

    __tablename__ = "purge_log"
    __label__ = "彻底删除记录"
    __table_args__ = (CheckConstraint(_not_blank("reason"), "reason_not_blank"),)

    entity: Mapped[str] = mapped_column(String(40), info=label("对象"))
    entity_id: Mapped[str] = mapped_column(String(80), info=label("记录"))
    title: Mapped[str] = mapped_column(String(300), default="", info=label("名称"))
    payload_sha256: Mapped[str] = mapped_column(String(64), info=label("内容哈希"))
    deleted_by: Mapped[str] = mapped_column(String(64), info=label("删除人"))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("删除时间"))
    purged_by: Mapped[str] = mapped_column(String(64), info=label("清除人"))
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("清除时间"))
    reason: Mapped[str] = mapped_column(Text, info=label("清除原因"))


# ---------------------------------------------------------------------------------------------
# Audit log
# ---------------------------------------------------------------------------------------------
class AuditEntry(IdMixin, Base):
    """One changed field of one record. ``entry_hash`` chains each entry to the previous one."""

    __tablename__ = "audit_log"
    __label__ = "审计日志"
    __audited__ = False
    __table_args__ = (
        CheckConstraint("action IN ('新增', '修改', '删除')", "action_valid"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
    )

    at: Mapped[dt.datetime] = mapped_column(DateTime, info=label("时间"))
    operator: Mapped[str] = mapped_column(String(64), info=label("操作员"))
    action: Mapped[str] = mapped_column(String(2), info=label("操作"))
    entity: Mapped[str] = mapped_column(String(40), info=label("对象"))
    entity_id: Mapped[str] = mapped_column(String(80), info=label("记录"))
    field: Mapped[str] = mapped_column(String(60), default="", info=label("字段"))
    old_value: Mapped[str | None] = mapped_column(Text, info=label("原值"))
    new_value: Mapped[str | None] = mapped_column(Text, info=label("新值"))
    prev_hash: Mapped[str] = mapped_column(String(64), info=label("前一条哈希"))
    entry_hash: Mapped[str] = mapped_column(String(64), info=label("本条哈希"))

