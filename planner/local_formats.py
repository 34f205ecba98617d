"""Dates and numbers written by the chosen language's conventions without Qt: the same
patterns and month abbreviations (CLDR's) that QLocale uses in the window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner import languages

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "ru": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг."]
    + ["сент.", "окт.", "нояб.", "дек."],
    "kk": ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там."]
    + ["қыр.", "қаз.", "қар.", "жел."],
}
# (group separator, decimal point): Russian and Kazakh group with a no-break space.
NUMBERS = {"en": (",", "."), "zh_CN": (",", "."), "ru": ("\u00a0", ","), "kk": ("\u00a0", ",")}


def day_month(day: date, language: str | None = None) -> str:
    """16 Jun, 16 июн., 6月16日, 16 мау."""
    language = language or languages.current_language()
    if language == "zh_CN":
        return f"{day.month}月{day.day}日"
    return f"{day.day:02d} {MONTHS.get(language, MONTHS['en'])[day.month - 1]}"


def day_month_year(day: date, language: str | None = None) -> str:
    """16 Jun 2025, 16 июн. 2025 г., 2025年6月16日, 2025 ж. 16 мау."""
    language = language or languages.current_language()
    if language == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ru":
        return f"{day_month(day, language)} {day.year} г."
    if language == "kk":
        return f"{day.year} ж. {day_month(day, language)}"
    return f"{day_month(day, language)} {day.year}"


def number(value: int | Decimal, places: int | None = None, language: str | None = None) -> str:
    """A count or amount with the language's digit grouping and decimal point."""
    language = language or languages.current_language()
    group, point = NUMBERS.get(language, NUMBERS["en"])
    text = f"{value:,}" if places is None else f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def list_of(names: list[str], language: str | None = None) -> str:
    """Names as a list: two joined by "and", more by the language's list comma (、 in
    Chinese), as the conflict explanations have always listed them."""
    from planner.translation import tr

    language = language or languages.current_language()
    if len(names) == 2:
        return tr("{first} and {second}").format(first=names[0], second=names[1])
    return ("、" if language == "zh_CN" else ", ").join(names)
