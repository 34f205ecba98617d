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


WEEKDAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    "kk": ["дс", "сс", "ср", "бс", "жм", "сб", "жс"],
    "zh_CN": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
    "zh_CN": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
}
MONTHS_LONG = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August"]
    + ["September", "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
    + ["сентября", "октября", "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз"]
    + ["қыркүйек", "қазан", "қараша", "желтоқсан"],
}


def short_day(day: date, language: str | None = None) -> str:
    """Mon 16 Jun · пн 16 июн. · 6月16日 周一 · дс 16 мау. (as the window writes a day)."""
    language = language or languages.current_language()
    weekday = WEEKDAYS_SHORT.get(language, WEEKDAYS_SHORT["en"])[day.weekday()]
    if language == "zh_CN":
        return f"{day_month(day, language)} {weekday}"
    return f"{weekday} {day_month(day, language)}"


def long_day(day: date, language: str | None = None) -> str:
    """Monday 16 June 2025 · понедельник, 16 июня 2025 г. · 2025年6月16日星期一 ·
    2025 ж. 16 маусым, дүйсенбі"""
    language = language or languages.current_language()
    weekday = WEEKDAYS.get(language, WEEKDAYS["en"])[day.weekday()]
    if language == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日{weekday}"
    month = MONTHS_LONG.get(language, MONTHS_LONG["en"])[day.month - 1]
    if language == "ru":
        return f"{weekday}, {day.day} {month} {day.year} г."
    if language == "kk":
        return f"{day.year} ж. {day.day} {month}, {weekday}"
    return f"{weekday} {day:%d} {month} {day.year}"
