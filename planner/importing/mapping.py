"""The fields an issue list's columns are mapped to, with the phrases that name them in
English, Russian, Chinese and Kazakh (compared by stems, see headers.py), and the words of
their values (values.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from planner.importing import headers
from planner.importing.bounds import Sheet
from planner.importing.headers import NUMBERING, NUMBERING_FORMS, Header
from planner.importing.values import PRIORITY_WORDS, STATUS_WORDS, to_date, word_to

__all__ = [
    "ISSUE_FIELDS",
    "NUMBERING",
    "PRIORITY_WORDS",
    "STATUS_WORDS",
    "Header",
    "find_header",
    "map_columns",
    "normal",
    "to_date",
    "word_to",
]

ISSUE_FIELDS: dict[str, tuple[str, ...]] = {
    NUMBERING: NUMBERING_FORMS,
    "code": (
        "code", "id", "ref", "reference", "issue code", "issue id", "код", "код вопроса",
        "шифр", "индекс", "номер вопроса", "编号", "代码", "议题编号", "коды", "мәселе коды",
    ),
    "title": (
        "title", "issue", "subject", "topic", "name", "agenda item", "issue title",
        "вопрос", "тема", "название", "наименование", "наименование вопроса",
        "вопрос повестки", "вопрос повестки дня", "содержание вопроса", "предмет",
        "содержание", "краткое содержание",
        "议题", "标题", "主题", "名称", "问题", "议题名称", "事项",
        "мәселе", "мәселенің атауы", "атауы", "тақырып", "күн тәртібіндегі мәселе",
    ),
    "track": (
        "track", "area", "direction", "category", "sector", "sphere", "cluster",
        "направление", "сфера", "область", "блок", "раздел", "трек",
        "领域", "方向", "类别", "板块", "合作领域",
        "бағыт", "бағыты", "сала", "саласы",
    ),
    "priority": (
        "priority", "importance", "приоритет", "приоритетность", "важность", "значимость",
        "优先级", "优先", "重要程度", "重要性", "басымдық", "басымдығы", "маңыздылығы",
    ),
    "lead_delegation": (
        "lead", "lead delegation", "responsible", "responsible party", "owner", "lead country",
        "ответственный", "ответственная делегация", "ответственный исполнитель",
        "ведущая делегация", "инициатор", "ответственная сторона", "ответственный орган",
        "ответственные", "исполнитель", "страна", "делегация", "сторона",
        "牵头", "牵头方", "负责", "负责单位", "牵头单位", "责任单位", "负责方", "提出方",
        "жауапты", "жауапты делегация", "жауапты орган", "жауапты орындаушы", "бастамашы",
        "ел", "делегация",
    ),
    "status": (
        "status", "state", "progress", "статус", "состояние", "ход исполнения",
        "ход выполнения", "стадия", "状态", "进展", "进展情况", "мәртебе", "мәртебесі",
        "жағдайы", "орындалу барысы",
    ),
    "due_date": (
        "due", "due date", "deadline", "date", "term", "target date",
        "срок", "срок исполнения", "срок выполнения", "дата", "сроки", "крайний срок",
        "截止日期", "期限", "日期", "完成时限", "时限", "完成时间",
        "мерзім", "мерзімі", "орындау мерзімі", "күні",
    ),
    "tags": (
        "tags", "keywords", "labels", "теги", "ключевые слова", "метки", "标签", "关键词",
        "тегтер", "кілт сөздер",
    ),
    "description": (
        "description", "details", "notes", "comment", "comments", "remarks",
        "описание", "комментарий", "примечание", "примечания", "пояснение", "суть вопроса",
        "说明", "描述", "备注", "简要说明",
        "сипаттама", "сипаттамасы", "ескерту", "түсініктеме",
    ),
}  # fmt: skip


def normal(text: object) -> str:
    """Lower case, no punctuation around, single spaces: how headers and words are compared."""
    value = re.sub(r"[\s_]+", " ", str(text or "")).strip().casefold()
    return value.strip(" .:;,()[]*#-")


def find_header(
    sheet: Sheet, fields: Mapping[str, tuple[str, ...]] = ISSUE_FIELDS
) -> Header | None:
    """The row among the first 30 whose texts name the most fields best (at least two); a
    title row above it, merged cells or blank rows are passed over."""
    return headers.find_header(sheet, fields)


def map_columns(
    header: Header,
    overrides: dict[str, str] | None = None,
    fields: Mapping[str, tuple[str, ...]] = ISSUE_FIELDS,
) -> dict[int, str]:
    """Column -> field, by the best assignment of header texts to fields, each field taken
    once; overrides (header text -> field, or "" to ignore a column) win."""
    return headers.map_columns(header, overrides, fields)
