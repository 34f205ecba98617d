"""A read-only table model over a list of row objects, described by column specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id; survives sorting and filtering proxies."""
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None  # what to sort by, when the shown text does not
    # sort (a date, a number; the model sorts in Python, so tuples and dates are fine)


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses with an `id`; reload() replaces them all at once.

    `rows` are the rows shown, in the order shown; `all_rows` are all of them. A model may
    filter and sort its rows itself (set `decide`, and give the view a SourceSortProxy): on
    a list of tens of thousands, Qt's proxy would call back into Python once per row for
    every keystroke or sort, which costs far more than deciding every row in one pass."""

    def __init__(self, columns: Sequence[Column], loader: Callable[[], list[Any]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.loader = loader
        self.all_rows: list[Any] = []
        self.rows: list[Any] = []
        self.decide: Callable[[list[Any]], list[bool]] | None = None  # which rows to show
        self.order: tuple[int, bool] | None = None  # (column, descending) to sort by

    def reload(self) -> None:
        self.all_rows = self.loader()
        self.refilter()

    def clear(self) -> None:
        self.all_rows = []
        self.refilter()

    def refilter(self) -> None:
        """Show the rows `decide` accepts, in `order`."""
        rows = self.all_rows
        if self.decide is not None:
            rows = list(compress(rows, self.decide(rows)))
        if self.order is not None:
            column, descending = self.order
            rows = sorted(rows, key=self.sort_key(column), reverse=descending)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def sort_key(self, column: int) -> Callable[[Any], tuple]:
        spec = self.columns[column]
        value = spec.sort if spec.sort is not None else spec.value

        def key(row: Any) -> tuple:
            found = value(row)
            if found is None:
                return (0, "")
            return (1, found.casefold() if isinstance(found, str) else found)

        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = None if column < 0 else (column, order == Qt.SortOrder.DescendingOrder)
        self.refilter()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()]

    def row_of_id(self, row_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.id == row_id:
                return number
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None


class SourceSortProxy(QSortFilterProxyModel):
    """For a model that filters and sorts itself: the view's sorting is handed to the model,
    and the proxy itself neither filters nor sorts (so it never calls back per row)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class ModelFilterProxy(SourceSortProxy):
    """The filter field's words and a section's own choices, decided by the model for every
    row in one pass (see RecordTableModel). Words are looked for in search_text(row) (all
    the columns' text unless a section says otherwise), every word must be found; a
    section's choices are in accepts(row)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.searched: list[Any] | None = None  # the rows the texts below were made for
        self.texts: list[str] = []

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.decide = self.decide

    def setFilterFixedString(self, text: str) -> None:
        """The pane's filter field."""
        self.words = text.casefold().split()
        self.refilter()

    def refilter(self) -> None:
        self.sourceModel().refilter()

    def search_text(self, row: Any) -> str:
        values = (column.value(row) for column in self.sourceModel().columns)
        return " ".join("" if value is None else str(value) for value in values)

    def choosing(self) -> bool:
        """Whether any of the section's own choices is set (else accepts() is not asked)."""
        return False

    def accepts(self, row: Any) -> bool:
        return True

    def decide(self, rows: list[Any]) -> list[bool]:
        if self.searched is not rows:  # loaded afresh: prepare the text once
            self.searched = rows
            self.texts = [self.search_text(row).casefold() for row in rows]
        texts, words = self.texts, self.words
        if len(words) == 1:  # the usual case while typing: one pass with `in`
            (word,) = words
            found = [word in text for text in texts]
        elif words:
            found = [all(word in text for word in words) for text in texts]
        else:
            found = [True] * len(rows)
        if not self.choosing():
            return found
        accepts = self.accepts
        return [hit and accepts(row) for row, hit in zip(rows, found, strict=True)]
