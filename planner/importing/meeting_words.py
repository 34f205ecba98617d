"""The words of a programme: the fields its columns are mapped to, and its levels and statuses,
in English, Russian, Chinese and Kazakh (compared by stems, see words.py)."""

from __future__ import annotations

from planner.importing.headers import NUMBERING, NUMBERING_FORMS

MEETING_FIELDS: dict[str, tuple[str, ...]] = {
    NUMBERING: NUMBERING_FORMS,
    "id": ("id", "meeting id", "ид", "идентификатор", "会议编号"),
    "day": ("day", "date", "день", "дата", "日期"),
    "start": ("start", "from", "begins", "time", "начало", "с", "время", "开始", "开始时间"),
    "end": ("end", "to", "until", "ends", "окончание", "конец", "по", "结束", "结束时间"),
    "minutes": ("duration", "minutes", "length", "продолжительность", "длительность", "时长"),
    "title": (
        "title",
        "meeting",
        "event",
        "subject",
        "name",
        "мероприятие",
        "встреча",
        "название",
        "тема",
        "会议",
        "活动",
        "名称",
    ),
    "delegations": (
        "delegations",
        "participants",
        "parties",
        "countries",
        "делегации",
        "участники",
        "страны",
        "代表团",
        "参加方",
        "国家",
    ),
    "room": (
        "room",
        "venue",
        "hall",
        "place",
        "location",
        "зал",
        "место",
        "помещение",
        "место проведения",
        "会场",
        "地点",
        "会议室",
        "орын",
        "өтетін орны",
        "зал",
    ),  # fmt: skip
    "level": ("level", "format", "уровень", "формат", "级别", "层级"),
    "status": ("status", "state", "статус", "状态"),
}
LEVEL_WORDS = {
    "heads_of_state": (
        "heads of state",
        "head of state",
        "summit",
        "leaders",
        "главы государств",
        "на высшем уровне",
        "元首",
        "元首会晤",
        "峰会",
        "мемлекет басшылары",
        "жоғары деңгейде",
    ),
    "ministers": (
        "ministers",
        "minister",
        "ministerial",
        "министры",
        "министерский",
        "部长",
        "部长级",
        "министрлер",
    ),  # fmt: skip
    "deputy_ministers": (
        "deputy ministers",
        "deputies",
        "заместители министров",
        "замминистров",
        "副部长",
        "министрлердің орынбасарлары",
    ),
    "senior_officials": (
        "senior officials",
        "officials",
        "experts",
        "sherpas",
        "старшие должностные лица",
        "эксперты",
        "高官",
        "专家",
        "сарапшылар",
        "жоғары лауазымды тұлғалар",
    ),
}
STATUS_WORDS = {
    "requested": ("requested", "request", "запрошена", "запрос", "申请", "сұралды", "сұрау"),
    "proposed": (
        "proposed",
        "tentative",
        "предложена",
        "предварительно",
        "待定",
        "拟议",
        "ұсынылды",
        "алдын ала",
    ),  # fmt: skip
    "confirmed": (
        "confirmed",
        "подтверждена",
        "подтверждено",
        "已确认",
        "确认",
        "расталды",
        "бекітілді",
    ),  # fmt: skip
    "held": ("held", "done", "состоялась", "проведена", "已举行", "өтті", "өткізілді"),
    "cancelled": (
        "cancelled",
        "canceled",
        "отменена",
        "отменено",
        "取消",
        "тоқтатылды",
        "болдырылмады",
    ),  # fmt: skip
}
