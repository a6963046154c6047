"""Wording templates: validation messages and the shipped templates."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from doc_helpers import squash

from xuncha_desktop.documents.model import Heading, ListBlock, Paragraph, Table, document_text
from xuncha_desktop.documents.templates import (
    TEMPLATE_VARIABLES,
    load_template_text,
    parse_document_text,
    render_named_template,
    render_template,
    validate_template,
)
from xuncha_desktop.errors import ValidationError

CHECK: list[str] = [
    "贯彻落实党中央、国务院和省委、省政府安全生产重要决策部署及领导指示批示精神",
    "贯彻落实安全生产法、职业病防治法等法律法规，依法开展安全生产行政执法监督检查",
    "落实“党政同责、一岗双责、失职追责”，属地管理责任、部门监管责任和企业主体责任，目标考核，省安委会年度工作要点",
    "安全生产大检查，重要场所风险评估，隐患和风险排查，危险源管控，隐患整改消除",
    "应急救援体系，事故应急指挥和救援，事故调查处理，责任追究和整改，安全生产领域信用体系",
    "“打非治违”，重点行业领域专项整治，隐患排查治理制度，安全生产标准化建设",
    "安全投入，安全基础建设，“科技强安”，安全生产规划和职业病防治规划，宣传教育",
    "安全生产监管体制，执法力量，监管监察能力建设和应急管理，监管执法保障措施",
    "安全生产举报信息核查处理，安全生产统计，事故信息及时如实报送",
    "省安委会部署的其他事项",
]
NOTICE: dict[str, Any] = dict(
    issuer_mark="海南省安全生产委员会办公室文件",
    doc_number="琼安委办〔2026〕12号",
    region="三亚市",
    addressee="三亚市人民政府",
    team_name="省安全生产第一巡查组",
    start_date=dt.date(2026, 7, 20),
    end_date=dt.date(2026, 7, 31),
    leader={"name": "王某某", "unit": "省应急管理厅", "post": "副厅长"},
    contact={"name": "李某", "phone": "0898-65200000"},
    members=[
        {"role": "组长", "name": "王某某", "unit": "省应急管理厅", "post": "副厅长"},
        {"role": "成员", "name": "陈某", "unit": "省住房和城乡建设厅", "post": "二级调研员"},
        {"role": "联络员", "name": "李某", "unit": "省应急管理厅", "post": "四级调研员"},
    ],
    checklist=CHECK,
    mobilization={
        "time": "2026年7月20日上午9:00",
        "place": "三亚市人民政府第一会议室",
        "attendees": "市政府领导班子成员、各区政府和市直有关部门主要负责同志",
    },
    materials_due=dt.date(2026, 7, 18),
    team_phone="0898-88000000",
    report_phone="0898-88000001",
    report_mailbox="三亚市邮政信箱第001号",
    report_hours="每日8:00—18:00",
    attachments=["巡查组成员名单"],
    signer="海南省安全生产委员会办公室",
    date=dt.date(2026, 7, 14),
    cc=["省委组织部", "省应急管理厅"],
    printer="海南省安全生产委员会办公室",
    print_date=dt.date(2026, 7, 14),
)

INTERVIEW: dict[str, Any] = dict(
    issuer_mark="海南省安全生产委员会办公室",
    doc_number="琼安委办〔2026〕30号",
    addressee="三亚市应急管理局",
    team_name="省安全生产第一巡查组",
    tour_dates="2026年7月20日至7月31日",
    region="三亚市",
    reason="巡查中发现你局对辖区危险化学品企业重大事故隐患督促整改不力。",
    problems=["某化工企业储罐区重大事故隐患逾期未整改", "执法检查记录不全"],
    interview_time="2026年7月28日上午9:00",
    interview_place="三亚市人民政府第三会议室",
    interviewees=["三亚市应急管理局局长", "三亚市应急管理局分管危险化学品安全的副局长"],
    materials=["隐患整改情况报告", "执法检查台账"],
    report_days=5,
    contact={"name": "李某", "phone": "0898-65200000"},
    attachments=[],
    signer="省安全生产第一巡查组",
    date=dt.date(2026, 7, 24),
    cc=[],
    printer=None,
    print_date=None,
)

ALLOWED = {"region", "leader", "leader.name", "items"}


def test_unknown_placeholder_names_it_and_its_line() -> None:
    text = "发文机关标志: x\n标题: y\n---\n{{ region }}\n\n{{ leader.name }}\n{{ leader_phone }}\n"
    with pytest.raises(ValidationError) as err:
        validate_template(text, ALLOWED)
    assert err.value.message == "模板第 7 行使用了未知的占位符“{{ leader_phone }}”"


def test_unknown_attribute_of_a_declared_object() -> None:
    text = "{{ region }}\n{{ leader.phone }}\n"
    with pytest.raises(ValidationError) as err:
        validate_template(text, ALLOWED)
    assert err.value.message == "模板第 2 行使用了未知的占位符“{{ leader.phone }}”"


def test_loop_variables_and_filters_are_not_unknown() -> None:
    validate_template(
        "{% for it in items %}{{ loop.index | cn_num }}{{ it.anything }}{% endfor %}", ALLOWED
    )


def test_syntax_error_reports_the_line() -> None:
    text = "第一行\n第二行\n{% for x in items %}\n{{ x }}\n"
    with pytest.raises(ValidationError) as err:
        validate_template(text, ALLOWED)
    assert err.value.message.startswith("模板第 4 行有语法错误")
    with pytest.raises(ValidationError) as err:
        validate_template("a\n{{ region | no_such_filter }}\n", ALLOWED)
    assert err.value.message.startswith("模板第 2 行有语法错误")


def test_sandbox_blocks_python_internals() -> None:
    with pytest.raises(ValidationError):
        render_template(
            "发文机关标志: {{ region.__class__.__mro__ }}\n标题: t\n---\n", {"region": "x"}
        )


def test_missing_value_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as err:
        render_template("发文机关标志: {{ region }}\n标题: t\n---\n", {})
    assert "region" in err.value.message


@pytest.mark.parametrize("kind", sorted(TEMPLATE_VARIABLES))
def test_shipped_templates_only_use_documented_variables(kind: str) -> None:
    validate_template(load_template_text(kind), TEMPLATE_VARIABLES[kind])


def test_notice_template_renders_a_complete_notice() -> None:
    assert set(NOTICE) == {n.split(".")[0] for n in TEMPLATE_VARIABLES["notice"]}
    doc = render_named_template("notice", NOTICE)
    assert doc.title == "关于对三亚市开展安全生产巡查的通知"
    assert doc.doc_number == "琼安委办〔2026〕12号"
    assert doc.addressee == "三亚市人民政府"
    assert doc.date == dt.date(2026, 7, 14)
    assert doc.cc == ("省委组织部", "省应急管理厅")
    text = squash("".join(document_text(doc)))
    for phrase in [
        "《海南省安全生产巡查工作制度（试行）》（琼府〔2016〕71号）",
        "2026年7月20日至2026年7月31日",
        "王某某",
        "0898-65200000",
        "听取汇报、查阅资料、个别谈话、召开座谈会、受理举报、实地检查、暗查暗访",
        "延伸巡查",
        "动员会",
        "0898-88000001",
        "三亚市邮政信箱第001号",
        "不得隐瞒不报",
        "不得拒绝或者不按照要求",
        "干扰、阻挠巡查工作",
        "不得无正当理由拒不整改",
        "不得对反映问题人员进行打击、报复、陷害",
        "10.省安委会部署的其他事项。",
    ]:
        assert squash(phrase) in text, phrase
    assert next(b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1) == (
        "一、巡查时间"
    )
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ("组内职务", "姓名", "单位及职务")
    assert table.col_widths == (2.0, 2.0, 6.0)
    assert table.rows[0] == ("组长", "王某某", "省应急管理厅副厅长")


def test_interview_notice_template() -> None:
    assert set(INTERVIEW) == {n.split(".")[0] for n in TEMPLATE_VARIABLES["interview-notice"]}
    doc = render_named_template("interview-notice", INTERVIEW)
    assert doc.title == "约谈通知书"
    assert doc.printer is None and doc.cc == ()
    text = squash("".join(document_text(doc)))
    for phrase in [
        "2026年7月28日上午9:00",
        "三亚市人民政府第三会议室",
        "不得委托他人代替",
        "1.某化工企业储罐区重大事故隐患逾期未整改",
        "隐患整改情况报告",
        "5个工作日内",
    ]:
        assert squash(phrase) in text, phrase


def test_body_format() -> None:
    doc = parse_document_text(
        "发文机关标志: 甲\n标题: 第一行\n标题: 第二行\n成文日期: 2026-07-04\n---\n"
        "# 一、甲\n## （一）乙\n### 1.丙\n#### （1）丁\n段落\n- a\n- b\n+ c\n"
        "| 表头1 | 表头2 |\n|---|---|\n| x | y |\n尾段\n"
    )
    assert doc.title == "第一行\n第二行"
    assert doc.date == dt.date(2026, 7, 4)
    assert doc.blocks == (
        Heading(1, "一、甲"),
        Heading(2, "（一）乙"),
        Heading(3, "1.丙"),
        Heading(4, "（1）丁"),
        Paragraph("段落"),
        ListBlock(("a", "b")),
        ListBlock(("c",), numbered=True),
        Table(("表头1", "表头2"), (("x", "y"),)),
        Paragraph("尾段"),
    )


def test_values_cannot_change_the_structure() -> None:
    doc = render_template("发文机关标志: 甲\n标题: 乙\n---\n{{ v }}\n", {"v": "x\n# 一、假标题|"})
    assert doc.blocks == (Paragraph("x # 一、假标题｜"),)
