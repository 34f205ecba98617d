"""Tables sort text by the window language's collation, ignoring case in every alphabet."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from ui.language import apply_language
from ui.record_table_model import Column, RecordTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


@pytest.fixture
def english_afterwards(qapp):
    yield
    apply_language("en")


def sorted_names(names: list[str]) -> list[str]:
    rows = [Row(number, name) for number, name in enumerate(names)]
    model = RecordTableModel([Column("Name", lambda r: r.name)], lambda: rows)
    model.reload()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    return [row.name for row in model.rows]


@pytest.mark.parametrize(
    ("language", "names", "expected"),
    [
        # Kazakh letters in the Kazakh alphabet's order, not after я as their code points are
        (
            "kk",
            ["Ұлттық", "Қала", "Кітап", "Әлем", "Алма"],
            ["Алма", "Әлем", "Кітап", "Қала", "Ұлттық"],
        ),
        # Russian ё with е, and case ignored in Cyrillic
        ("ru", ["Яблоко", "ёлка", "Елка", "жук", "Ёж"], ["Ёж", "Елка", "ёлка", "жук", "Яблоко"]),
        # Chinese by pinyin: 阿 (ā) 北 (běi) 李 (lǐ) 王 (wáng) 张 (zhāng)
        (
            "zh_CN",
            ["张三", "王五", "李四", "北京", "阿里"],
            ["阿里", "北京", "李四", "王五", "张三"],
        ),
        # numbers by value: ECO-2 before ECO-10
        ("en", ["ECO-10", "eco-2", "ECO-1"], ["ECO-1", "eco-2", "ECO-10"]),
    ],
)
def test_tables_sort_by_the_languages_collation(language, names, expected, english_afterwards):
    apply_language(language)
    assert sorted_names(names) == expected
