"""Wording templates (Jinja2, sandboxed, StrictUndefined) that render to a :class:`Document`.

Template text format
--------------------
A template renders to plain text in two parts separated by a line ``---``:

**Front matter** — one ``键: 值`` per line (``:`` or ``：``); empty values are left out::

    发文机关标志: 海南省安全生产委员会办公室文件     (required)
    发文字号: 琼安委办〔2026〕12号
    份号: / 密级: / 紧急程度:
    标题: 关于对三亚市开展安全生产巡查的通知       (required; repeat the key to break the line)
    主送: 三亚市人民政府
    附件: 巡查组成员名单                          (repeat once per attachment)
    署名: 海南省安全生产委员会办公室
    成文日期: 2026年7月14日                        (or 2026-07-14)
    抄送: 省委组织部，省应急管理厅                 (separated by ，、, or ；)
    印发机关: 海南省安全生产委员会办公室
    印发日期: 2026年7月14日

**Body** — one paragraph per line; blank lines are ignored::

    # 一、巡查时间            level-1 heading (黑体); "## " level 2 (楷体), "### " 3, "#### " 4
    正文一段。                 paragraph
    - 条目                    list item (consecutive items form one list, printed as given)
    + 条目                    numbered list item (printed "1.条目")
    | 职务 | 姓名 |            table row; the first row of a table is its header
    |=2|=5|                   optional: relative column widths
    |---|---|                 ignored (Markdown separator)

Heading numbers (一、 （一） 1. （1）) are written in the template text; the ``cn_num`` filter
gives Chinese numerals (``{{ loop.index | cn_num }}`` → 一). Values are inserted as text:
``date`` objects print as ``2026年7月14日``, ``None`` prints nothing, newlines in a value become
spaces and ``|`` becomes ``｜`` so that a value cannot change the structure.

Filters: ``cn_date`` (date or ISO string → 2026年7月14日), ``cn_num`` (int → 一…九十九).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from xuncha_desktop.documents.model import Block, Document, Heading, ListBlock, Paragraph, Table
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.resources import resource_path

__all__ = [
    "TEMPLATE_VARIABLES",
    "load_template_text",
    "parse_document_text",
    "render_named_template",
    "render_template",
    "validate_template",
]

_PERSON = "{name: 姓名, unit: 单位, post: 职务}"

#: Context variables of each shipped template: name → description (type and meaning).
#: A dotted name (``leader.name``) declares an attribute the template may use; every listed
#: top-level name must be passed (use "" / [] / None when there is nothing to say).
TEMPLATE_VARIABLES: dict[str, dict[str, str]] = {
    "notice": {
        "issuer_mark": "str 发文机关标志，如“海南省安全生产委员会办公室文件”",
        "doc_number": "str|None 发文字号，如“琼安委办〔2026〕12号”",
        "region": "str 被巡查市县，如“三亚市”",
        "addressee": "str 主送机关，如“三亚市人民政府”",
        "team_name": "str 巡查组名称，如“省安全生产第一巡查组”",
        "start_date": "date 进驻日期",
        "end_date": "date 巡查结束日期",
        "leader": f"dict 组长 {_PERSON}",
        "leader.name": "str 组长姓名",
        "leader.unit": "str 组长单位",
        "leader.post": "str 组长职务",
        "contact": "dict 联络员 {name, phone}",
        "contact.name": "str 联络员姓名",
        "contact.phone": "str 联络员电话",
        "members": "list[dict] 巡查组成员 {role: 组内职务, name, unit, post}，含组长",
        "checklist": "list[str] 巡查内容（检查表模板当前版本的条目，默认十项）",
        "mobilization": "dict 巡查工作动员会 {time: 已格式化的时间, place: 地点, attendees: 参会人员}",
        "mobilization.time": "str 动员会时间，如“2026年7月20日上午9:00”",
        "mobilization.place": "str 动员会地点",
        "mobilization.attendees": "str 参会人员",
        "materials_due": "date 被巡查市县报送书面汇报材料的日期",
        "team_phone": "str 巡查组值班电话",
        "report_phone": "str 举报电话",
        "report_mailbox": "str 举报信箱（邮政信箱或电子邮箱）",
        "report_hours": "str 受理举报时间，如“每日8:00—18:00”",
        "attachments": "list[str] 附件名称",
        "signer": "str 署名（发文机关）",
        "date": "date 成文日期",
        "cc": "list[str] 抄送机关",
        "printer": "str 印发机关",
        "print_date": "date 印发日期",
    },
    "plan": {
        "issuer_mark": "str 发文机关标志",
        "doc_number": "str|None 发文字号",
        "addressee": "str 主送机关，如“省安全生产委员会”",
        "title": "str 计划名称，如“2027年度全省安全生产巡查工作计划”",
        "year": "int 计划年度",
        "basis": "str 依据",
        "cycle": "dict 巡查周期 {name, start_year, end_year}",
        "cycle.name": "str 周期名称",
        "cycle.start_year": "int 起始年度",
        "cycle.end_year": "int 结束年度",
        "coverage": "dict 全覆盖情况 {as_of, total, covered, remaining, after_plan, "
                    "left_after_plan, remaining_regions, excluded}",
        "coverage.as_of": "str 统计日期，如“2026年7月14日”",
        "coverage.total": "int 本周期应巡查市县数",
        "coverage.covered": "int 已完成巡查的市县数",
        "coverage.remaining": "int 尚未完成巡查的市县数",
        "coverage.after_plan": "int 本计划完成后累计覆盖的市县数",
        "coverage.left_after_plan": "int 本计划完成后尚余的市县数",
        "coverage.remaining_regions": "list[str] 尚未完成巡查的市县",
        "coverage.excluded": "list[str] 本周期不适用的市县及理由",
        "region_count": "int 本计划巡查的市县数",
        "report_days": "int 巡查结束后报送巡查报告的期限（日，取自设置，默认10）",
        "batches": "list[dict] 批次 {label: 批次名称, dates: 起止日期, targets: "
                   "[{region, entry_date, exit_date, team, leader}]}",
        "attachments": "list[str] 附件名称",
        "signer": "str 署名",
        "date": "date 成文日期",
        "cc": "list[str] 抄送机关",
        "printer": "str 印发机关",
        "print_date": "date 印发日期",
    },
    "interview-notice": {
        "issuer_mark": "str 发文机关标志",
        "doc_number": "str|None 发文字号",
        "addressee": "str 被约谈单位（主送），如“三亚市人民政府”",
        "team_name": "str 巡查组名称",
        "tour_dates": "str 巡查期间，如“2026年7月20日至7月31日”",
        "region": "str 被巡查市县",
        "reason": "str 约谈事由（一句话）",
        "problems": "list[str] 关联的问题隐患（每项一句，含编号或位置）",
        "interview_time": "str 约谈时间，如“2026年7月28日上午9:00”",
        "interview_place": "str 约谈地点",
        "interviewees": "list[str] 须本人参加的人员（职务及姓名），不得委托他人代替",
        "materials": "list[str] 须准备的材料",
        "report_days": "int 约谈后书面报告整改情况的期限（工作日，取自设置，默认5）",
        "contact": "dict 联系人 {name, phone}",
        "contact.name": "str 联系人姓名",
        "contact.phone": "str 联系电话",
        "attachments": "list[str] 附件名称",
        "signer": "str 署名",
        "date": "date 成文日期",
        "cc": "list[str] 抄送机关",
        "printer": "str 印发机关",
        "print_date": "date 印发日期",
    },
    "interview-minutes": {
        "issuer_mark": "str 发文机关标志",
        "doc_number": "str|None 发文字号",
        "addressee": "str 主送（被约谈单位）",
        "party": "str 被约谈单位",
        "region": "str 被巡查市县",
        "team_name": "str 巡查组名称",
        "held_time": "str 约谈日期，如“2026年7月28日”",
        "place": "str 约谈地点",
        "basis": "str 约谈依据",
        "reason": "str 约谈事由",
        "findings": "list[str] 关联的问题隐患（含编号）",
        "interviewers": "list[str] 约谈人（巡查组成员）",
        "attendees": "list[dict] 参加人员 {side: 类别, name, unit, post, role: 主要负责人或分管负责人, "
                     "attendance: 出席情况}",
        "problems": "list[str] 指出的问题",
        "requirements": "list[str] 提出的要求",
        "commitments": "list[dict] 承诺事项 {content, owner: 责任人, deadline: 完成期限}",
        "report_due": "str 书面报告期限，如“2026年8月4日”",
        "report_days": "int 书面报告期限（工作日，取自设置，默认5）",
        "attachments": "list[str] 附件名称",
        "signer": "str 署名",
        "date": "date 成文日期",
        "cc": "list[str] 抄送机关",
        "printer": "str 印发机关",
        "print_date": "date 印发日期",
    },
    "rectification-notice": {
        "issuer_mark": "str 发文机关标志",
        "doc_number": "str|None 发文字号",
        "supervision": "bool 是否为督办函（逾期或挂牌督办的问题隐患）",
        "addressee": "str 主送（责任单位），如“三亚市人民政府”",
        "region": "str 问题隐患所在市县",
        "source": "str 发现问题的来由，如“省安全生产第一巡查组于2026年7月1日至7月10日对三亚市开展安全生产巡查”",
        "findings": "list[dict] 问题隐患 {code: 编号, kind: 类别, description: 问题描述, "
                    "requirement: 整改要求, deadline: date 整改期限, overdue_days: int 逾期天数, "
                    "supervision: 挂牌督办情况}",
        "requirement": "str 共同的整改要求（各项要求相同时，否则为空）",
        "deadline": "date 最晚的整改期限",
        "report_by": "date 书面报送整改情况的期限",
        "report_to": "str 整改情况报送机关",
        "has_major": "bool 是否含重大事故隐患",
        "plan_due": "date 重大事故隐患整改方案（五落实）报送期限",
        "overdue_count": "int 已逾期的项数",
        "supervised_count": "int 挂牌督办中的项数",
        "contact": "dict 联系人 {name, phone}",
        "contact.name": "str 联系人姓名",
        "contact.phone": "str 联系电话",
        "attachments": "list[str] 附件名称",
        "signer": "str 署名",
        "date": "date 成文日期",
        "cc": "list[str] 抄送机关",
        "printer": "str 印发机关",
        "print_date": "date 印发日期",
    },
}

# -- drafted results documents (documents/feedback.py, report.py, annual_report.py) ----------
_FRAME = {
    "issuer_mark": "str 发文机关标志",
    "doc_number": "str|None 发文字号",
    "addressee": "str 主送机关",
    "attachments": "list[str] 附件名称（报告的附件由数据生成，不必填写）",
    "signer": "str 署名",
    "date": "date 成文日期",
    "cc": "list[str] 抄送机关",
    "printer": "str 印发机关",
    "print_date": "date 印发日期",
}
_TOUR = {
    "region": "str 被巡查市县",
    "year": "int 巡查年度",
    "batch": "str 批次，如“第一批”",
    "target_id": "int 巡查对象编号",
    "team_name": "str 巡查组名称",
    "leader": "str 组长（单位、职务、姓名）",
    "member_count": "int 巡查组人数",
    "start_date": "date 进驻日期",
    "end_date": "date 撤离日期",
    "extension_scope": "str 延伸巡查范围",
    "methods": "list[str] 检查表中登记的巡查方式，如听取汇报、查阅资料",
    "units": "dict 延伸巡查的单位数 {total, towns: 乡镇, departments: 部门, enterprises: 企业}",
    "units.total": "int 延伸巡查单位总数",
    "units.towns": "int 乡镇数",
    "units.departments": "int 部门数",
    "units.enterprises": "int 企业数",
    "checklist": "dict 检查表结果 {state, total, conform: 符合, basic: 基本符合, "
                 "nonconform: 不符合, na: 不适用, blank: 未填写}",
    "checklist.state": "str 检查表状态",
    "checklist.total": "int 检查项数",
    "checklist.conform": "int 符合项数",
    "checklist.basic": "int 基本符合项数",
    "checklist.nonconform": "int 不符合项数",
    "checklist.na": "int 不适用项数",
    "checklist.blank": "int 未填写项数",
    "checks": "list[dict] 十项巡查内容的检查结果 {number, title, results: 如“符合3项、不符合1项”}",
    "achievements": "list[str] 检查结果全部为“符合”的巡查内容",
    "findings": "dict 问题隐患 {total, by_kind: [{kind, count}], major: 重大隐患和非法违法行为数, "
                "open: 未销号, closed: 已销号, overdue: 逾期}",
    "findings.total": "int 问题隐患总数",
    "findings.by_kind": "list[dict] 按类别 {kind, count}",
    "findings.major": "int 重大事故隐患和非法违法行为数",
    "findings.open": "int 未销号数",
    "findings.closed": "int 已销号数",
    "findings.overdue": "int 逾期数",
    "problems": "list[dict] 按十项巡查内容归类的问题 {number: 序号（其他问题为空）, title, count, "
                "lines: [问题描述]}",
    "majors": "list[dict] 重大隐患和非法违法行为 {code, kind, description, unit, action: 处理情况}",
    "interviews": "list[dict] 约谈 {party, date, state, reason, findings, commitments, "
                  "commitments_done}",
    "breaches": "list[dict] 不配合巡查的情形 {duty: 违反的规定, date, description, responsible}",
    "evaluation": "dict|None 评价 {score, grade, computed_grade, override_reason, summary}",
    "subjects": "list[dict] 对单位和个人的评价 {kind, name, text}",
    "unrecorded": "list[str] 系统中没有登记来源的数字（查阅资料份数、个别谈话人数、受理举报件数）",
}
TEMPLATE_VARIABLES["feedback"] = {
    **_FRAME, **_TOUR,
    "top_items": "list[str] 问题最集中的巡查内容（至多三项），如“第4项”",
    "plan_days": "int 报送整改方案的期限（日，取自设置，默认15）",
    "plan_due": "date 报送整改方案的日期",
    "report_to": "str 整改方案报送机关",
}
TEMPLATE_VARIABLES["report"] = {
    **_FRAME,
    "scope": "str 报告范围：市县名称，或批次及其市县",
    "year": "int 巡查年度",
    "tours": "list[dict] 每个巡查对象的情况，字段同巡查反馈意见（region、team_name、units、"
             "checklist、checks、findings、majors、interviews、breaches、evaluation、subjects 等）",
    "region_count": "int 巡查对象个数",
    "totals": "dict 合计 {findings, majors, open, overdue, interviews, breaches, units, "
              "enterprises}",
    "totals.findings": "int 问题隐患合计",
    "totals.majors": "int 重大隐患和非法违法行为合计",
    "totals.open": "int 未销号合计",
    "totals.overdue": "int 逾期合计",
    "totals.interviews": "int 约谈合计",
    "totals.breaches": "int 不配合情形合计",
    "totals.units": "int 延伸巡查单位合计",
    "totals.enterprises": "int 企业合计",
    "unrecorded": "list[str] 系统中没有登记来源的数字",
}
TEMPLATE_VARIABLES["annual-report"] = {
    **_FRAME,
    "year": "int 年度",
    "as_of": "date 统计截止日期（当年12月31日，或今天）",
    "regions": "list[dict] 各市县考核情况 {region, status, dates, score, grade, findings, majors, "
               "open, overdue, interviews}",
    "toured": "list[str] 本年度已巡查（含巡查中）的市县",
    "not_toured": "list[str] 本年度未巡查的市县",
    "totals": "dict 合计 {regions, toured, findings, majors, closed, open, overdue, interviews, "
              "rate: 整改率}",
    "totals.regions": "int 市县总数",
    "totals.toured": "int 已巡查市县数",
    "totals.findings": "int 发现问题隐患数",
    "totals.majors": "int 重大隐患和非法违法行为数",
    "totals.closed": "int 已销号数",
    "totals.open": "int 未整改数",
    "totals.overdue": "int 逾期未整改数",
    "totals.interviews": "int 约谈次数",
    "totals.rate": "str 整改率，如“87.5%”",
    "grades": "list[dict] 各等次 {grade, count, regions}",
    "unevaluated": "list[str] 已巡查但尚未评价的市县",
    "cycle": "dict|None 巡查周期全覆盖情况 {name, start_year, end_year, total, covered, remaining, "
             "remaining_regions, excluded, warnings}",
    "table_title": "str 考核情况表名称",
}

_DIGITS = "零一二三四五六七八九"


def cn_num(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1-99)."""
    n = int(value)
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def cn_date(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value)
    if isinstance(value, _dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    raise TypeError(f"not a date: {value!r}")


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return cn_date(value)
    if isinstance(value, str):
        return value.replace("\r\n", " ").replace("\n", " ").replace("|", "｜")
    return value


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters["cn_date"] = cn_date
    env.filters["cn_num"] = cn_num
    return env


# --------------------------------------------------------------------------------------------
# Validation


def _first_line(ast: nodes.Template, name: str) -> int:
    lines = [n.lineno for n in ast.find_all(nodes.Name) if n.name == name and n.ctx == "load"]
    return min(lines) if lines else 1


def validate_template(text: str, allowed_names: Iterable[str]) -> None:
    """Raise :class:`ValidationError` for a syntax error or an unknown placeholder.

    ``allowed_names`` are the context variables; a dotted name (``leader.name``) also declares
    which attributes of ``leader`` may be used, and then any other ``leader.x`` is rejected.
    """
    allowed = set(allowed_names)
    env = _environment()
    try:
        ast = env.parse(text)
        undeclared = meta.find_undeclared_variables(ast)
    except TemplateSyntaxError as exc:
        raise ValidationError(
            f"模板第 {exc.lineno} 行有语法错误：{exc.message}",
            field="template",
            hint="请检查 {{ }}、{% %} 是否成对，以及 for/if 是否有对应的 endfor/endif。",
        ) from exc
    top = {n.split(".", 1)[0] for n in allowed} | set(env.globals)
    problems: list[tuple[int, str]] = [(_first_line(ast, name), name) for name in undeclared - top]
    # Attribute checks for variables whose attributes are declared (``leader.name``).
    declared_attrs: dict[str, set[str]] = {}
    for n in allowed:
        if "." in n:
            head, attr = n.split(".", 1)
            declared_attrs.setdefault(head, set()).add(attr.split(".", 1)[0])
    for node in ast.find_all(nodes.Getattr):
        target = node.node
        if (
            isinstance(target, nodes.Name)
            and target.name in declared_attrs
            and target.name in undeclared
            and node.attr not in declared_attrs[target.name]
        ):
            problems.append((node.lineno, f"{target.name}.{node.attr}"))
    if problems:
        line, name = min(problems)
        others = sorted({n for _l, n in problems} - {name})
        hint = "可用的占位符：" + "、".join(sorted(allowed))
        if others:
            hint = "另外还有未知的占位符：" + "、".join(others) + "。\n" + hint
        raise ValidationError(
            f"模板第 {line} 行使用了未知的占位符“{{{{ {name} }}}}”", field="template", hint=hint
        )


# --------------------------------------------------------------------------------------------
# Rendering


def load_template_text(kind: str) -> str:
    """The shipped template ``resources/templates/<kind>.j2``."""
    if kind not in TEMPLATE_VARIABLES:
        raise ValidationError(f"没有名为“{kind}”的文书模板。", field="template")
    return resource_path("templates", f"{kind}.j2").read_text(encoding="utf-8")


def render_template(
    text: str,
    context: Mapping[str, Any],
    allowed_names: Iterable[str] | None = None,
) -> Document:
    """Render template ``text`` with ``context`` and parse the result into a Document."""
    if allowed_names is not None:
        validate_template(text, allowed_names)
    env = _environment()
    try:
        rendered = env.from_string(text).render(dict(context))
    except TemplateSyntaxError as exc:
        raise ValidationError(
            f"模板第 {exc.lineno} 行有语法错误：{exc.message}", field="template"
        ) from exc
    except UndefinedError as exc:
        raise ValidationError(
            f"生成文书时缺少数据：{exc.message}",
            field="template",
            hint="请检查模板中的占位符是否都有对应的数据。",
        ) from exc
    except SecurityError as exc:
        raise ValidationError(f"模板中有不允许的操作：{exc}", field="template") from exc
    except TemplateError as exc:
        raise ValidationError(f"模板出错：{exc}", field="template") from exc
    return parse_document_text(rendered)


def render_named_template(
    kind: str, context: Mapping[str, Any], text: str | None = None
) -> Document:
    """Render the shipped template ``kind`` (or the clerk's override ``text``) to a Document."""
    if kind not in TEMPLATE_VARIABLES:
        raise ValidationError(f"没有名为“{kind}”的文书模板。", field="template")
    source = text if text is not None else load_template_text(kind)
    return render_template(source, context, TEMPLATE_VARIABLES[kind])


_KEYS = {
    "发文机关标志": "issuer_mark",
    "发文字号": "doc_number",
    "份号": "copy_number",
    "密级": "secrecy",
    "紧急程度": "urgency",
    "标题": "title",
    "主送": "addressee",
    "主送机关": "addressee",
    "附件": "attachments",
    "署名": "signer",
    "成文日期": "date",
    "抄送": "cc",
    "印发机关": "printer",
    "印发日期": "print_date",
}
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_WIDTHS = re.compile(r"^=\s*\d+(\.\d+)?$")
_SEPARATOR = re.compile(r"^:?-{3,}:?$")


def _parse_date(value: str, line: int) -> _dt.date:
    m = _CN_DATE.match(value)
    try:
        if m:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"文书第 {line} 行的日期“{value}”无法识别。",
            field="template",
            hint="请写成“2026年7月14日”或“2026-07-14”。",
        ) from None


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def parse_document_text(rendered: str) -> Document:
    """Parse the text format described in the module docstring into a :class:`Document`."""
    lines = rendered.splitlines()
    try:
        sep = next(i for i, ln in enumerate(lines) if ln.strip() == "---")
    except StopIteration:
        raise ValidationError(
            "文书模板缺少分隔行“---”（上面是标题、发文字号等，下面是正文）。", field="template"
        ) from None
    fields: dict[str, Any] = {"attachments": [], "title": []}
    for no, raw in enumerate(lines[:sep], start=1):
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^([^:：]+)[:：]\s*(.*)$", line)
        if not m or m[1].strip() not in _KEYS:
            raise ValidationError(
                f"文书第 {no} 行“{line}”不是可识别的项目。",
                field="template",
                hint="可用的项目：" + "、".join(_KEYS),
            )
        key, value = _KEYS[m[1].strip()], m[2].strip()
        if not value:
            continue
        if key in ("attachments", "title"):
            fields[key].append(value)
        elif key == "cc":
            fields[key] = tuple(x.strip() for x in re.split(r"[，,、；;]", value) if x.strip())
        elif key in ("date", "print_date"):
            fields[key] = _parse_date(value, no)
        else:
            fields[key] = value
    if not fields.get("issuer_mark") or not fields["title"]:
        raise ValidationError("文书缺少“发文机关标志”或“标题”。", field="template")
    fields["title"] = "\n".join(fields["title"])
    fields["attachments"] = tuple(fields["attachments"])
    fields["blocks"] = tuple(_parse_body(lines[sep + 1 :], sep + 2))
    return Document(**fields)


def _parse_body(lines: list[str], first_no: int) -> list[Block]:
    blocks: list[Block] = []
    table: list[list[str]] = []
    widths: tuple[float, ...] | None = None
    items: list[str] = []
    numbered = False
    table_line = 0

    def flush() -> None:
        nonlocal table, widths, items
        if table:
            header, *rows = table
            n = len(header)
            for r, row in enumerate(rows, start=1):
                if len(row) != n:
                    raise ValidationError(
                        f"文书第 {table_line} 行起的表格中，第 {r + 1} 行有 {len(row)} 列，"
                        f"表头有 {n} 列。",
                        field="template",
                    )
            if widths is not None and len(widths) != n:
                widths = None
            blocks.append(Table(tuple(header), tuple(tuple(r) for r in rows), widths))
        if items:
            blocks.append(ListBlock(tuple(items), numbered))
        table, widths, items = [], None, []

    for no, raw in enumerate(lines, start=first_no):
        line = raw.strip()
        if line.startswith("|"):
            if items:
                flush()
            cells = _cells(line)
            if all(_SEPARATOR.match(c) for c in cells):
                continue
            if all(_WIDTHS.match(c) for c in cells):
                widths = tuple(float(c.lstrip("= ")) for c in cells)
                continue
            if not table:
                table_line = no
            table.append(cells)
            continue
        if line[:2] in ("- ", "+ "):
            kind = line.startswith("+")
            if table or (items and kind != numbered):
                flush()
            numbered = kind
            items.append(line[2:].strip())
            continue
        flush()
        if not line:
            continue
        m = re.match(r"^(#{1,4})\s+(.*)$", line)
        if m:
            blocks.append(Heading(len(m[1]), m[2].strip()))
        else:
            blocks.append(Paragraph(line))
    flush()
    return blocks
