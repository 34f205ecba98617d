"""Dates and times as the window's language writes them (QLocale's month and day names and
order), for every list, filter and label that shows one; times stay 24-hour HH:mm."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def short_day(day: date) -> str:
    """Mon 16 Jun · пн 16 июн. · 6月16日 周一"""
    pattern = "M月d日 ddd" if chinese() else "ddd dd MMM"
    return QLocale().toString(qdate(day), pattern)


def long_day(day: date) -> str:
    """Monday, 16 June 2025 in the language's long form."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def day_month(day: date) -> str:
    """16 Jun · 16 июн. · 6月16日"""
    return QLocale().toString(qdate(day), "M月d日" if chinese() else "dd MMM")


def date_text(day: date) -> str:
    """16 Jun 2025 · 16 июн. 2025 · 2025年6月16日"""
    return QLocale().toString(qdate(day), "yyyy年M月d日" if chinese() else "dd MMM yyyy")


def day_and_time(moment: datetime) -> str:
    """Mon 16 Jun 09:30"""
    return f"{short_day(moment.date())} {moment:%H:%M}"


def moment_text(moment: datetime, *, seconds: bool = False) -> str:
    """16 Jun 2025 09:30 (with :ss when asked)"""
    return (
        f"{date_text(moment.date())} {moment:%H:%M:%S}"
        if seconds
        else (f"{date_text(moment.date())} {moment:%H:%M}")
    )


def weekday_and_date(day: date) -> str:
    """Tuesday 17 June · вторник 17 июня · 6月17日 星期二 (no year)."""
    pattern = "M月d日 dddd" if chinese() else "dddd dd MMMM"
    return QLocale().toString(qdate(day), pattern)
