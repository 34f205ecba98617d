"""The values people write in a list, understood in English, Russian, Chinese and Kazakh:
priorities and statuses by their words (compared by stems), dates in the usual written forms
("16.06.2025 г.", "16 июня 2025 г.", "16.06.2025 10:00", "2025年6月16日", "16 маусым 2025 ж.")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache

from planner.importing.words import phrase_key

PRIORITY_WORDS: dict[str, tuple[str, ...]] = {
    "high": (
        "high", "h", "1", "very high", "top", "critical", "highest",
        "высокий", "высокая", "очень высокий", "первоочередной", "первоочередная",
        "первостепенный", "приоритетный", "срочный", "срочно", "важный", "высший",
        "高", "很高", "非常高", "优先", "紧急", "重要", "重点",
        "жоғары", "өте жоғары", "бірінші кезектегі", "шұғыл",
    ),
    "medium": (
        "medium", "normal", "m", "2", "average", "moderate",
        "средний", "средняя", "обычный", "нормальный", "умеренный",
        "中", "一般", "普通", "中等", "орташа", "қалыпты",
    ),
    "low": (
        "low", "l", "3", "minor", "низкий", "низкая", "невысокий", "второстепенный",
        "低", "较低", "次要", "төмен", "төменгі",
    ),
}  # fmt: skip
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "open": (
        "open", "new", "not started", "pending", "открыт", "открыто", "новый", "не начато",
        "待定", "开放", "未开始", "新", "ашық", "жаңа", "басталмаған",
    ),
    "under_negotiation": (
        "under negotiation", "negotiating", "in progress", "in work", "under discussion",
        "under review", "на согласовании", "обсуждается", "в работе", "в процессе",
        "в стадии согласования", "прорабатывается", "на рассмотрении", "согласовывается",
        "в процессе согласования", "на проработке", "исполняется",
        "谈判中", "磋商中", "进行中", "推进中", "商谈中", "协商中", "审议中",
        "келісуде", "келісілуде", "талқылануда", "пысықталуда", "орындалуда", "қаралуда",
    ),
    "agreed": (
        "agreed", "done", "closed", "completed", "resolved", "signed",
        "согласовано", "согласован", "выполнено", "исполнено", "решено", "достигнуто",
        "закрыто", "подписано", "已商定", "达成一致", "已完成", "完成", "已签署",
        "келісілді", "орындалды", "шешілді", "қол қойылды",
    ),
    "deferred": (
        "deferred", "postponed", "on hold", "отложено", "отложен", "перенесено",
        "приостановлено", "推迟", "暂缓", "延期", "кейінге қалдырылды", "шегерілді",
    ),
    "dropped": (
        "dropped", "withdrawn", "cancelled", "canceled", "снято", "снят", "отозвано",
        "отменено", "исключено", "снято с рассмотрения", "放弃", "撤回", "取消",
        "алынып тасталды", "қайтарылып алынды", "күші жойылды",
    ),
}  # fmt: skip


@lru_cache(maxsize=64)
def word_table(words: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, variants in words:
        for variant in (name.replace("_", " "), *variants):
            table.setdefault(phrase_key(variant), name)
    return table


def word_to(words: Mapping[str, tuple[str, ...]], value: object) -> str | None:
    """The name whose words the value is (by stems: "Выполнено", "выполнен" alike); None when
    it is none of them."""
    table = word_table(tuple((name, tuple(variants)) for name, variants in words.items()))
    return table.get(value_key(value))


@lru_cache(maxsize=65_536)
def value_key(value: object) -> str:
    return phrase_key(value)


MONTHS = {
    # Russian (nominative and genitive), Kazakh, English: a word's first letters suffice
    **dict.fromkeys(("январ", "қаңтар", "jan"), 1),
    **dict.fromkeys(("феврал", "ақпан", "feb"), 2),
    **dict.fromkeys(("март", "наурыз", "mar"), 3),
    **dict.fromkeys(("апрел", "сәуір", "apr"), 4),
    **dict.fromkeys(("мая", "май", "мамыр", "may"), 5),
    **dict.fromkeys(("июн", "маусым", "jun"), 6),
    **dict.fromkeys(("июл", "шілде", "jul"), 7),
    **dict.fromkeys(("август", "тамыз", "aug"), 8),
    **dict.fromkeys(("сентябр", "қыркүйек", "sep"), 9),
    **dict.fromkeys(("октябр", "қазан", "oct"), 10),
    **dict.fromkeys(("ноябр", "қараша", "nov"), 11),
    **dict.fromkeys(("декабр", "желтоқсан", "dec"), 12),
}
EXCEL_EPOCH = date(1899, 12, 30)
# Words around a date that do not change it: "до", "к", "не позднее", "by", "不晚于", "前".
AROUND = re.compile(
    r"^(?:до|к|не позднее|by|before|not later than|until|不晚于|截至|截止)\s*|"
    r"\s*(?:года|год|г\.?|жылғы|жыл|ж\.?|前|之前)\s*$",
    re.IGNORECASE,
)
TIME_AFTER = r"(?:[ T,]+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:ч|час|h))?)?"
NUMERIC_DMY = re.compile(rf"(\d{{1,2}})[./\-](\d{{1,2}})[./\-](\d{{4}}|\d{{2}}){TIME_AFTER}")
NUMERIC_YMD = re.compile(rf"(\d{{4}})[./\-](\d{{1,2}})[./\-](\d{{1,2}}){TIME_AFTER}")
CHINESE = re.compile(rf"(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]?{TIME_AFTER}")
DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:-го)?\s+([^\W\d_]+)\.?,?\s+(\d{{4}}){TIME_AFTER}")
MONTH_DAY_YEAR = re.compile(rf"([^\W\d_]+)\.?\s+(\d{{1,2}}),?\s+(\d{{4}}){TIME_AFTER}")
YEAR_DAY_MONTH = re.compile(r"(\d{4})\s*(?:жылғы|ж\.?)?\s+(\d{1,2})\s+([^\W\d_]+)")


def month_of(word: str) -> int | None:
    word = word.casefold()
    for start, number in MONTHS.items():
        if word.startswith(start):
            return number
    return None


def to_date(value: object) -> date | None:
    """A date from a date cell, an Excel day number or the usual written forms; None when
    the value is none of them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        return EXCEL_EPOCH + timedelta(days=int(value))
    if not isinstance(value, str):
        return None
    return written_date(value)


@lru_cache(maxsize=16_384)
def written_date(text: str) -> date | None:
    text = text.strip()
    for _ in range(3):  # "до 16.06.2025 г." has a word on each side
        text = AROUND.sub("", text).strip()
    found: tuple[int, int | None, int] | None = None
    if match := NUMERIC_YMD.fullmatch(text) or CHINESE.fullmatch(text):
        found = (int(match[1]), int(match[2]), int(match[3]))
    elif match := NUMERIC_DMY.fullmatch(text):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        found = (year, int(match[2]), int(match[1]))
    elif match := DAY_MONTH_YEAR.fullmatch(text):
        found = (int(match[3]), month_of(match[2]), int(match[1]))
    elif match := MONTH_DAY_YEAR.fullmatch(text):
        found = (int(match[3]), month_of(match[1]), int(match[2]))
    elif match := YEAR_DAY_MONTH.fullmatch(text):
        found = (int(match[1]), month_of(match[3]), int(match[2]))
    if found is None or found[1] is None:
        return None
    try:
        return date(found[0], found[1], found[2])
    except ValueError:
        return None
