"""A titled, filterable, sortable table of records with Add, Edit and Delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.background import LatestLoad
from ui.i18n import trn
from ui.record_table_model import ID_ROLE, ModelFilterProxy, RecordTableModel

MIN_STRETCH_WIDTH = 160
MIN_COLUMN_WIDTH = 90  # a squeezed column keeps this much (a day, a time), or its heading


FIT_ROWS = 50


def header_sized_by_user(header: QHeaderView) -> bool:
    """Whether a column's width changed by something else than its model being (re)set."""
    return header.count() > 0 and header.model() is not None and header.isVisible()


class RecordPane(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(list)
    selection_changed = Signal(list)
    show_all_requested = Signal()  # the "show all" of the no-matches message

    def __init__(
        self,
        title: str,
        model: RecordTableModel,
        stretch_column: int = 1,
        parent: QWidget | None = None,
        proxy: ModelFilterProxy | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.editable = True
        self.stretch_column = stretch_column
        self.fitted = False  # the columns were fitted to rows (see fit_columns)
        self.adjusting = False  # fit_columns is resizing columns
        self.user_sized = False  # the user has resized a column since they were fitted
        self.loading = LatestLoad(self)  # rows loaded behind the window
        self.proxy = proxy or ModelFilterProxy(self)
        self.proxy.setParent(self)
        self.proxy.setSourceModel(model)

        self.heading = QLabel()
        self.set_title(title)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(120)
        self.filter_edit.setMaximumWidth(220)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.request_edit)
        self.delete_button.clicked.connect(self.request_delete)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        row_height = self.view.fontMetrics().height() + 10
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting columns to their contents reads this many rows, not all 50,000 of a big list.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.sectionResized.connect(self.on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(lambda _index: self.request_edit())
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        # A reload or a new filter resets the model; the rows still shown stay selected.
        self.kept: list[int] = []
        model.modelAboutToBeReset.connect(self.remember_selection)
        model.modelReset.connect(self.restore_selection)
        for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(key, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.request_delete)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.request_edit)

        # Said over the empty table when the search and filters leave no row of many.
        self.no_matches = QLabel(self.view.viewport())
        self.no_matches.setObjectName("noMatches")
        self.no_matches.setWordWrap(True)
        self.no_matches.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_matches.setContentsMargins(12, 24, 12, 12)
        self.no_matches.linkActivated.connect(lambda _link: self.show_all_requested.emit())
        self.no_matches.hide()
        self.show_all_requested.connect(self.filter_edit.clear)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self.update_no_matches)

        self.bar = QHBoxLayout()
        self.bar.addWidget(self.heading, 1)
        self.bar.addWidget(self.filter_edit)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        self.on_selection_changed()

    def update_no_matches(self, *_args) -> None:
        """Say why the table is empty when the rows are there but none is shown."""
        shown, total = self.proxy.rowCount(), len(self.model.all_rows)
        if shown or not total:
            self.no_matches.hide()
            return
        typed = self.filter_edit.text().strip()
        if typed:
            text = self.tr("Nothing matches “%1”.").replace("%1", typed.replace("<", "&lt;"))
        else:
            text = self.tr("Nothing matches the filters.")
        self.no_matches.setText(
            f"{text} <a href='#all'>{trn('Show the one row', 'Show all %n', total)}</a>"
        )
        self.no_matches.resize(self.view.viewport().size())
        self.no_matches.show()

    def set_title(self, title: str) -> None:
        self.heading.setText(f"<b>{title.replace('&', '&amp;').replace('<', '&lt;')}</b>")

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_id(self, row_id: int) -> None:
        self.select_ids([row_id])

    def select_ids(self, row_ids: list[int]) -> None:
        """Select the rows of these records (those the filters show), the first one current."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for row_id in row_ids:
            source_row = self.model.row_of_id(row_id)
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)

    def reload(self) -> None:
        """Reload the rows, keeping the selection where the records still exist."""
        self.loading.forget()  # a load behind the window under way is out of date
        selected = self.selected_ids()
        self.model.reload()
        for row_id in selected[:1]:
            self.select_id(row_id)
        self.fit_columns()

    def reload_behind(self, then: Callable[[], None]) -> None:
        """Reload the rows on a worker thread, the filter's search texts prepared there too,
        and show them when they arrive, keeping the selection; then call `then`."""
        model, proxy = self.model, self.proxy

        def load() -> tuple[list, list[str]]:
            rows = model.loader()
            return rows, proxy.prepare(rows)

        def arrived(loaded: tuple[list, list[str]]) -> None:
            selected = self.selected_ids()
            self.proxy.take_texts(*loaded)
            self.model.take_rows(loaded[0])
            self.select_ids(selected)
            self.fit_columns()
            then()

        self.loading.start(load, arrived)

    def update_rows(self, ids: set[int]) -> int:
        """Reload only the rows of these records (see RecordTableModel.update_rows), keeping
        the selection; return how many rows were loaded."""
        selected = self.selected_ids()
        loaded = self.model.update_rows(ids)
        if ids.intersection(selected):  # a row moved or went: select what is still there
            self.select_ids(selected)
        if not self.fitted:
            self.fit_columns()
        return loaded

    def fit_columns(self, contents: bool | None = None) -> None:
        """Size columns to their contents, then let the stretch column take up the difference.

        It grows into spare width and gives way (down to a readable minimum, its text elided
        with the full text in a tooltip) so that the other columns stay in view. Contents are
        measured when rows first appear (or when told): after that, an edit or a resize
        leaves the widths the user sees, or has set, alone.
        """
        header = self.view.horizontalHeader()
        if self.model.rowCount() == 0:
            self.fitted = False
        self.adjusting = True  # our own resizing is not the user's
        try:
            if contents or (contents is None and not self.fitted):
                self.view.resizeColumnsToContents()
                self.fitted = self.model.rowCount() > 0
                self.user_sized = False
            if not self.user_sized:
                self.squeeze_columns()
            column = self.stretch_column
            others = header.length() - header.sectionSize(column)
            wanted = self.view.viewport().width() - others
            header.resizeSection(column, max(MIN_STRETCH_WIDTH, wanted))
        finally:
            self.adjusting = False

    def on_section_resized(self, *_args) -> None:
        # the widths the user sets (not fit_columns) are left alone from now on
        if not self.adjusting and header_sized_by_user(self.view.horizontalHeader()):
            self.user_sized = True

    def squeeze_columns(self) -> None:
        """When the columns fitted to their contents are wider than the table, narrow the
        widest of the others (never below their heading or MIN_COLUMN_WIDTH; their text is
        elided, whole in its tooltip) so that every column is in view beside the stretch
        column at its readable minimum."""
        header = self.view.horizontalHeader()
        columns = [
            c for c in range(header.count()) if c != self.stretch_column
            and not header.isSectionHidden(c)
        ]
        numbers = {c for c in columns if self.model.columns[c].align_right}  # never cut
        room = self.view.viewport().width() - MIN_STRETCH_WIDTH
        widths = {c: header.sectionSize(c) for c in columns}
        if not columns or sum(widths.values()) <= room:
            return
        floors = {
            c: widths[c]
            if c in numbers
            else min(widths[c], max(MIN_COLUMN_WIDTH, self.heading_width(c)))
            for c in columns
        }
        # lower a common ceiling until the columns fit (or all are at their floors)
        ceiling = max(widths.values())
        while ceiling > 0:
            total = sum(max(floors[c], min(widths[c], ceiling)) for c in columns)
            if total <= room:
                break
            ceiling -= 4
        for c in columns:
            header.resizeSection(c, max(floors[c], min(widths[c], ceiling)))

    def heading_width(self, column: int) -> int:
        text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(text) + 20

    def cut_text_at(self, position: QPoint) -> str | None:
        """A cell's whole text when its column cuts it (and the model gives no tooltip of its
        own): what the tooltip over that cell shows."""
        index = self.view.indexAt(position)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = self.view.fontMetrics().horizontalAdvance(text) + 12
        if not text or needed <= self.view.columnWidth(index.column()):
            return None
        return text

    def elided_tooltip(self, event) -> bool:
        text = self.cut_text_at(event.pos())
        if text is None:
            return False
        QToolTip.showText(event.globalPos(), text, self.view.viewport())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view.viewport()
            and event.type() == QEvent.Type.ToolTip
            and self.elided_tooltip(event)
        ):
            return True
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns(contents=False)
            self.no_matches.resize(self.view.viewport().size())
        return super().eventFilter(watched, event)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self.editable = editable
        self.on_selection_changed()

    def remember_selection(self) -> None:
        self.kept = self.selected_ids()

    def restore_selection(self) -> None:
        kept, self.kept = self.kept, []
        if kept:
            self.select_ids(kept)
        self.on_selection_changed()

    def on_selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        self.edit_button.setEnabled(self.editable and len(ids) == 1)
        self.delete_button.setEnabled(self.editable and bool(ids))
        self.selection_changed.emit(ids)

    def request_edit(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.edit_button.isEnabled():
            self.edit_requested.emit(ids[0])

    def request_delete(self) -> None:
        ids = self.selected_ids()
        if ids and self.delete_button.isEnabled():
            self.delete_requested.emit(ids)
