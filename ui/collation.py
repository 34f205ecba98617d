"""Sorting text the way the window's language orders it (QCollator: Kazakh қ after к, Russian
ё with е, Chinese by pinyin), ignoring case in every alphabet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt


@cache
def collator(locale_name: str) -> QCollator:
    found = QCollator(QLocale(locale_name))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)  # ECO-2 before ECO-10
    return found


def text_key(text: str) -> QCollatorSortKey:
    """A sort key for text in the language now in use (QLocale's default)."""
    return collator(QLocale().name()).sortKey(text)
