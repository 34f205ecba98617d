"""A read-only table model over a list of row objects, described by column specs."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
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

from planner.history import Change
from planner.word_search import matches, search_words, searchable
from ui.changed_rows import Relation, changed_rows, merged_rows
from ui.collation import text_key

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
    every keystroke or sort, which costs far more than deciding every row in one pass.

    After an edit, a model that knows the `kind` of record its rows are and can load some
    rows by id (`some`; the loader's `order` places new rows) reloads only the rows a
    change names (see changed_rows): of its kind, and those that show records of the kinds
    it `follows`. `loaded_rows` counts the rows loaded, whole or some."""

    kind: str | None = None
    follows: Mapping[str, Relation] = {}
    # A list this long is loaded again behind the window when a change names no ids, if
    # its loader only reads (and may run on a worker thread, with a connection of its own).
    loads_behind_from: int | None = None

    def __init__(
        self,
        columns: Sequence[Column],
        loader: Callable[[], list[Any]],
        parent=None,
        *,
        some: Callable[[Collection[Any]], list[Any]] | None = None,
        order: Callable[[Any], Any] | None = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.loader = loader
        self.some = some  # the rows of these ids that exist (and the model would show)
        self.listed_order = order  # the order the loader gives the rows in
        self.loaded_rows = 0
        self.all_rows: list[Any] = []
        self.rows: list[Any] = []
        self.decide: Callable[[list[Any]], list[bool]] | None = None  # which rows to show
        # which of some rows to show, when only they differ from the rows decided before
        self.decide_some: Callable[[list[Any], list[Any], list[Any]], list[bool]] | None = None
        # which of some rows to show, when they replace rows at these places of all rows
        self.decide_in_place: Callable[..., list[bool]] | None = None
        self.order: tuple[int, bool] | None = None  # (column, descending) to sort by

    def reload(self) -> None:
        self.all_rows = self.loader()
        self.loaded_rows += len(self.all_rows)
        self.refilter()

    def take_rows(self, rows: list[Any]) -> None:
        """Show these rows, loaded elsewhere (see RecordPane.reload_behind)."""
        self.all_rows = rows
        self.loaded_rows += len(rows)
        self.refilter()

    def loads_behind(self) -> bool:
        """Whether all rows, loaded again, are to be loaded behind the window."""
        return self.loads_behind_from is not None and self.stored_rows() >= self.loads_behind_from

    def stored_rows(self) -> int:
        """How many rows a whole load would give, about (by default, as many as now)."""
        return len(self.all_rows)

    def changed_ids(self, change: Change) -> set[Any] | None:
        """The ids of the rows this change names (empty: none); None when the whole list is
        to be loaded again (the change names no ids, or the model cannot load some rows)."""
        if self.some is None:
            return None
        return changed_rows(change, self.kind, self.follows, self.all_rows)

    def update_rows(self, ids: Collection[Any]) -> int:
        """Load again only the rows of these ids (changed, added or gone) and show them in
        their places; return how many rows were loaded."""
        if not ids:
            return 0
        assert self.some is not None, "only a model that can load some rows updates them"
        fresh = self.some(ids)
        self.loaded_rows += len(fresh)
        if not self.replace_in_place(fresh, ids):
            self.replace_rows(merged_rows(self.all_rows, fresh, ids, self.listed_order), ids)
        return len(fresh)

    def replace_in_place(self, fresh: list[Any], ids: Collection[Any]) -> bool:
        """The usual edit: rows that stay where they are, in the list and in the order and
        filter shown, are replaced where they stand (no pass over every row but one to
        find them). False, changing nothing, when any row comes, goes or moves."""
        if len(fresh) != len(ids):
            return False
        places = {row.id: n for n, row in enumerate(self.all_rows) if row.id in ids}
        if len(places) != len(fresh):
            return False
        old = [self.all_rows[places[row.id]] for row in fresh]
        keys = [k for k in (self.listed_order, self.order and self.sort_key(self.order[0])) if k]
        if any(key(a) != key(b) for key in keys for a, b in zip(fresh, old, strict=True)):
            return False
        shown = {row.id: n for n, row in enumerate(self.rows) if row.id in ids}
        all_rows = list(self.all_rows)
        for row in fresh:
            all_rows[places[row.id]] = row
        if self.decide_in_place is not None:
            accepted = self.decide_in_place(self.all_rows, all_rows, fresh, places)
        elif self.decide is not None:
            accepted = self.decide(fresh)
        else:
            accepted = [True] * len(fresh)
        if any(yes != (row.id in shown) for row, yes in zip(fresh, accepted, strict=True)):
            return False  # shown or hidden now: placed the general way (texts made again)
        self.all_rows = all_rows
        last = self.columnCount() - 1
        for row in fresh:
            if row.id in shown:
                self.rows[shown[row.id]] = row
                number = shown[row.id]
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        return True

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

    def replace_rows(self, all_rows: list[Any], changed: Collection[Any]) -> int:
        """Take a new list of all rows in which only the rows with these ids differ (changed,
        added or gone): only those are decided and placed again, the view told of them alone.
        Return how many rows were looked at again."""
        changed = set(changed)
        fresh = [row for row in all_rows if row.id in changed]
        if self.decide_some is not None:
            shown = self.decide_some(self.all_rows, all_rows, fresh)
        elif self.decide is not None:
            shown = self.decide(fresh)
        else:
            shown = [True] * len(fresh)
        self.all_rows = all_rows
        place = {row.id: number for number, row in enumerate(all_rows)}
        kept = [row for row in self.rows if row.id not in changed]
        rows = list(kept)
        before = self.placing(place)
        for row in compress(fresh, shown):
            low, high = 0, len(rows)
            while low < high:  # the first row the new one goes before
                middle = (low + high) // 2
                if before(row, rows[middle]):
                    high = middle
                else:
                    low = middle + 1
            rows.insert(low, row)
        self.show_rows(rows, changed)
        return len(fresh)

    def placing(self, place: dict[Any, int]) -> Callable[[Any, Any], bool]:
        """Whether row a comes before row b in the order shown (as refilter sorts: stable,
        so rows that sort alike keep the order of all_rows)."""
        if self.order is None:
            return lambda a, b: place[a.id] < place[b.id]
        column, descending = self.order
        key = self.sort_key(column)

        def before(a: Any, b: Any) -> bool:
            ka, kb = key(a), key(b)
            if ka != kb:
                return ka > kb if descending else ka < kb
            return place[a.id] < place[b.id]

        return before

    def show_rows(self, rows: list[Any], changed: set[Any]) -> None:
        """Show these rows in place of the present ones, which differ only in the rows with
        the changed ids: rows that stay where they were are redrawn, others moved."""
        old = {row.id: number for number, row in enumerate(self.rows) if row.id in changed}
        new = {row.id: number for number, row in enumerate(rows) if row.id in changed}
        last = self.columnCount() - 1
        if old == new:  # same places: an edit that leaves the order as it was
            self.rows = rows
            for number in sorted(new.values()):
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            return
        for number in sorted(old.values(), reverse=True):
            self.beginRemoveRows(NO_PARENT, number, number)
            del self.rows[number]
            self.endRemoveRows()
        for number in sorted(new.values()):
            self.beginInsertRows(NO_PARENT, number, number)
            self.rows.insert(number, rows[number])
            self.endInsertRows()

    def sort_key(self, column: int) -> Callable[[Any], tuple]:
        spec = self.columns[column]
        value = spec.sort if spec.sort is not None else spec.value

        def key(row: Any) -> tuple:
            found = value(row)
            if found is None:
                return (0, "")
            return (1, text_key(found) if isinstance(found, str) else found)

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

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Nothing to keep sorted or filtered here: a change of many rows' data (every
        # meeting's conflicts) is passed on as it is, not re-examined row by row.
        self.setDynamicSortFilter(False)

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
        model.decide_some = self.decide_some
        model.decide_in_place = self.decide_in_place

    def setFilterFixedString(self, text: str) -> None:
        """The pane's filter field."""
        self.words = search_words(text)
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

    def prepare(self, rows: list[Any]) -> list[str]:
        """The rows' texts as searched (plain Python: may run on a worker thread)."""
        return [searchable(self.search_text(row)) for row in rows]

    def take_texts(self, rows: list[Any], texts: list[str]) -> None:
        """Use these texts, prepared elsewhere, for these rows."""
        self.searched, self.texts = rows, texts

    def decide(self, rows: list[Any]) -> list[bool]:
        if self.searched is not rows:  # loaded afresh: prepare the text once
            self.take_texts(rows, self.prepare(rows))
        return self.decide_texts(rows, self.texts)

    def decide_some(self, previous: list[Any], rows: list[Any], fresh: list[Any]) -> list[bool]:
        """Decide only the fresh rows of `rows`, which replace `previous` and differ from it
        only in them; the texts prepared for the others are kept."""
        texts = [searchable(self.search_text(row)) for row in fresh]
        if self.searched is previous:
            ids = {row.id for row in fresh}
            kept = list(self.texts)
            for number in reversed([n for n, row in enumerate(previous) if row.id in ids]):
                del kept[number]
            for number, text in zip(
                [n for n, row in enumerate(rows) if row.id in ids], texts, strict=True
            ):
                kept.insert(number, text)
            self.searched, self.texts = rows, kept
        return self.decide_texts(fresh, texts)

    def decide_in_place(
        self, previous: list[Any], rows: list[Any], fresh: list[Any], places: dict[Any, int]
    ) -> list[bool]:
        """Decide only the fresh rows, which replace rows of `previous` at these places in
        `rows`; the texts prepared for the others are kept."""
        texts = [searchable(self.search_text(row)) for row in fresh]
        if self.searched is previous:
            kept = list(self.texts)
            for row, text in zip(fresh, texts, strict=True):
                kept[places[row.id]] = text
            self.searched, self.texts = rows, kept
        return self.decide_texts(fresh, texts)

    def decide_texts(self, rows: list[Any], texts: list[str]) -> list[bool]:
        hits = matches(self.words, texts)
        if not self.choosing():
            return hits
        accepts = self.accepts
        return [hit and accepts(row) for row, hit in zip(rows, hits, strict=True)]
