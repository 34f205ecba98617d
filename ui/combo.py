"""Choosing a combo box item by its data, for data Qt cannot compare (dates, enums, None)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def index_of_data(combo: QComboBox, value: Any) -> int:
    """The first item whose data equals value, compared in Python; -1 if none.

    QComboBox.findData compares QVariants and misses Python dates and None.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_data(combo: QComboBox, value: Any) -> bool:
    index = index_of_data(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0
