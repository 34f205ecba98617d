"""Finding the header row and mapping columns to fields by their names in English, Russian
and Chinese; turning cell values into the planner's values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.importing.reading import Cell, Sheet

ISSUE_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "id", "no", "number", "ref", "код", "номер", "№", "编号", "代码", "序号"),
    "title": (
        "title",
        "issue",
        "subject",
        "topic",
        "name",
        "вопрос",
        "тема",
        "название",
        "наименование",
        "议题",
        "标题",
        "主题",
        "名称",
        "问题",
    ),
    "track": (
        "track",
        "area",
        "direction",
        "category",
        "направление",
        "сфера",
        "область",
        "领域",
        "方向",
        "类别",
    ),
    "priority": ("priority", "приоритет", "важность", "优先级", "优先"),
    "lead_delegation": (
        "lead",
        "lead delegation",
        "responsible",
        "owner",
        "ответственный",
        "ведущая делегация",
        "инициатор",
        "牵头",
        "牵头方",
        "负责",
    ),
    "status": ("status", "state", "статус", "состояние", "状态"),
    "due_date": ("due", "due date", "deadline", "date", "срок", "дата", "截止日期", "期限", "日期"),
    "tags": ("tags", "keywords", "теги", "ключевые слова", "标签", "关键词"),
    "description": (
        "description",
        "details",
        "notes",
        "comment",
        "описание",
        "комментарий",
        "примечание",
        "说明",
        "描述",
        "备注",
    ),
}

PRIORITY_WORDS = {
    "high": ("high", "h", "1", "высокий", "высокая", "高"),
    "medium": ("medium", "normal", "m", "2", "средний", "средняя", "中"),
    "low": ("low", "l", "3", "низкий", "низкая", "低"),
}
STATUS_WORDS = {
    "open": ("open", "new", "открыт", "открыто", "новый", "待定", "开放"),
    "under_negotiation": (
        "under negotiation",
        "negotiating",
        "in progress",
        "на согласовании",
        "обсуждается",
        "в работе",
        "谈判中",
        "磋商中",
    ),
    "agreed": ("agreed", "done", "closed", "согласовано", "согласован", "已商定", "达成一致"),
    "deferred": ("deferred", "postponed", "отложено", "отложен", "推迟"),
    "dropped": ("dropped", "withdrawn", "снято", "снят", "放弃", "撤回"),
}
# Delegations by their names in Russian and Chinese (English names and codes come from the file).
NAMES = {
    "KZ": ("казахстан", "哈萨克斯坦"),
    "CN": ("китай", "кнр", "中国"),
    "KG": ("кыргызстан", "киргизия", "吉尔吉斯斯坦"),
    "TJ": ("таджикистан", "塔吉克斯坦"),
    "TM": ("туркменистан", "туркмения", "土库曼斯坦"),
    "UZ": ("узбекистан", "乌兹别克斯坦"),
    "RU": ("россия", "俄罗斯"),
}


def normal(text: object) -> str:
    """Lower case, no punctuation around, single spaces: how headers and words are compared."""
    value = re.sub(r"[\s_]+", " ", str(text or "")).strip().casefold()
    return value.strip(" .:;,()[]*#-")


@dataclass(frozen=True)
class Header:
    row: int  # 1-based row of the header in the sheet
    columns: dict[int, str]  # 1-based column -> its header text


def find_header(sheet: Sheet, fields: dict[str, tuple[str, ...]] = ISSUE_FIELDS) -> Header | None:
    """The first row (among the first 30) where at least two cells name known fields; a title
    row above it, merged cells or blank rows are passed over."""
    known = {normal(word) for words in fields.values() for word in words}
    for number, row in enumerate(sheet.rows[:30], start=1):
        texts = {c: str(v) for c, v in enumerate(row, start=1) if isinstance(v, str)}
        if sum(1 for text in texts.values() if normal(text) in known) >= 2:
            return Header(number, texts)
    return None


def map_columns(
    header: Header,
    overrides: dict[str, str] | None = None,
    fields: dict[str, tuple[str, ...]] = ISSUE_FIELDS,
) -> dict[int, str]:
    """Column -> field, by header names, each field taken once; overrides (header text ->
    field, or "" to ignore a column) win."""
    overrides = {normal(k): v for k, v in (overrides or {}).items()}
    synonyms = {normal(word): name for name, words in fields.items() for word in words}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, text in header.columns.items():
        key = normal(text)
        if key in overrides:
            if overrides[key]:
                mapping[column] = overrides[key]
                taken.add(overrides[key])
            continue
    for column, text in header.columns.items():
        key = normal(text)
        if key in overrides:
            continue
        field_name = synonyms.get(key)
        if field_name and field_name not in taken:
            mapping[column] = field_name
            taken.add(field_name)
    return mapping


def word_to(words: Mapping[str, tuple[str, ...]], value: Cell) -> str | None:
    key = normal(value)
    for name, variants in words.items():
        if key == normal(name) or key in variants:
            return name
    return None


EXCEL_EPOCH = date(1899, 12, 30)
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%d.%m.%y",
    "%d %B %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%Y/%m/%d",
    "%Y年%m月%d日",
)


def to_date(value: Cell) -> date | None:
    """A date from a date cell, an Excel day number or the usual written forms; None when
    the value is none of them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and 20000 < value < 80000:
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value or "").strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
