"""Realistic sample data (演示数据) for demonstrations, screenshots and load tests.

:func:`generate_demo` fills a database that holds no tour data yet with a full three-year
coverage cycle for Hainan: plans, batches, targets, a personnel pool, teams drawn from it,
checklists, inspected units, findings in every state with their history, interviews,
cooperation records and evaluations. Everything comes from one ``random.Random(seed)`` and
from ``today``, so the same seed and the same ``today`` give the same database (audit
timestamps and ``created_at`` excepted). Every row is written through
:func:`~xuncha_desktop.services.uow.unit_of_work`, so the audit log records each insert.

``scale`` multiplies the number of findings (about 1,000 × scale) and, more gently, the
number of enterprises visited; the pool, plans and teams stay the same size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal

from pypinyin import Style, lazy_pinyin
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services.reference import load_reference_data
from xuncha_desktop.services.uow import read_session, unit_of_work

DEMO_OPERATOR = "演示数据"
DRAW_ALGORITHM = "sha256-shuffle-v1"
BASE_FINDINGS = 1000
POOL_SIZE = 200
FINDINGS_PER_UOW = 5000
#: Findings, commitments and written reports whose deadline passed more than this many days
#: ago are mostly wound up (an office keeps track); the recent ones stay open and overdue.
SETTLED_AFTER_DAYS = 60
SETTLED_SHARE = 0.9
#: Past this many days overdue, everything is wound up: no office leaves a matter open for years.
ALL_SETTLED_AFTER_DAYS = 365

Progress = Callable[[int, str], None]

#: Entities counted in the report, in the order the summary lists them.
REPORTED: tuple[type[Base], ...] = (
    m.Operator,
    m.Cycle,
    m.Plan,
    m.PlanTransition,
    m.Batch,
    m.Target,
    m.Person,
    m.PersonSector,
    m.PersonCondition,
    m.PersonUnavailability,
    m.Team,
    m.Draw,
    m.Membership,
    m.ConductRecord,
    m.InspectedUnit,
    m.UnitVisit,
    m.Checklist,
    m.ChecklistResult,
    m.Finding,
    m.FindingTransition,
    m.DeadlineExtension,
    m.Interview,
    m.InterviewAttendee,
    m.InterviewFinding,
    m.Commitment,
    m.CooperationBreach,
    m.Evaluation,
    m.SubjectEvaluation,
)


@dataclass(frozen=True)
class DemoReport:
    """What :func:`generate_demo` wrote: row counts per table (keyed by table name)."""

    seed: int
    scale: int
    today: dt.date
    counts: dict[str, int]
    seconds: float

    def count(self, model: type[Base]) -> int:
        return self.counts.get(model.__tablename__, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        lines = [
            f"已生成演示数据（随机种子 {self.seed}，规模 {self.scale}，"
            f"基准日期 {self.today.year}年{self.today.month}月{self.today.day}日），"
            f"共 {self.total:,} 条记录，用时 {self.seconds:.1f} 秒："
        ]
        for model in REPORTED:
            n = self.count(model)
            if n:
                lines.append(f"  {model.__label__}：{n:,} 条")
        return "\n".join(lines)


def is_empty(db: Database) -> bool:
    """True when the database holds no plans, no people and no findings."""
    with read_session(db) as session:
        for model in (m.Plan, m.Person, m.Finding):
            if session.scalar(select(func.count()).select_from(model)):
                return False
    return True


# ---------------------------------------------------------------------------------------------
# Vocabulary for names, units and texts
# ---------------------------------------------------------------------------------------------
_SURNAMES = (
    "王王王陈陈陈符符吴吴林林李李黄黄张张邢云羊冯韩蔡周许郑梁杨何邓刘孙曾唐文麦钟卓莫"
    "潘容谢罗朱胡郭高徐"
)
_GIVEN_M = "伟强军明华海波辉勇杰涛斌超峰磊鹏宇浩俊志文国建平东春雄振坤堃喆昇忠良德荣育南椰"
_GIVEN_F = "丽娟敏静燕艳芳玲霞红梅琳婷雪慧珺颖倩萍蓉洁琼虹妮"
#: Names that exercise rare characters, compound surnames and minority name separators.
_SPECIAL_NAMES = (
    ("阿布都·热合曼", "男"),
    ("热依拉·阿不都拉", "女"),
    ("𠮷振宇", "男"),
    ("欧阳晓婷", "女"),
    ("司马志远", "男"),
)

_PROVINCIAL_UNITS = (
    "省应急管理厅",
    "省住房和城乡建设厅",
    "省交通运输厅",
    "省市场监督管理局",
    "省消防救援总队",
    "省工业和信息化厅",
    "省公安厅",
    "省农业农村厅",
    "省教育厅",
    "省旅游和文化广电体育厅",
    "省自然资源和规划厅",
    "省生态环境厅",
)
_EXPERT_UNITS = (
    "海南大学",
    "海南热带海洋学院",
    "海南科技职业大学",
    "省安全生产科学技术研究院",
    "省建筑设计研究院",
    "省化工设计院",
    "省特种设备检验检测院",
    "省交通规划勘察设计院",
)
_EXPERT_POSTS = ("教授", "副教授", "正高级工程师", "高级工程师", "高级工程师（注册安全工程师）")
_RANK_POSTS = {
    "厅级": ("副厅长", "一级巡视员", "二级巡视员", "副总队长"),
    "处级": ("处长", "副处长", "一级调研员", "二级调研员"),
    "科级": ("科长", "一级主任科员", "二级主任科员", "四级主任科员"),
    "其他": ("科员", "办事员", "工程师"),
}

_TOWNS: dict[str, tuple[str, ...]] = {
    "海口市": ("美兰区演丰镇", "美兰区三江镇", "琼山区云龙镇", "秀英区石山镇", "龙华区新坡镇"),
    "三亚市": ("崖州区", "天涯区", "海棠区", "吉阳区"),
    "三沙市": ("西沙区", "南沙区"),
    "儋州市": ("那大镇", "白马井镇", "木棠镇", "中和镇", "海头镇"),
    "五指山市": ("通什镇", "南圣镇", "毛阳镇", "水满乡"),
    "琼海市": ("嘉积镇", "博鳌镇", "潭门镇", "长坡镇"),
    "文昌市": ("文城镇", "龙楼镇", "铺前镇", "东郊镇"),
    "万宁市": ("万城镇", "和乐镇", "后安镇", "礼纪镇"),
    "东方市": ("八所镇", "感城镇", "板桥镇", "大田镇"),
    "定安县": ("定城镇", "新竹镇", "龙湖镇", "黄竹镇"),
    "屯昌县": ("屯城镇", "新兴镇", "枫木镇", "乌坡镇"),
    "澄迈县": ("金江镇", "老城镇", "福山镇", "永发镇"),
    "临高县": ("临城镇", "博厚镇", "新盈镇", "调楼镇"),
    "白沙黎族自治县": ("牙叉镇", "七坊镇", "邦溪镇"),
    "昌江黎族自治县": ("石碌镇", "叉河镇", "海尾镇"),
    "乐东黎族自治县": ("抱由镇", "黄流镇", "九所镇", "莺歌海镇"),
    "陵水黎族自治县": ("椰林镇", "英州镇", "新村镇", "光坡镇"),
    "保亭黎族苗族自治县": ("保城镇", "什玲镇", "三道镇"),
    "琼中黎族苗族自治县": ("营根镇", "湾岭镇", "黎母山镇"),
    "洋浦经济开发区": ("干冲区", "三都区", "新英湾区"),
}
_DEPARTMENTS = (
    "应急管理局",
    "住房和城乡建设局",
    "交通运输局",
    "市场监督管理局",
    "工业和信息化局",
    "农业农村局",
    "教育局",
    "旅游和文化广电体育局",
    "消防救援支队",
    "综合行政执法局",
)
_BRAND_CHARS = "鑫源华瑞海晟椰岛南洋琼汇通恒泰宏达金盛新天利安嘉和兴隆福润博远丰信昌凯"
_ROADS = ("滨海大道", "椰海大道", "人民路", "建设路", "工业大道", "环岛路", "迎宾路", "新华路")
_ENTERPRISE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "危险化学品": ("石化有限公司", "化工有限公司", "危险化学品仓储有限公司", "加油站"),
    "非煤矿山": ("石场", "矿业有限公司", "砂石开采有限公司"),
    "烟花爆竹": ("烟花爆竹批发有限公司", "烟花爆竹零售店"),
    "交通运输": ("物流有限公司", "港务有限公司"),
    "道路运输": ("汽车运输有限公司", "汽车客运站", "危险货物运输有限公司"),
    "水上交通": ("客运码头", "航运有限公司"),
    "建筑施工": ("建设工程有限公司", "建筑工程有限公司", "路桥工程有限公司"),
    "消防（人员密集场所）": ("购物广场", "大酒店", "KTV", "农贸市场"),
    "特种设备": ("机械设备租赁有限公司", "电梯安装维修有限公司", "起重设备有限公司"),
    "燃气": ("燃气有限公司", "液化石油气储配站", "燃气供应站"),
    "工贸": ("食品有限公司", "木业有限公司", "饲料有限公司", "金属制品有限公司", "纸业有限公司"),
    "渔业船舶": ("渔业专业合作社", "远洋渔业有限公司"),
    "旅游": ("旅游区", "度假酒店", "游艇俱乐部"),
    "学校": ("职业技术学校", "培训学校"),
    "电力": ("光伏电站", "电力工程有限公司", "风电场"),
    "民爆": ("民爆器材有限公司",),
    "危险废物": ("环保科技有限公司", "固废处置中心"),
    "工业园区": ("产业园管理有限公司", "物流园"),
    "农机": ("农机专业合作社", "农机销售服务有限公司"),
    "其他": ("汽车维修有限公司", "仓储有限公司", "商贸有限公司"),
}
#: Hazard descriptions per sector (appended to the unit's name).
_HAZARDS: dict[str, tuple[str, ...]] = {
    "危险化学品": (
        "卸油区未设置静电接地报警装置",
        "储罐区可燃气体检测报警装置未定期检定",
        "危险化学品仓库未按规定设置防爆电气设施",
        "特殊作业未按规定办理动火作业票证",
        "重大危险源未实行双人双锁管理",
        "储罐区防火堤存在破损、孔洞未封堵",
    ),
    "非煤矿山": (
        "采场边坡未按设计留设安全平台",
        "爆破作业未设置警戒区域和警戒人员",
        "排土场未设置安全挡墙",
        "未对边坡实施在线监测",
    ),
    "烟花爆竹": (
        "仓库超量储存烟花爆竹",
        "零售店与居民住宅未有效隔离",
        "仓库防雷设施未定期检测",
    ),
    "交通运输": (
        "堆场货物堆放超高，无防倾倒措施",
        "装卸作业区未设置安全警示标志",
        "港区消防设施配备不足",
    ),
    "道路运输": (
        "部分营运车辆动态监控装置不在线",
        "驾驶员未按规定参加安全教育培训",
        "危货运输车辆未随车携带应急处置器材",
        "客车安全锤配备不全",
    ),
    "水上交通": (
        "客船救生衣配备数量不足",
        "码头未设置乘客安全须知和应急疏散图",
        "船员未持有效适任证书上岗",
    ),
    "建筑施工": (
        "深基坑未按方案进行支护和监测",
        "塔式起重机未经检验即投入使用",
        "高处作业临边防护缺失",
        "施工现场临时用电未实行“一机一闸一漏保”",
        "脚手架连墙件设置不符合规范",
    ),
    "消防（人员密集场所）": (
        "安全出口上锁，疏散通道堆放杂物",
        "自动喷水灭火系统处于关闭状态",
        "消防控制室值班人员未持证上岗",
        "电动自行车在室内违规充电",
    ),
    "特种设备": (
        "电梯未按期进行定期检验",
        "起重机械限位装置失效",
        "压力容器安全阀未定期校验",
    ),
    "燃气": (
        "液化石油气钢瓶未进行定期检验",
        "燃气管道穿越卧室，存在泄漏风险",
        "储配站未设置可燃气体报警装置",
        "瓶装液化气充装记录不完整",
    ),
    "工贸": (
        "粉尘涉爆区域未采取防爆措施",
        "有限空间作业未执行“先通风、再检测、后作业”",
        "冲压设备安全防护装置缺失",
        "涉氨制冷车间未设置氨气浓度报警装置",
    ),
    "渔业船舶": (
        "渔船未配备北斗终端或终端关闭",
        "渔船救生筏超期未检验",
        "渔船超员出海",
    ),
    "旅游": (
        "景区高风险项目未设置安全警示",
        "游乐设施未定期检验",
        "漂流项目救生员配备不足",
    ),
    "学校": (
        "实验室危险化学品未分类存放",
        "学生宿舍消防设施损坏未修复",
        "校车驾驶员资质审核不严",
    ),
    "电力": (
        "升压站安全工器具未定期试验",
        "光伏区电缆沟未封堵",
        "高压配电室未设置防小动物措施",
    ),
    "民爆": ("炸药库视频监控存在盲区", "民爆物品出入库登记不规范"),
    "危险废物": (
        "危险废物贮存场所未设置防渗措施",
        "危险废物转移联单填写不完整",
        "废矿物油露天堆放",
    ),
    "工业园区": (
        "园区未建立安全风险分级管控体系",
        "园区消防车通道被占用",
        "园区应急物资储备不足",
    ),
    "农机": ("拖拉机未按期检验", "农机维修点未配备消防器材"),
    "其他": (
        "电气线路私拉乱接，未穿管保护",
        "灭火器过期未更换",
        "作业场所未设置安全警示标志",
    ),
}
_ILLEGAL = (
    "未取得安全生产许可证擅自从事生产经营",
    "无证经营危险化学品",
    "超范围储存烟花爆竹",
    "未批先建，擅自投入使用",
    "特种作业人员无证上岗",
    "关闭、破坏直接关系生产安全的监控、报警设备",
    "拒不执行停产停业整顿指令",
    "瞒报生产安全事故",
)
#: Management problems by the level where they were found.
_MANAGEMENT: dict[str, tuple[str, ...]] = {
    "市县政府": (
        "安委会未按规定每季度召开全体会议研究安全生产工作",
        "安全生产责任清单未及时修订，部分部门监管职责不清",
        "安全生产目标考核未覆盖全部乡镇和行业部门",
        "安全生产专项资金预算执行率偏低",
        "重大事故隐患挂牌督办未按期跟踪督导",
        "事故调查报告提出的整改措施未开展评估",
    ),
    "部门": (
        "年度执法检查计划完成率不足六成",
        "行业领域“三个必须”落实不到位，存在监管空白",
        "隐患排查治理台账不完整，部分隐患未闭环销号",
        "部门应急预案未按规定开展演练和修订",
        "安全生产举报件未在规定时限内核查办结",
        "行政处罚案卷中未见整改复查记录",
    ),
    "乡镇": (
        "未配备专职安全生产监管人员",
        "网格化安全监管未落实到村（社区）",
        "隐患排查治理台账不完整，部分隐患未闭环销号",
        "乡镇应急预案未按规定开展演练",
    ),
}
#: How a 乡镇-level hazard names the place where it was found.
_PLACE_NOUNS: dict[str, str] = {
    "危险化学品": "一家加油站",
    "燃气": "一处瓶装液化气供应点",
    "建筑施工": "一处在建工地",
    "消防（人员密集场所）": "一处农贸市场",
    "道路运输": "一处农村客运招呼站",
    "渔业船舶": "一处渔港",
    "旅游": "一处乡村旅游点",
    "学校": "一所乡镇中学",
    "烟花爆竹": "一家烟花爆竹零售店",
    "非煤矿山": "一处采石场",
    "工贸": "一家小作坊",
}
_LEGAL_BASIS: dict[str, str] = {
    "危险化学品": "《危险化学品安全管理条例》",
    "非煤矿山": "《金属非金属矿山安全规程》（GB 16423）",
    "烟花爆竹": "《烟花爆竹安全管理条例》",
    "道路运输": "《中华人民共和国道路运输条例》",
    "水上交通": "《中华人民共和国内河交通安全管理条例》",
    "建筑施工": "《建设工程安全生产管理条例》",
    "消防（人员密集场所）": "《中华人民共和国消防法》第十六条",
    "特种设备": "《中华人民共和国特种设备安全法》",
    "燃气": "《城镇燃气管理条例》",
    "渔业船舶": "《渔业船舶检验条例》",
    "危险废物": "《中华人民共和国固体废物污染环境防治法》",
}
_DEFAULT_BASIS = "《中华人民共和国安全生产法》第四十一条"
_REQUIREMENTS = (
    "立即整改；整改期间落实临时管控措施，整改完成后书面报告。",
    "限期整改，整改完成后报送整改前后对比照片和验收材料。",
    "举一反三，开展同类问题排查，限期整改到位。",
)
_CHECK_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # item number: (notes when satisfied, notes when not)
    "1": (
        ("及时传达学习上级安全生产决策部署，制定了贯彻落实方案",),
        (
            "传达学习停留在会议层面，未结合本地实际制定具体措施",
            "对领导批示件的落实情况缺少跟踪督办",
        ),
    ),
    "2": (
        ("年度执法计划按期完成，执法文书规范",),
        ("年度执法检查计划完成率偏低，部分执法文书填写不规范", "行政处罚案卷中未见整改复查记录"),
    ),
    "3": (
        ("制定党政领导干部安全生产责任清单，考核结果运用到位",),
        ("部分行业部门安全监管职责边界不清，存在监管空白", "年度安全生产目标考核未覆盖全部乡镇"),
    ),
    "4": (
        ("组织开展安全生产大检查，隐患整改台账清晰",),
        ("隐患排查治理台账不完整，部分隐患未闭环销号", "重大危险源风险评估未覆盖全部重点场所"),
    ),
    "5": (
        ("应急预案体系健全，按期组织综合演练",),
        ("应急预案未按规定开展演练和修订", "事故调查报告提出的整改措施落实情况未开展评估"),
    ),
    "6": (
        ("“打非治违”和专项整治工作方案明确、推进有力",),
        ("专项整治工作方案缺少量化目标，推进不平衡", "安全生产标准化建设达标率偏低"),
    ),
    "7": (
        ("安全生产专项资金足额列入预算",),
        ("安全生产专项资金预算执行率低", "安全宣传教育进企业覆盖面不足"),
    ),
    "8": (
        ("监管执法机构健全，执法人员配备到位",),
        ("乡镇安全监管人员配备不足，专业执法人员占比低", "执法装备配备不达标"),
    ),
    "9": (
        ("举报件登记、核查、反馈闭环，事故信息报送及时",),
        ("举报件核查处理未在规定时限内办结", "事故信息存在迟报现象"),
    ),
    "10": (
        ("省安委会年度工作要点重点任务已按期推进",),
        ("省安委会部署的重点任务个别事项进度滞后",),
    ),
}
_FIVE = (
    (
        "由{unit}主要负责人牵头，明确分管负责人和具体责任人",
        "制定专项整改方案，整改期间采取限产、停用和专人值守等临时管控措施",
        "企业自筹整改资金{money}万元，已列入年度安全投入计划",
        "{deadline}前完成整改并申请核查销号",
        "制定专项应急处置方案，配备应急物资，组织从业人员演练",
    ),
)
_UNAVAILABLE_REASONS = (
    "参加中央党校（国家行政学院）学习",
    "出国（境）培训",
    "手术康复",
    "产假",
    "借调外省工作",
    "参加全省防汛防风专项工作",
)
_LEAVE_REASONS = (
    ("因突发疾病住院治疗，不能继续参加巡查工作", ""),
    ("违反巡查工作纪律，经省安委办研究调整出巡查组", "未经组长同意擅自接受被巡查单位安排的宴请"),
)
_CONDUCT_GOOD = (
    ("在延伸巡查中发现重大事故隐患线索，工作表现突出", "通报表扬"),
    ("如实报告巡查情况，巡查日志记录完整规范", "组长口头表扬"),
)
_CONDUCT_MINOR = (("未按要求及时报送巡查工作日志", "组长提醒谈话"),)
_BREACHES: dict[int, str] = {
    1: "提供的隐患排查治理台账与实际情况不符，瞒报部分未整改隐患",
    2: "经多次催要，仍未按要求提供年度执法检查案卷",
    3: "安排企业在巡查组暗访前临时停产，干扰实地检查",
    4: "对巡查组交办的重大事故隐患无正当理由逾期未整改",
    5: "对向巡查组反映问题的企业职工进行约谈施压",
}
_COMMITMENTS = (
    "十日内完成辖区加油站静电接地装置专项排查",
    "一个月内修订安全生产责任清单并印发",
    "两周内完成重大事故隐患整改方案编制并报巡查组",
    "三个月内补齐乡镇专职安全监管人员",
    "立即开展燃气用户安全隐患排查整治",
    "限期完成在建工地深基坑专项检查",
    "本季度内召开安委会全体会议专题研究巡查问题整改",
    "建立隐患整改挂账销号制度，每月通报进度",
)
_EVAL_GOOD = (
    "能够认真贯彻落实上级安全生产决策部署，安全生产责任体系较为健全",
    "重视安全生产工作，专项整治推进有力，事故总量保持下降",
)
_EVAL_BAD = (
    "部分行业部门监管责任落实不到位，隐患整改闭环管理有待加强",
    "基层监管力量薄弱，重大事故隐患整改推进较慢",
)

_KIND_CODES = ("general_hazard", "major_hazard", "illegal_act", "management")
_KIND_CUM = tuple(itertools.accumulate((55, 8, 10, 27)))
_MGMT_LEVELS = ("市县政府", "部门", "乡镇")
_MGMT_CUM = tuple(itertools.accumulate((30, 50, 20)))

_CN_DIGITS = "零一二三四五六七八九"


def _cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (for team names)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def _initials(name: str) -> str:
    """Same rule as the Person validator: first pinyin letters, unknown characters dropped."""
    return "".join(
        p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if p
    ).upper()


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _id_number(region_code: str, birth: dt.date, seq: int, male: bool) -> str:
    gender_digit = (seq * 2 + (1 if male else 0)) % 10
    body = f"{region_code}{birth:%Y%m%d}{seq % 100:02d}{gender_digit}"
    total = sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


def _credit_code(rng: random.Random, region_code: str) -> str:
    """统一社会信用代码 (GB 32100-2015) with a valid check character."""
    body = "91" + region_code + "".join(rng.choice(_USCC_CHARS[:-1]) for _ in range(9))
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def draw_order(seed: str, candidates: Sequence[int]) -> list[int]:
    """``sha256-shuffle-v1``: candidates ordered by SHA-256 of ``"{seed}:{id}"`` (then id)."""
    return sorted(
        candidates,
        key=lambda pid: (hashlib.sha256(f"{seed}:{pid}".encode()).hexdigest(), pid),
    )


def _overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _at(day: dt.date, rng: random.Random, earliest: dt.datetime | None = None) -> dt.datetime:
    """A working-hours time on ``day``, strictly after ``earliest`` when that is the same day."""
    when = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((0, 10, 20, 30, 40))))
    if earliest is not None and when <= earliest:
        when = earliest + dt.timedelta(minutes=rng.randint(5, 90))
    return when


# ---------------------------------------------------------------------------------------------
# In-memory records passed between the units of work
# ---------------------------------------------------------------------------------------------
@dataclass
class _Region:
    id: int
    name: str
    code: str
    kind: str

    @property
    def short(self) -> str:
        for suffix in ("黎族苗族自治县", "黎族自治县", "经济开发区", "市", "县"):
            if self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name

    @property
    def government(self) -> str:
        if self.kind == "开发区":
            return f"{self.name}管理委员会"
        return f"{self.name}人民政府"

    @property
    def deputy_title(self) -> str:
        if self.kind == "开发区":
            return "管委会副主任"
        return "副市长" if self.kind.endswith("市") else "副县长"


@dataclass
class _Person:
    id: int
    name: str
    unit: str
    post: str
    rank: str
    pool_type: str
    home_region_id: int
    eligible: bool
    unavailable: list[tuple[dt.date, dt.date]]
    busy: list[tuple[dt.date, dt.date]] = field(default_factory=list)


@dataclass
class _Member:
    name: str
    unit: str
    post: str
    role: str


@dataclass
class _Unit:
    id: int
    kind: str
    name: str
    sector_id: int | None
    sector: str


@dataclass
class _FindingRef:
    id: int
    kind_code: str
    state: str
    unit_id: int | None


@dataclass
class _TargetRec:
    id: int
    region: _Region
    year: int
    entry: dt.date
    exit: dt.date
    phase: str  # 'done', 'ongoing', 'future', 'draft'
    team_name: str = ""
    team_id: int = 0
    members: list[_Member] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)
    results: list[tuple[int, str, str]] = field(default_factory=list)  # id, item no, result
    findings: list[_FindingRef] = field(default_factory=list)
    interviews: list[int] = field(default_factory=list)
    breaches: int = 0
    by_kind: dict[str, list[_Unit]] = field(default_factory=dict)
    weak_results: list[int] = field(default_factory=list)

    @property
    def started(self) -> bool:
        return self.phase in ("done", "ongoing")

    @property
    def leader(self) -> _Member:
        return next(x for x in self.members if x.role == "组长")


@dataclass
class _Made:
    rec: _TargetRec
    finding: m.Finding
    kind_code: str
    transitions: list[m.FindingTransition]
    extensions: list[m.DeadlineExtension]


@dataclass
class _Batch:
    seq: int
    start: dt.date
    end: dt.date
    regions: list[_Region]


@dataclass
class _PlanSpec:
    year: int
    state: str
    batches: list[_Batch]
    next_cycle: bool = False


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------
class _Generator:
    def __init__(
        self, db: Database, seed: int, scale: int, today: dt.date, progress: Progress | None
    ) -> None:
        self.db = db
        self.rng = random.Random(seed)
        # Winding up old business draws from its own stream: everything else stays as it was.
        self.settle_rng = random.Random(seed * 7919 + 60)
        self.seed = seed
        self.scale = scale
        self.today = today
        self._progress = progress
        self.regions: list[_Region] = []
        self.sectors: dict[str, int] = {}
        self.kinds: dict[str, tuple[int, bool]] = {}  # code -> (id, is_major)
        self.template_id = 0
        self.items: list[tuple[int, str, str]] = []  # id, number, methods
        self.people: list[_Person] = []
        self.clerks: list[str] = []
        self.targets: list[_TargetRec] = []
        self.codes: dict[int, int] = {}
        self.units_by_region: dict[int, list[_Unit]] = {}
        self.sector_names: list[str] = []

    # -- helpers -------------------------------------------------------------------------
    def progress(self, percent: int, message: str) -> None:
        if self._progress is not None:
            self._progress(max(0, min(100, percent)), message)

    def uow(self) -> AbstractContextManager[Session]:
        return unit_of_work(self.db, DEMO_OPERATOR)

    def days(self, lo: int, hi: int) -> dt.timedelta:
        return dt.timedelta(days=self.rng.randint(lo, hi))

    def clerk(self) -> str:
        return self.rng.choice(self.clerks)

    def name(self, gender: str, taken: set[str]) -> str:
        rng = self.rng
        chars = _GIVEN_M if gender == "男" else _GIVEN_F
        for _ in range(50):
            given = "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2, 2))))
            name = rng.choice(_SURNAMES) + given
            if name not in taken:
                taken.add(name)
                return name
        raise AssertionError("name space exhausted")  # pragma: no cover

    def phone(self, taken: set[str]) -> str:
        while True:
            number = "1" + self.rng.choice("35789") + f"{self.rng.randrange(10**9):09d}"
            if number not in taken:
                taken.add(number)
                return number

    # -- step 0: reference data ----------------------------------------------------------
    def load_reference(self) -> None:
        load_reference_data(self.db)
        with read_session(self.db) as s:
            self.regions = [
                _Region(r.id, r.name, r.code or "460400", r.kind)
                for r in s.scalars(
                    select(m.Region)
                    .where(m.Region.active)
                    .order_by(m.Region.sort_order, m.Region.id)
                )
            ]
            self.sectors = {
                x.name: x.id
                for x in s.scalars(
                    select(m.Sector)
                    .where(m.Sector.active)
                    .order_by(m.Sector.sort_order, m.Sector.id)
                )
            }
            self.kinds = {
                k.code: (k.id, k.is_major)
                for k in s.scalars(select(m.FindingKind).order_by(m.FindingKind.sort_order))
            }
            tpl = s.scalars(
                select(m.ChecklistTemplate)
                .where(m.ChecklistTemplate.is_current)
                .order_by(m.ChecklistTemplate.version_no.desc(), m.ChecklistTemplate.id.desc())
            ).first()
            if tpl is None:
                raise ValidationError("没有当前版本的检查表模板，无法生成演示数据。")
            self.template_id = tpl.id
            self.items = [
                (i.id, i.number, i.methods)
                for i in s.scalars(
                    select(m.TemplateItem)
                    .where(m.TemplateItem.template_id == tpl.id, m.TemplateItem.parent_id.is_(None))
                    .order_by(m.TemplateItem.sort_order, m.TemplateItem.id)
                )
            ]
        self.sector_names = list(self.sectors)
        if len(self.regions) < 4 or not self.sectors or not self.items:
            raise ValidationError("基础数据（市县、行业领域、检查表）不完整，无法生成演示数据。")
        missing = {"general_hazard", "major_hazard", "illegal_act", "management"} - set(self.kinds)
        if missing:
            raise ValidationError(f"问题类别缺少：{'、'.join(sorted(missing))}。")

    # -- step 1: people and operators ----------------------------------------------------
    def make_people(self) -> None:
        rng, today = self.rng, self.today
        names: set[str] = set()
        phones: set[str] = set()
        ids: set[str] = set()
        # 省安委办 clerks (operators, not in the pool).
        for _ in range(4):
            self.clerks.append(self.name(rng.choice(("男", "女")), names))
        specs: list[tuple[str, str, str, str, str, str]] = []  # name gender unit post rank pool
        specials = list(_SPECIAL_NAMES)
        for name, _g in specials:
            names.add(name)
        n_experts, n_senior, n_middle, n_junior = 40, 22, 58, POOL_SIZE - 40 - 22 - 58
        for i in range(POOL_SIZE):
            if i % 40 == 7 and specials:
                name, gender = specials.pop(0)
            else:
                gender = "男" if rng.random() < 0.72 else "女"
                name = self.name(gender, names)
            if i < n_experts:
                unit, post, rank, pool = (
                    rng.choice(_EXPERT_UNITS),
                    rng.choice(_EXPERT_POSTS),
                    "其他",
                    "专家",
                )
            elif i < n_experts + n_senior:
                unit = rng.choice(_PROVINCIAL_UNITS[:6])
                post, rank, pool = rng.choice(_RANK_POSTS["厅级"]), "厅级", "工作人员"
            elif i < n_experts + n_senior + n_middle:
                unit = (
                    rng.choice(_PROVINCIAL_UNITS)
                    if rng.random() < 0.7
                    else rng.choice(self.regions).name + "应急管理局"
                )
                post, rank, pool = rng.choice(_RANK_POSTS["处级"]), "处级", "工作人员"
            else:
                rank = "科级" if i < n_experts + n_senior + n_middle + n_junior * 3 // 4 else "其他"
                unit = (
                    rng.choice(_PROVINCIAL_UNITS)
                    if rng.random() < 0.5
                    else rng.choice(self.regions).name + "应急管理局"
                )
                post, pool = rng.choice(_RANK_POSTS[rank]), "工作人员"
            specs.append((name, gender, unit, post, rank, pool))
        # Shuffle so ids do not follow the rank blocks.
        rng.shuffle(specs)
        sector_ids = list(self.sectors.values())
        unmet = set(rng.sample(range(POOL_SIZE), 6))
        with self.uow() as s:
            persons: list[m.Person] = []
            extra: list[tuple[bool, list[tuple[dt.date, dt.date, str]], list[int]]] = []
            for i, (name, gender, unit, post, rank, pool) in enumerate(specs):
                home = rng.choice(self.regions)
                for r in self.regions:  # city bureau staff live where they work
                    if unit.startswith(r.name):
                        home = r
                birth = dt.date(rng.randint(1965, 1992), rng.randint(1, 12), rng.randint(1, 28))
                id_number: str | None = None
                if rng.random() < 0.8:
                    id_number = _id_number(home.code, birth, rng.randrange(100), gender == "男")
                    if id_number in ids:
                        id_number = None
                    else:
                        ids.add(id_number)
                p = m.Person(
                    name=name,
                    name_initials=_initials(name),
                    gender=gender,
                    unit=unit,
                    post=post,
                    rank=rank,
                    phone=self.phone(phones),
                    id_number=id_number,
                    home_region_id=home.id,
                    pool_type=pool,
                    active=True,
                    note="少数民族干部" if "·" in name else "",
                )
                checked_on = today - self.days(700, 1000)
                met_all = i not in unmet
                for no in range(1, 5):
                    met = met_all or no != 4
                    p.conditions.append(
                        m.PersonCondition(
                            condition_no=no,
                            met=met,
                            checked_by=self.clerk(),
                            checked_on=checked_on,
                        )
                    )
                blocks: list[tuple[dt.date, dt.date, str]] = []
                if rng.random() < 0.08:
                    start = today + self.days(-700, 60)
                    blocks.append(
                        (start, start + self.days(20, 120), rng.choice(_UNAVAILABLE_REASONS))
                    )
                for a, b, why in blocks:
                    p.unavailability.append(
                        m.PersonUnavailability(start_date=a, end_date=b, reason=why)
                    )
                n_sec = rng.choice((1, 2, 2, 3))
                secs = rng.sample(sector_ids, n_sec)
                persons.append(p)
                extra.append((met_all, blocks, sorted(secs)))
            s.add_all(persons)
            s.flush()
            s.add_all(
                m.PersonSector(person_id=p.id, sector_id=sid)
                for p, (_, _, secs) in zip(persons, extra, strict=True)
                for sid in secs
            )
            for p, (met_all, blocks, _) in zip(persons, extra, strict=True):
                self.people.append(
                    _Person(
                        p.id,
                        p.name,
                        p.unit,
                        p.post,
                        p.rank,
                        p.pool_type,
                        p.home_region_id or 0,
                        met_all,
                        [(a, b) for a, b, _ in blocks],
                    )
                )

    # -- step 2: plans, targets, teams, draws --------------------------------------------
    def plan_layout(self) -> list[_PlanSpec]:
        rng, today = self.rng, self.today
        year = today.year
        regions = list(self.regions)
        rng.shuffle(regions)
        n = len(regions)
        first, second = round(n * 0.35), round(n * 0.35)
        chunks = [regions[:first], regions[first : first + second], regions[first + second :]]
        plans: list[_PlanSpec] = []
        for k, yr in enumerate((year - 2, year - 1)):
            months = (4, 6, 9) if rng.random() < 0.6 else (5, 9)
            parts = _split(chunks[k], len(months))
            batches = []
            for seq, (month, part) in enumerate(zip(months, parts, strict=True), start=1):
                start = dt.date(yr, month, 1) + self.days(0, 14)
                batches.append(_Batch(seq, start, start + self.days(25, 32), part))
            plans.append(_PlanSpec(yr, "已完成", batches))
        # Current year: a finished batch if there is room, one under way, one ahead if room.
        jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
        windows: list[tuple[dt.date, dt.date]] = []
        if (today - jan1).days >= 50:
            end = today - self.days(5, 20)
            windows.append((end - self.days(24, 30), end))
        windows.append((max(jan1, today - self.days(3, 12)), min(dec31, today + self.days(7, 18))))
        future_start = today + self.days(25, 40)
        if future_start + dt.timedelta(days=30) <= dec31:
            windows.append((future_start, future_start + self.days(25, 30)))
        parts = _split(chunks[2], len(windows))
        plans.append(
            _PlanSpec(
                year,
                "实施中",
                [
                    _Batch(seq, a, b, part)
                    for seq, ((a, b), part) in enumerate(zip(windows, parts, strict=True), start=1)
                ],
            )
        )
        # Next year's draft plan belongs to the next cycle.
        picked = rng.sample(self.regions, 6)
        draft = []
        for seq, month in ((1, 4), (2, 9)):
            start = dt.date(year + 1, month, 1) + self.days(0, 10)
            draft.append(
                _Batch(seq, start, start + self.days(25, 30), picked[3 * seq - 3 : 3 * seq])
            )
        plans.append(_PlanSpec(year + 1, "草拟", draft, next_cycle=True))
        return plans

    def make_plans(self) -> None:
        rng, today = self.rng, self.today
        layout = self.plan_layout()
        approver = "省安委会"
        with self.uow() as s:
            cycles: dict[int, m.Cycle] = {}
            for start_year in (today.year - 2, today.year + 1):
                existing = s.scalars(
                    select(m.Cycle).where(m.Cycle.start_year == start_year)
                ).first()
                cycle = existing or m.Cycle(
                    name=f"{start_year}—{start_year + 2}年安全生产巡查周期",
                    start_year=start_year,
                    length_years=3,
                )
                s.add(cycle)
                cycles[start_year] = cycle
            team_no: dict[int, int] = {}
            pending: list[tuple[m.Team, m.Target, _TargetRec]] = []
            for spec in layout:
                cycle = cycles[today.year + 1 if spec.next_cycle else today.year - 2]
                plan = m.Plan(
                    cycle=cycle,
                    year=spec.year,
                    state=spec.state,
                    title=f"{spec.year}年度全省安全生产巡查工作计划",
                    basis="《海南省安全生产巡查工作制度（试行）》（琼府〔2016〕71号）",
                    note="演示数据",
                )
                s.add(plan)
                self._plan_transitions(plan, spec, approver)
                for b in spec.batches:
                    batch = m.Batch(
                        seq=b.seq,
                        name=f"第{_cn_number(b.seq)}批次",
                        start_date=b.start,
                        end_date=b.end,
                    )
                    plan.batches.append(batch)
                    for region in b.regions:
                        entry, exit_ = self._target_dates(b)
                        phase = (
                            "draft"
                            if spec.state == "草拟"
                            else "done"
                            if exit_ < today
                            else "ongoing"
                            if entry <= today
                            else "future"
                        )
                        town = rng.choice(_TOWNS.get(region.name, ("城区",)))
                        target = m.Target(
                            region_id=region.id,
                            entry_date=entry,
                            exit_date=exit_,
                            extension_scope=(
                                f"延伸巡查{region.name}{town}等乡镇，应急管理、住房城乡建设、"
                                "交通运输等有关部门，以及危险化学品、建筑施工、人员密集场所等"
                                "重点行业领域企业"
                            ),
                            mobilization=(
                                f"{entry.month}月{entry.day}日上午9:00在{region.government}"
                                "会议室召开巡查工作动员会，巡查组组长作动员讲话，"
                                f"{region.government}主要负责同志作表态发言，"
                                "各有关部门和乡镇主要负责人参加"
                            ),
                        )
                        batch.targets.append(target)
                        team_no[spec.year] = team_no.get(spec.year, 0) + 1
                        no = team_no[spec.year]
                        rec = _TargetRec(0, region, spec.year, entry, exit_, phase)
                        rec.team_name = f"{spec.year}年省安全生产第{_cn_number(no)}巡查组"
                        team = m.Team(
                            name=rec.team_name,
                            state={
                                "draft": "拟定",
                                "done": "已结束",
                                "ongoing": "进驻",
                                "future": "已批准",
                            }[phase],
                            phone=f"0898-{rng.randint(65200000, 68999999)}",
                            mailbox=f"海口市{rng.randint(100, 999)}号邮政信箱（{rec.team_name}）",
                            note=f"巡查{region.name}",
                        )
                        target.team = team
                        s.add(team)
                        pending.append((team, target, rec))
            s.flush()
            for team, target, rec in pending:
                rec.id, rec.team_id = target.id, team.id
                self.targets.append(rec)
            self.staff_teams(s)

    def _plan_transitions(self, plan: m.Plan, spec: _PlanSpec, approver: str) -> None:
        rng, today = self.rng, self.today
        if spec.state == "草拟":
            plan.transitions.append(
                m.PlanTransition(
                    from_state=None,
                    to_state="草拟",
                    operator=self.clerk(),
                    at=_at(today - self.days(1, 20), rng),
                    note="起草下一年度巡查工作计划",
                )
            )
            return
        first = spec.batches[0].start
        run = first - self.days(1, 5)
        approved = run - self.days(10, 30)
        submitted = approved - self.days(7, 20)
        drafted = submitted - self.days(15, 40)
        steps: list[tuple[str | None, str, dt.date, str, str]] = [
            (None, "草拟", drafted, self.clerk(), "起草年度巡查工作计划"),
            ("草拟", "报批", submitted, self.clerk(), "报省安委会审批"),
            ("报批", "已批准", approved, approver, "省安委会审议通过"),
            ("已批准", "实施中", run, self.clerk(), "召开巡查工作部署会，启动第一批次巡查"),
        ]
        if spec.state == "已完成":
            done = min(today, spec.batches[-1].end + self.days(20, 40))
            steps.append(("实施中", "已完成", done, self.clerk(), "各批次巡查及反馈工作全部完成"))
        prev: dt.datetime | None = None
        for a, b, day, who, note in steps:
            prev = _at(day, rng, prev)
            plan.transitions.append(
                m.PlanTransition(from_state=a, to_state=b, operator=who, at=prev, note=note)
            )

    def _target_dates(self, b: _Batch) -> tuple[dt.date, dt.date]:
        today = self.today
        lo = self.rng.randint(0, 2)
        hi = self.rng.randint(0, 2)
        entry = b.start + dt.timedelta(days=lo)
        exit_ = b.end - dt.timedelta(days=hi)
        if b.start <= today <= b.end:  # keep a batch under way under way
            entry = min(entry, today)
            exit_ = max(exit_, today)
        if exit_ < entry:
            entry, exit_ = b.start, b.end
        return entry, exit_

    def _candidates(
        self,
        rec: _TargetRec,
        window: tuple[dt.date, dt.date],
        *,
        pool: str,
        ranks: tuple[str, ...],
        exclude: set[int],
    ) -> list[_Person]:
        return [
            p
            for p in self.people
            if p.pool_type == pool
            and p.rank in ranks
            and p.eligible
            and p.home_region_id != rec.region.id
            and p.id not in exclude
            and not any(_overlaps(window, u) for u in p.unavailable)
            and not any(_overlaps(window, u) for u in p.busy)
        ]

    def _draw(
        self,
        s: Session,
        rec: _TargetRec,
        role: str,
        places: int,
        candidates: list[_Person],
        window: tuple[dt.date, dt.date],
        rules: dict[str, object],
        operator: str,
    ) -> tuple[m.Draw, list[_Person]]:
        seed = f"{rec.year}-{rec.region.short}-{role}-{self.rng.getrandbits(32):08x}"
        ordered_ids = sorted(p.id for p in candidates)
        chosen_ids = draw_order(seed, ordered_ids)[:places]
        if len(chosen_ids) < places:
            raise ValidationError(f"人员库中符合条件的{role}人选不足，无法生成演示数据。")
        draw = m.Draw(
            team_id=rec.team_id,
            seed=seed,
            algorithm=DRAW_ALGORITHM,
            role=role,
            places=places,
            candidates_json=json.dumps(ordered_ids),
            rules_json=json.dumps(
                {
                    "回避市县": rec.region.id,
                    "回避市县名称": rec.region.name,
                    "时段": [window[0].isoformat(), window[1].isoformat()],
                    "不得同时参加其他巡查组": True,
                    "须符合四项条件": True,
                    "排除不可用时段": True,
                    **rules,
                },
                ensure_ascii=False,
                sort_keys=True,
            ),
            result_json=json.dumps(chosen_ids),
            operator=operator,
        )
        s.add(draw)
        by_id = {p.id: p for p in candidates}
        chosen = [by_id[i] for i in chosen_ids]
        for p in chosen:
            p.busy.append(window)
        return draw, chosen

    def staff_teams(self, s: Session) -> None:
        rng = self.rng
        # Draws first (they need the team ids), then memberships.
        plan: list[tuple[_TargetRec, list[tuple[str, m.Draw | None, _Person, str]]]] = []
        for rec in self.targets:
            window = (rec.entry, rec.exit)
            taken: set[int] = set()
            seats: list[tuple[str, m.Draw | None, _Person, str]] = []
            operator = self.clerk()
            n_members = rng.randint(1, 3)
            n_experts = rng.randint(1, 2)
            appoint_liaison = rng.random() < 0.4
            wanted: list[tuple[str, int, str, tuple[str, ...]]] = [
                ("组长", 1, "工作人员", ("厅级",)),
                ("副组长", 1, "工作人员", ("处级",)),
                ("成员", n_members, "工作人员", ("处级", "科级")),
                ("联络员", 0 if appoint_liaison else 1, "工作人员", ("科级", "其他")),
                ("专家", n_experts, "专家", ("其他",)),
            ]
            for role, places, pool, ranks in wanted:
                if not places:
                    continue
                cands = self._candidates(rec, window, pool=pool, ranks=ranks, exclude=taken)
                draw, chosen = self._draw(
                    s,
                    rec,
                    role,
                    places,
                    cands,
                    window,
                    {"人员类别": pool, "职级": list(ranks)},
                    operator,
                )
                for p in chosen:
                    taken.add(p.id)
                    seats.append((role, draw, p, ""))
            if appoint_liaison:
                cands = [
                    p
                    for p in self._candidates(
                        rec, window, pool="工作人员", ranks=("科级", "其他"), exclude=taken
                    )
                    if p.unit == "省应急管理厅"
                ] or self._candidates(
                    rec, window, pool="工作人员", ranks=("科级", "其他"), exclude=taken
                )
                p = rng.choice(cands)
                p.busy.append(window)
                taken.add(p.id)
                seats.append(
                    ("联络员", None, p, "熟悉巡查工作流程和文书办理，由省安委办指定担任联络员")
                )
            plan.append((rec, seats))
        s.flush()
        memberships: list[tuple[_TargetRec, m.Membership, _Person]] = []
        for rec, seats in plan:
            for role, seat_draw, p, reason in seats:
                ms = m.Membership(
                    team_id=rec.team_id,
                    person_id=p.id,
                    role=role,
                    join_date=rec.entry,
                    selection="抽取" if seat_draw is not None else "指定",
                    selection_reason=reason,
                    draw_id=seat_draw.id if seat_draw is not None else None,
                )
                s.add(ms)
                memberships.append((rec, ms, p))
                rec.members.append(_Member(p.name, p.unit, p.post, role))
        s.flush()
        self._replacements(s, memberships)
        self._conduct(s, memberships)

    def _replacements(
        self, s: Session, memberships: list[tuple[_TargetRec, m.Membership, _Person]]
    ) -> None:
        rng = self.rng
        done = [
            r for r in self.targets if r.phase == "done" and r.exit - r.entry >= dt.timedelta(8)
        ]
        for k, rec in enumerate(rng.sample(done, min(2, len(done)))):
            mine = [(ms, p) for r, ms, p in memberships if r is rec and ms.role == "成员"]
            if not mine:
                continue
            old, person = mine[0]
            leave = rec.entry + self.days(3, 6)
            reason, conduct = _LEAVE_REASONS[k % len(_LEAVE_REASONS)]
            old.leave_date = leave
            old.leave_reason = reason
            window = (leave, rec.exit)
            taken = {p.id for r, _ms, p in memberships if r is rec}
            cands = self._candidates(
                rec, window, pool="工作人员", ranks=("处级", "科级"), exclude=taken
            )
            draw, chosen = self._draw(
                s,
                rec,
                "成员",
                1,
                cands,
                window,
                {"人员类别": "工作人员", "职级": ["处级", "科级"], "递补": person.name},
                self.clerk(),
            )
            s.flush()
            new = m.Membership(
                team_id=rec.team_id,
                person_id=chosen[0].id,
                role="成员",
                join_date=leave,
                selection="抽取",
                draw_id=draw.id,
                replaces_id=old.id,
            )
            s.add(new)
            rec.members = [x for x in rec.members if x.name != person.name]
            rec.members.append(_Member(chosen[0].name, chosen[0].unit, chosen[0].post, "成员"))
            if conduct:
                s.add(
                    m.ConductRecord(
                        membership_id=old.id,
                        occurred_on=leave - dt.timedelta(1),
                        description=conduct,
                        outcome="批评教育，调整出巡查组",
                    )
                )
        s.flush()

    def _conduct(
        self, s: Session, memberships: list[tuple[_TargetRec, m.Membership, _Person]]
    ) -> None:
        rng = self.rng
        started = [(r, ms) for r, ms, _p in memberships if r.phase == "done"]
        for r, ms in rng.sample(started, min(5, len(started))):
            text, outcome = rng.choice(_CONDUCT_GOOD + _CONDUCT_MINOR)
            s.add(
                m.ConductRecord(
                    membership_id=ms.id,
                    occurred_on=r.entry + self.days(1, (r.exit - r.entry).days),
                    description=text,
                    outcome=outcome,
                )
            )

    # -- step 3: inspected units, visits and checklists -----------------------------------
    def make_units(self) -> None:
        rng = self.rng
        started = [r for r in self.targets if r.started]
        per_target = 6 + min(int(2 * self.scale**0.5 * 3), 300)
        sector_names = [n for n in _ENTERPRISE_SUFFIXES if n in self.sectors]
        credit: set[str] = set()
        with self.uow() as s:
            objs: list[tuple[m.InspectedUnit, _Region, str]] = []
            for region in self.regions:
                names: set[str] = set()
                units: list[tuple[m.InspectedUnit, _Region, str]] = []
                units.append(
                    (
                        m.InspectedUnit(
                            kind="市县政府", name=region.government, region_id=region.id
                        ),
                        region,
                        "",
                    )
                )
                for town in _TOWNS.get(region.name, ()):
                    units.append(
                        (
                            m.InspectedUnit(
                                kind="乡镇", name=f"{region.name}{town}", region_id=region.id
                            ),
                            region,
                            "",
                        )
                    )
                for dept in _DEPARTMENTS:
                    units.append(
                        (
                            m.InspectedUnit(
                                kind="部门", name=f"{region.name}{dept}", region_id=region.id
                            ),
                            region,
                            "",
                        )
                    )
                for _ in range(per_target):
                    sector = rng.choice(sector_names)
                    name = ""
                    for attempt in range(30):
                        brand = "".join(rng.sample(_BRAND_CHARS, 2))
                        name = f"{region.short}{brand}{rng.choice(_ENTERPRISE_SUFFIXES[sector])}"
                        if attempt == 29:
                            name += f"（{len(names) + 1}号）"
                        if name not in names:
                            break
                    names.add(name)
                    code = _credit_code(rng, region.code)
                    while code in credit:
                        code = _credit_code(rng, region.code)
                    credit.add(code)
                    town = rng.choice(_TOWNS.get(region.name, ("城区",)))
                    units.append(
                        (
                            m.InspectedUnit(
                                kind="企业",
                                name=name,
                                region_id=region.id,
                                address=f"{region.name}{town}{rng.choice(_ROADS)}{rng.randint(1, 399)}号",
                                sector_id=self.sectors[sector],
                                credit_code=code,
                            ),
                            region,
                            sector,
                        )
                    )
                objs.extend(units)
            s.add_all(o for o, _r, _s in objs)
            s.flush()
            for o, region, sector in objs:
                self.units_by_region.setdefault(region.id, []).append(
                    _Unit(o.id, o.kind, o.name, o.sector_id, sector)
                )
            # Visits: the target's own units, plus a few enterprises of a neighbour that
            # were visited again on a second tour (same unit row).
            for rec in started:
                own = self.units_by_region[rec.region.id]
                gov = [u for u in own if u.kind == "市县政府"]
                towns = [u for u in own if u.kind == "乡镇"]
                depts = [u for u in own if u.kind == "部门"]
                firms = [u for u in own if u.kind == "企业"]
                last = min(rec.exit, self.today)
                span = max(0, (last - rec.entry).days)
                chosen = (
                    gov
                    + rng.sample(towns, min(len(towns), rng.randint(2, 3)))
                    + rng.sample(depts, rng.randint(3, 5))
                    + rng.sample(firms, max(4, int(len(firms) * 0.7)))
                )
                rec.units = chosen
                for u in chosen:
                    if u.kind == "市县政府":
                        continue
                    s.add(
                        m.UnitVisit(
                            target_id=rec.id,
                            unit_id=u.id,
                            visited_on=rec.entry + dt.timedelta(days=rng.randint(0, span)),
                            members_present="、".join(
                                x.name for x in rng.sample(rec.members, min(3, len(rec.members)))
                            ),
                            note=f"延伸巡查{u.name}，查阅资料并实地检查",
                        )
                    )
            others = [r for r in started if r.phase == "done"]
            for rec in rng.sample(others, min(4, len(others))):
                partner = next(
                    (
                        r
                        for r in started
                        if r is not rec and r.region.id != rec.region.id and r.year != rec.year
                    ),
                    None,
                )
                if partner is None:
                    continue
                firm = next((u for u in rec.units if u.kind == "企业"), None)
                if firm is None or firm in partner.units:
                    continue
                partner.units.append(firm)
                s.add(
                    m.UnitVisit(
                        target_id=partner.id,
                        unit_id=firm.id,
                        visited_on=partner.entry
                        + self.days(
                            0, max(0, (min(partner.exit, self.today) - partner.entry).days)
                        ),
                        members_present=partner.leader.name,
                        note=f"该企业在{partner.region.name}设有分支机构，回头看前次巡查问题整改情况",
                    )
                )
            self.make_checklists(s, started)

    def make_checklists(self, s: Session, started: list[_TargetRec]) -> None:
        rng = self.rng
        pending: list[tuple[_TargetRec, list[tuple[m.ChecklistResult, str]]]] = []
        for rec in started:
            cl = m.Checklist(
                target_id=rec.id,
                template_id=self.template_id,
                state="已完成" if rec.phase == "done" else "填写中",
            )
            s.add(cl)
            filled = len(self.items) if rec.phase == "done" else rng.randint(3, 6)
            last = min(rec.exit, self.today)
            span = max(0, (last - rec.entry).days)
            rows: list[tuple[m.ChecklistResult, str]] = []
            for k, (item_id, number, methods) in enumerate(self.items):
                res = m.ChecklistResult(item_id=item_id, template_id=self.template_id)
                if k < filled:
                    result = rng.choices(("符合", "基本符合", "不符合", "不适用"), (50, 28, 18, 4))[
                        0
                    ]
                    if number == "10" and rng.random() < 0.5:
                        result = "不适用"
                    good, bad = _CHECK_NOTES.get(number, (("情况良好",), ("存在不足",)))
                    res.result = result
                    res.notes = {
                        "符合": rng.choice(good),
                        "基本符合": rng.choice(good) + "，但" + rng.choice(bad),
                        "不符合": rng.choice(bad),
                        "不适用": "本次巡查未涉及该项内容",
                    }[result]
                    res.method = rng.choice(methods.split("、")) if methods else "查阅资料"
                    res.inspector = rng.choice(rec.members).name
                    res.checked_on = rec.entry + dt.timedelta(days=rng.randint(0, span))
                    res.place = rng.choice(
                        (
                            f"{rec.region.government}会议室",
                            f"{rec.region.name}应急管理局",
                            "巡查组驻地",
                        )
                    )
                cl.results.append(res)
                rows.append((res, number))
            pending.append((rec, rows))
        s.flush()
        for rec, rows in pending:
            rec.results = [(r.id, num, r.result) for r, num in rows if r.result is not None]

    # -- step 4: findings ----------------------------------------------------------------
    def finding_budget(self) -> list[tuple[_TargetRec, int]]:
        started = [r for r in self.targets if r.started]
        weights = [1.0 if r.phase == "done" else 0.45 for r in started]
        total = BASE_FINDINGS * self.scale
        wsum = sum(weights)
        counts = [max(3, int(total * w / wsum)) for w in weights]
        counts[0] += total - sum(counts)
        return list(zip(started, counts, strict=True))

    def make_findings(self) -> None:
        budget = self.finding_budget()
        total = sum(n for _r, n in budget)
        queue = [rec for rec, n in budget for _ in range(n)]
        # On SQLite, primary keys are assigned here (one max(id) read per table) so that the
        # ORM can insert with executemany: without a sentinel column SQLite cannot order
        # RETURNING rows, and SQLAlchemy would otherwise fall back to one INSERT per row.
        with read_session(self.db) as s:
            next_ids = {
                model: int(s.scalar(select(func.max(model.id))) or 0) + 1
                for model in (m.Finding, m.FindingTransition, m.DeadlineExtension)
            }
        assign = self.db.is_sqlite

        def ident(model: type[m.Finding | m.FindingTransition | m.DeadlineExtension]) -> int | None:
            if not assign:
                return None
            value = next_ids[model]
            next_ids[model] = value + 1
            return value

        for rec, _n in budget:
            for u in rec.units:
                rec.by_kind.setdefault(u.kind, []).append(u)
            rec.weak_results = [r[0] for r in rec.results if r[2] in ("不符合", "基本符合")]
        done = 0
        for start in range(0, len(queue), FINDINGS_PER_UOW):
            chunk = queue[start : start + FINDINGS_PER_UOW]
            with self.uow() as s:
                made = [self._settle_finding(self._finding(rec)) for rec in chunk]
                for x in made:
                    x.finding.id = ident(m.Finding)  # type: ignore[assignment]
                s.add_all(x.finding for x in made)
                s.flush()
                later: list[m.FindingTransition | m.DeadlineExtension] = []
                for x in made:
                    for t in x.transitions:
                        t.id = ident(m.FindingTransition)  # type: ignore[assignment]
                        t.finding_id = x.finding.id
                        later.append(t)
                s.add_all(later)
                s.flush()
                exts: list[m.DeadlineExtension] = []
                for x in made:
                    for e in x.extensions:
                        e.id = ident(m.DeadlineExtension)  # type: ignore[assignment]
                        e.finding_id = x.finding.id
                        exts.append(e)
                    refs = x.rec.findings
                    if len(refs) < 200 and (len(refs) < 60 or x.kind_code != "general_hazard"):
                        refs.append(
                            _FindingRef(
                                x.finding.id, x.kind_code, x.finding.state, x.finding.unit_id
                            )
                        )
                s.add_all(exts)
                s.flush()
            done += len(chunk)
            self.progress(20 + 70 * done // max(1, total), f"已生成问题隐患 {done:,}/{total:,} 条")

    def _state_weights(self, rec: _TargetRec) -> tuple[int, ...]:
        """Cumulative weights of 已发现, 已交办, 整改中, 待核查, 已销号 for a target's findings."""
        if rec.phase == "ongoing":
            weights = (30, 30, 25, 5, 10)
        elif rec.year <= self.today.year - 2:
            weights = (0, 1, 4, 2, 93)
        elif rec.year == self.today.year - 1:
            weights = (0, 4, 10, 6, 80)
        else:
            weights = (3, 10, 30, 12, 45)
        return tuple(itertools.accumulate(weights))

    def _finding(self, rec: _TargetRec) -> _Made:
        rng, today = self.rng, self.today
        kind_code = rng.choices(_KIND_CODES, cum_weights=_KIND_CUM)[0]
        kind_id, is_major = self.kinds[kind_code]
        units = rec.units
        if kind_code == "management":
            level = rng.choices(_MGMT_LEVELS, cum_weights=_MGMT_CUM)[0]
        else:
            level = "企业" if rng.random() < 0.9 else "乡镇"
        unit = rng.choice(rec.by_kind.get(level) or units)
        sector = unit.sector or rng.choice(self.sector_names)
        if unit.kind == "企业":
            place = unit.name
        elif kind_code == "management":
            place = unit.name if unit.kind != "市县政府" else rec.region.name
        else:
            sector = sector if sector in _PLACE_NOUNS else rng.choice(list(_PLACE_NOUNS))
            place = f"{unit.name}辖区内{_PLACE_NOUNS[sector]}"
        if kind_code == "management":
            texts = _MANAGEMENT.get(unit.kind) or _MANAGEMENT["市县政府"]
            description = place + rng.choice(texts)
            sector_id: int | None = None if rng.random() < 0.5 else self.sectors.get(sector)
        elif kind_code == "illegal_act":
            description = place + rng.choice(_ILLEGAL)
            sector_id = self.sectors.get(sector)
        else:
            hazards = _HAZARDS.get(sector) or _HAZARDS["其他"]
            description = place + rng.choice(hazards)
            sector_id = self.sectors.get(sector)
        if rng.random() < 0.1:
            description += "，存在较大安全风险"
        responsible = unit.name if unit.kind != "市县政府" else rec.region.government
        year = rec.entry.year
        self.codes[year] = self.codes.get(year, 0) + 1
        last = min(rec.exit, today)
        found_on = rec.entry + dt.timedelta(days=rng.randint(0, max(0, (last - rec.entry).days)))
        found_by = rng.choice(rec.members).name
        f = m.Finding(
            code=f"XC{year}-{self.codes[year]:04d}",
            target_id=rec.id,
            region_id=rec.region.id,
            kind_id=kind_id,
            sector_id=sector_id,
            unit_level=level,
            unit_id=unit.id if unit.kind != "市县政府" or rng.random() < 0.5 else None,
            description=description,
            legal_basis=_LEGAL_BASIS.get(sector, _DEFAULT_BASIS),
            found_on=found_on,
            found_by=found_by,
            state="已发现",
        )
        if kind_code == "management" or rng.random() < 0.1:
            linked = rec.weak_results
            if linked and rng.random() < 0.6:
                f.checklist_result_id = rng.choice(linked)
        target_state = rng.choices(m.FINDING_STATES, cum_weights=self._state_weights(rec))[0]
        extensions: list[m.DeadlineExtension] = []
        trans: list[m.FindingTransition] = []
        when = _at(found_on, rng)
        f.created_at = when
        trans.append(
            m.FindingTransition(
                from_state=None,
                to_state="已发现",
                operator=found_by,
                at=when,
                note="巡查组现场检查发现并登记",
            )
        )
        order = m.FINDING_STATES
        goal = order.index(target_state)
        if goal == 0:
            return _Made(rec, f, kind_code, trans, extensions)
        # 已交办
        assigned = found_on + self.days(0, 4)
        if assigned > today:
            return _Made(rec, f, kind_code, trans, extensions)
        dur = rng.randint(60, 150) if is_major else rng.randint(10, 30)
        if rec.phase == "ongoing" and goal in (1, 2) and rng.random() < 0.3:
            soon = today + self.days(0, 3)
            if (soon - assigned).days >= 3:
                dur = (soon - assigned).days
        deadline = assigned + dt.timedelta(days=dur)
        f.responsible_unit = responsible
        f.responsible_person = self.name("男" if rng.random() < 0.7 else "女", set())
        f.requirement = rng.choice(_REQUIREMENTS)
        f.deadline = deadline
        f.state = "已交办"
        when = _at(assigned, rng, when)
        leader = rec.leader.name
        trans.append(
            m.FindingTransition(
                from_state="已发现",
                to_state="已交办",
                operator=leader,
                at=when,
                note=f"督促整改，交办{responsible}，限{deadline:%Y年%m月%d日}前整改完毕",
                deadline=deadline,
            )
        )
        if is_major:
            (
                f.plan_responsibility,
                f.plan_measures,
                f.plan_funding,
                f.plan_timeline,
                f.plan_contingency,
            ) = (
                t.format(
                    unit=responsible, money=rng.randint(5, 300), deadline=f"{deadline:%Y年%m月%d日}"
                )
                for t in _FIVE[0]
            )
            if kind_code == "major_hazard" and rng.random() < 0.5:
                provincial = rng.random() < 0.4
                f.supervision_level = "省级" if provincial else "市县级"
                f.supervising_body = (
                    "海南省安全生产委员会办公室"
                    if provincial
                    else f"{rec.region.name}安全生产委员会办公室"
                )
                f.supervised_on = assigned
        if goal == 1:
            self._maybe_extend(f, extensions, when)
            return _Made(rec, f, kind_code, trans, extensions)
        # 整改中
        working = assigned + self.days(1, 5)
        if working > today:
            return _Made(rec, f, kind_code, trans, extensions)
        when = _at(working, rng, when)
        f.state = "整改中"
        trans.append(
            m.FindingTransition(
                from_state="已交办",
                to_state="整改中",
                operator=self.clerk(),
                at=when,
                note="责任单位已制定整改方案并组织实施",
            )
        )
        if goal == 2:
            self._maybe_extend(f, extensions, when)
            return _Made(rec, f, kind_code, trans, extensions)
        # 待核查 (sometimes a failed check first)
        reported = working + dt.timedelta(days=max(1, int(dur * rng.uniform(0.4, 1.3))))
        if reported > today:
            return _Made(rec, f, kind_code, trans, extensions)
        when = _at(reported, rng, when)
        f.state = "待核查"
        trans.append(
            m.FindingTransition(
                from_state="整改中",
                to_state="待核查",
                operator=self.clerk(),
                at=when,
                note="责任单位报告整改完成，提交整改前后照片及验收材料",
            )
        )
        if rng.random() < 0.06:
            again = reported + self.days(2, 6)
            redo = again + self.days(5, 15)
            if redo <= today:
                when = _at(again, rng, when)
                trans.append(
                    m.FindingTransition(
                        from_state="待核查",
                        to_state="整改中",
                        operator=leader,
                        at=when,
                        note="核查发现整改不到位，退回继续整改",
                    )
                )
                when = _at(redo, rng, when)
                trans.append(
                    m.FindingTransition(
                        from_state="整改中",
                        to_state="待核查",
                        operator=self.clerk(),
                        at=when,
                        note="责任单位再次报告整改完成",
                    )
                )
                reported = redo
        if goal == 3:
            return _Made(rec, f, kind_code, trans, extensions)
        closed = reported + self.days(2, 12)
        if closed > today:
            return _Made(rec, f, kind_code, trans, extensions)
        when = _at(closed, rng, when)
        f.state = "已销号"
        f.closed_on = closed
        if f.supervision_level is not None:
            f.unsupervised_on = closed
        trans.append(
            m.FindingTransition(
                from_state="待核查",
                to_state="已销号",
                operator=rng.choice((leader, self.clerk())),
                at=when,
                note="经核查整改到位，予以销号",
            )
        )
        return _Made(rec, f, kind_code, trans, extensions)

    def _settle_finding(self, x: _Made) -> _Made:
        """Mostly close an open finding whose deadline passed long ago: 整改中 → 待核查 → 已销号
        around the deadline (an office that lost track would leave it open for months)."""
        rng, today, f = self.settle_rng, self.today, x.finding
        settled_before = today - dt.timedelta(days=SETTLED_AFTER_DAYS)
        if (
            f.state not in ("已交办", "整改中", "待核查")
            or f.deadline is None
            or f.deadline >= settled_before
            or not self._settles(f.deadline)
        ):
            return x
        when = x.transitions[-1].at
        steps = (
            ("已交办", "整改中", "责任单位已制定整改方案并组织实施"),
            ("整改中", "待核查", "责任单位报告整改完成，提交整改前后照片及验收材料"),
            ("待核查", "已销号", "经核查整改到位，予以销号"),
        )
        for from_state, to_state, note in steps:
            if f.state != from_state:
                continue
            if to_state == "整改中":
                day = when.date() + dt.timedelta(days=rng.randint(1, 5))
            elif to_state == "待核查":
                day = max(when.date(), f.deadline - dt.timedelta(days=rng.randint(0, 10)))
            else:
                day = when.date() + dt.timedelta(days=rng.randint(2, 12))
            if day >= today:
                break
            when = _at(day, rng, when)
            x.transitions.append(
                m.FindingTransition(
                    from_state=from_state,
                    to_state=to_state,
                    operator=x.rec.leader.name if to_state == "已销号" else rng.choice(self.clerks),
                    at=when,
                    note=note,
                )
            )
            f.state = to_state
            if to_state == "已销号":
                f.closed_on = day
                if f.supervision_level is not None:
                    f.unsupervised_on = day
        return x

    def _settles(self, deadline: dt.date) -> bool:
        """Whether a matter overdue since ``deadline`` (more than SETTLED_AFTER_DAYS) was wound
        up: most are, and all of those overdue for more than a year. One draw either way, so
        the stream stays the same for the other decisions."""
        drawn = self.settle_rng.random() < SETTLED_SHARE
        return drawn or deadline < self.today - dt.timedelta(days=ALL_SETTLED_AFTER_DAYS)

    def _settle_interview(self, iv: m.Interview) -> None:
        """Mostly wind up old interviews: commitments due long ago done, the written report
        received; then 已办结 when nothing is left open (or 整改跟踪 while something is)."""
        rng, today = self.settle_rng, self.today
        settled_before = today - dt.timedelta(days=SETTLED_AFTER_DAYS)
        if iv.held_on is None or iv.state not in ("已约谈", "整改跟踪", "已办结"):
            return
        for c in iv.commitments:
            if (
                c.state == "未完成"
                and c.due_date is not None
                and c.due_date < settled_before
                and self._settles(c.due_date)
            ):
                c.state = "已完成"
                done = c.due_date + dt.timedelta(days=rng.randint(-7, 15))
                c.done_on = min(today - dt.timedelta(days=1), max(iv.held_on, done))
        if (
            iv.report_received_on is None
            and iv.report_due is not None
            and iv.report_due < settled_before
            and self._settles(iv.report_due)
        ):
            arrived = iv.report_due + dt.timedelta(days=rng.randint(-4, 2))
            iv.report_received_on = max(iv.held_on, arrived)
        if iv.report_received_on is not None:
            still_open = any(c.state == "未完成" for c in iv.commitments)
            iv.state = "整改跟踪" if still_open else "已办结"

    def _maybe_extend(
        self, f: m.Finding, extensions: list[m.DeadlineExtension], after: dt.datetime
    ) -> None:
        """Open findings past their deadline are sometimes granted an extension."""
        rng, today = self.rng, self.today
        old = f.deadline
        if old is None or old >= today or rng.random() > 0.3:
            return
        new = max(old + dt.timedelta(days=1), today + self.days(-20, 60))
        asked = max(after.date(), old - self.days(1, 5))
        if asked > today:
            return
        extensions.append(
            m.DeadlineExtension(
                old_deadline=old,
                new_deadline=new,
                operator=self.clerk(),
                at=_at(asked, rng, after),
                reason=rng.choice(
                    (
                        "整改工程量大，需协调资金和施工队伍",
                        "受台风天气影响，施工无法按期完成",
                        "涉及停产改造，需待设备到货后实施",
                    )
                ),
            )
        )
        f.deadline = new

    # -- step 5: interviews, cooperation, evaluations -------------------------------------
    def make_followup(self) -> None:
        rng, today = self.rng, self.today
        started = [r for r in self.targets if r.started]
        with self.uow() as s:
            interviews: list[tuple[_TargetRec, m.Interview, list[_FindingRef]]] = []
            for rec in started:
                n = rng.randint(2, 4) if rec.phase == "done" else 3
                for k in range(n):
                    interviews.append(self._interview(rec, k))
                    self._settle_interview(interviews[-1][1])
            # One 再次约谈 pointing at an earlier interview.
            s.add_all(iv for _r, iv, _f in interviews)
            s.flush()
            for rec, iv, refs in interviews:
                rec.interviews.append(iv.id)
                seen: set[int] = set()
                for ref in refs:
                    if ref.id not in seen:
                        seen.add(ref.id)
                        s.add(m.InterviewFinding(interview_id=iv.id, finding_id=ref.id))
            done = [
                (r, iv)
                for r, iv, _f in interviews
                if r.phase == "done" and iv.state in ("已办结", "已约谈") and iv.held_on
            ]
            if done:
                rec, first = done[0]
                held = (first.held_on or rec.exit) + self.days(20, 40)
                if held <= today:
                    again = m.Interview(
                        target_id=rec.id,
                        party=first.party,
                        previous_id=first.id,
                        reason="前次约谈承诺事项未按期完成，再次约谈",
                        scheduled_at=_at(held, rng),
                        place=first.place,
                        materials=first.materials,
                        state="已约谈",
                        held_on=held,
                        report_due=held + dt.timedelta(days=7),
                        minutes="被约谈方说明了承诺事项未按期完成的原因，并作出书面表态。",
                        requirements="五个工作日内报送整改落实情况书面报告。",
                    )
                    again.attendees.append(
                        m.InterviewAttendee(
                            side="被约谈方",
                            name=self.name("男", set()),
                            unit=first.party,
                            post="主要负责人",
                            attended=True,
                        )
                    )
                    again.attendees.append(
                        m.InterviewAttendee(
                            side="巡查组",
                            name=rec.leader.name,
                            unit=rec.leader.unit,
                            post="组长",
                            attended=True,
                        )
                    )
                    again.commitments.append(
                        m.Commitment(
                            content="一个月内完成前次约谈承诺的全部整改事项",
                            due_date=held + dt.timedelta(days=30),
                            state="未完成",
                        )
                    )
                    self._settle_interview(again)
                    s.add(again)
            s.flush()
            self._breaches(s, started)
            self._evaluations(s, started)

    def _interview(
        self, rec: _TargetRec, k: int
    ) -> tuple[_TargetRec, m.Interview, list[_FindingRef]]:
        rng, today = self.rng, self.today
        majors = [f for f in rec.findings if f.kind_code in ("major_hazard", "illegal_act")]
        depts = [u for u in rec.units if u.kind == "部门"]
        names: set[str] = {x.name for x in rec.members}
        if k == 0:
            party = rec.region.government
            reason = (
                f"巡查发现{rec.region.name}重大事故隐患整改推进缓慢，部分行业部门监管责任落实不到位"
            )
            heads = [
                (self.name("男", names), party, rec.region.deputy_title),
                (self.name("男", names), f"{rec.region.name}应急管理局", "局长"),
            ]
            refs = rng.sample(majors, min(3, len(majors)))
        elif k == 1 and depts:
            dept = rng.choice(depts)
            party = dept.name
            reason = f"{dept.name}行业监管责任落实不到位，交办问题整改滞后"
            heads = [
                (self.name("男", names), party, "局长"),
                (self.name("女", names), party, "分管副局长"),
            ]
            refs = [f for f in rec.findings if f.kind_code == "management"][:2]
        else:
            firms = {u.id: u.name for u in rec.units if u.kind == "企业"}
            at_firms = [f for f in majors if f.unit_id in firms]
            ref = rng.choice(at_firms) if at_firms else None
            party = firms[ref.unit_id] if ref and ref.unit_id else rng.choice(list(firms.values()))
            reason = f"{party}存在重大事故隐患和非法违法行为，整改不力"
            heads = [
                (self.name("男", names), party, "法定代表人"),
                (self.name("男", names), party, "安全生产管理负责人"),
            ]
            refs = [ref] if ref else []
        last = min(rec.exit, today)
        span = max(0, (last - rec.entry).days)
        held = rec.entry + dt.timedelta(days=rng.randint(min(2, span), span))
        if rec.phase == "done":
            state = "已办结" if rng.random() < 0.7 else "已约谈"
            if rng.random() < 0.05:
                state = "已取消"
        else:
            state = ("已约谈", "已通知", "拟约谈")[min(k, 2)]
            if state != "已约谈":
                held = today + self.days(1, 5)
        iv = m.Interview(
            target_id=rec.id,
            party=party,
            reason=reason,
            scheduled_at=_at(held, rng) if state != "拟约谈" or rng.random() < 0.5 else None,
            place=rng.choice((f"{rec.region.government}第一会议室", "巡查组驻地会议室")),
            materials=(
                "1.问题整改情况书面汇报材料；2.整改方案（落实责任、措施、资金、时限和预案）；"
                "3.相关佐证材料"
            ),
            state=state,
            cancel_reason="问题已在约谈前整改完毕，经研究取消约谈" if state == "已取消" else "",
        )
        team_side = [x for x in rec.members if x.role in ("组长", "副组长")][:2]
        for name, unit, post in heads:
            iv.attendees.append(
                m.InterviewAttendee(
                    side="被约谈方",
                    name=name,
                    unit=unit,
                    post=post,
                    attended=None if state in ("拟约谈", "已通知", "已取消") else True,
                )
            )
        for x in team_side:
            iv.attendees.append(
                m.InterviewAttendee(
                    side="巡查组",
                    name=x.name,
                    unit=x.unit,
                    post=x.role,
                    attended=None if state in ("拟约谈", "已通知", "已取消") else True,
                )
            )
        if state in ("已约谈", "已办结"):
            iv.held_on = held
            iv.minutes = (
                f"巡查组通报了{party}存在的问题，指出{reason}。被约谈方作表态发言，"
                "表示将立即组织整改，举一反三开展排查。"
            )
            iv.requirements = "五个工作日内书面报告整改落实情况；建立问题清单，逐项整改销号。"
            iv.report_due = held + dt.timedelta(days=7)
            if state == "已办结":
                iv.report_received_on = min(today, held + self.days(3, 9))
            for _ in range(rng.randint(1, 3)):
                due = held + self.days(10, 60)
                c = m.Commitment(content=rng.choice(_COMMITMENTS), due_date=due, state="未完成")
                if due < today:
                    roll = rng.random()
                    mgmt = [f for f in rec.findings if f.kind_code == "management"]
                    if roll < 0.6:
                        c.state, c.done_on = "已完成", min(today, due - self.days(0, 7))
                    elif roll < 0.75 and mgmt:
                        c.state, c.finding_id = "转为问题", rng.choice(mgmt).id
                elif rng.random() < 0.2:
                    c.state, c.done_on = "已完成", min(today, held + self.days(1, 5))
                iv.commitments.append(c)
            if iv.state == "已办结" and any(c.state == "未完成" for c in iv.commitments):
                # Not closable while a commitment is open: still being followed up.
                iv.state = "整改跟踪"
        return rec, iv, refs

    def _breaches(self, s: Session, started: list[_TargetRec]) -> None:
        rng = self.rng
        done = [r for r in started if r.phase == "done"]
        duties = list(_BREACHES)
        rng.shuffle(duties)
        for k, rec in enumerate(rng.sample(done, min(5, len(done)))):
            duty = duties[k % len(duties)]
            rec.breaches += 1
            s.add(
                m.CooperationBreach(
                    target_id=rec.id,
                    duty_no=duty,
                    occurred_on=rec.entry + self.days(1, max(1, (rec.exit - rec.entry).days)),
                    description=_BREACHES[duty],
                    responsible=rng.choice(
                        [u.name for u in rec.units if u.kind in ("部门", "企业")]
                    ),
                    interview_id=rec.interviews[0]
                    if rec.interviews and rng.random() < 0.5
                    else None,
                )
            )

    def _evaluations(self, s: Session, started: list[_TargetRec]) -> None:
        rng, today = self.rng, self.today
        done = [r for r in started if r.phase == "done"]
        weights = {"符合": Decimal(1), "基本符合": Decimal("0.75"), "不符合": Decimal("0.3")}
        override = rng.choice(done) if done else None
        for rec in done:
            scored = [r for r in rec.results if r[2] in weights]
            base = (sum(weights[r[2]] for r in scored) / len(scored) * 100) if scored else 80
            majors = sum(1 for f in rec.findings if f.kind_code == "major_hazard")
            score = Decimal(base) - 3 * rec.breaches - min(10, majors)
            score = max(Decimal(0), min(Decimal(100), score)).quantize(Decimal("0.01"))
            grade = (
                "好" if score >= 90 else "较好" if score >= 80 else "一般" if score >= 65 else "差"
            )
            final, why = grade, ""
            if rec is override:
                final = "一般" if grade in ("好", "较好") else "较好"
                why = (
                    "存在挂牌督办重大事故隐患逾期未整改情况，经省安委办研究调整等次"
                    if final == "一般"
                    else "整改态度积极、问题已基本整改到位，经省安委办研究调整等次"
                )
            good = rng.choice(_EVAL_GOOD)
            bad = rng.choice(_EVAL_BAD)
            s.add(
                m.Evaluation(
                    target_id=rec.id,
                    score=score,
                    computed_grade=grade,
                    grade=final,
                    override_reason=why,
                    summary=f"{rec.region.government}{good}；{bad}。",
                    evaluated_by=rec.leader.name,
                    evaluated_on=min(today, rec.exit + self.days(3, 10)),
                )
            )
            depts = [u for u in rec.units if u.kind == "部门"]
            for u in rng.sample(depts, min(len(depts), rng.randint(1, 2))):
                s.add(
                    m.SubjectEvaluation(
                        target_id=rec.id,
                        subject_kind="单位",
                        subject_name=u.name,
                        text=rng.choice(
                            (
                                "履行行业监管职责较好，交办问题整改及时",
                                "监管执法偏软，对重点企业检查频次不足",
                            )
                        ),
                    )
                )
            s.add(
                m.SubjectEvaluation(
                    target_id=rec.id,
                    subject_kind="个人",
                    subject_name=f"{self.name('男', set())}（{rec.region.name}{rec.region.deputy_title}）",
                    text="分管安全生产工作，深入一线督导检查，推动重大事故隐患整改",
                )
            )

    # -- operators -----------------------------------------------------------------------
    def make_operators(self) -> None:
        with self.uow() as s:
            existing = set(s.scalars(select(m.Operator.login)))
            ops: list[tuple[str, str, str]] = [("admin", "系统管理员", "管理员")]
            ops += [(_login(c), c, "办公室") for c in self.clerks]
            leaders = [r.leader for r in self.targets if r.phase == "ongoing"]
            ops += [(_login(x.name), x.name, "组长") for x in leaders[:3]]
            ops.append(("viewer", "省委组织部查阅", "只读"))
            for login, name, role in ops:
                while login in existing:
                    login += "1"
                existing.add(login)
                # Registered but 停用: roles apply only once an operator is active
                # (services/roles.py), so whoever opens the demo keeps full rights; enable them
                # in 工具 → 操作员与权限 to try the roles out.
                s.add(m.Operator(login=login, display_name=name, role=role, active=False))

    def counts(self) -> dict[str, int]:
        with read_session(self.db) as s:
            return {
                model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
                for model in REPORTED
            }


def _login(name: str) -> str:
    text = "".join(lazy_pinyin(name, errors="ignore"))
    return text.lower() or "user"


def _split(items: list[_Region], parts: int) -> list[list[_Region]]:
    """Split into ``parts`` consecutive, nearly equal groups."""
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for k in range(parts):
        end = start + size + (1 if k < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def generate_demo(
    db: Database,
    *,
    seed: int = 2026,
    scale: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill a database without tour data with sample data; see the module docstring."""
    if scale < 1:
        raise ValidationError("演示数据的规模必须是正整数。", field="scale")
    if not is_empty(db):
        raise ValidationError(
            "数据库中已有巡查计划、人员或问题记录，不能写入演示数据。",
            hint="请新建一个空数据库后再生成演示数据。",
        )
    started = time.perf_counter()
    gen = _Generator(db, seed, scale, today or dt.date.today(), progress)
    gen.progress(0, "正在加载基础数据")
    gen.load_reference()
    gen.progress(3, "正在生成人员库")
    gen.make_people()
    gen.progress(8, "正在生成巡查计划、巡查组和抽取记录")
    gen.make_plans()
    gen.progress(14, "正在生成被巡查单位和检查表")
    gen.make_units()
    gen.progress(20, "正在生成问题隐患")
    gen.make_findings()
    gen.progress(92, "正在生成约谈、配合情况和评价")
    gen.make_followup()
    gen.make_operators()
    report = DemoReport(seed, scale, gen.today, gen.counts(), time.perf_counter() - started)
    gen.progress(100, "演示数据生成完成")
    return report
