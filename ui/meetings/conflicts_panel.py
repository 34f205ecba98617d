"""The Conflicts panel: every conflict of the summit, errors first, and when they are too many
to list, the rest counted by delegation, person or room and day; choosing one shows its
meetings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from planner.conflict_report import Conflict, ConflictGroup, ConflictReport, Severity
from planner.schedule import Overview
from ui.colours import ERROR_COLOUR, WARNING_COLOUR
from ui.i18n import trn

MEETINGS_ROLE = Qt.ItemDataRole.UserRole
NO_PARENT = QModelIndex()
# Each severity's colour and its heading for a count (literal trn calls, so lupdate sees them).
HEADINGS = {
    Severity.ERROR: (ERROR_COLOUR, lambda n: trn("%n error", "%n errors", n)),
    Severity.WARNING: (WARNING_COLOUR, lambda n: trn("%n warning", "%n warnings", n)),
}


class ConflictListModel(QAbstractListModel):
    """Headings, conflicts and groups, handed to the view a batch at a time as it scrolls: a
    large summit can have tens of thousands of conflicts, and each explanation is written
    (and laid out, wrapped) only when its row is fetched. The headings count every conflict;
    those the report does not list are shown as groups under a heading of their own."""

    BATCH = 200

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str, QColor] | Conflict | ConflictGroup] = []
        self.loaded = 0
        self.bold = QFont()
        self.bold.setBold(True)

    def show_report(self, report: ConflictReport) -> None:
        self.beginResetModel()
        self.entries = []
        totals = {Severity.ERROR: report.errors, Severity.WARNING: report.warnings}
        for severity, (colour, heading) in HEADINGS.items():
            if totals[severity]:
                self.entries.append((heading(totals[severity]), QColor(colour)))
                self.entries += [c for c in report.listed if c.severity is severity]
        if report.cut:
            unlisted = report.total - len(report.listed)
            heading = trn(
                "%n more conflict, not listed; by delegation, person or room and day:",
                "%n more conflicts, not listed; by delegation, person or room and day:",
                unlisted,
            )
            self.entries.append((heading, QColor(ERROR_COLOUR)))
            self.entries += report.groups
        self.loaded = min(self.BATCH, len(self.entries))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.loaded

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and self.loaded < len(self.entries)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        more = min(self.BATCH, len(self.entries) - self.loaded)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(NO_PARENT, self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.entries[index.row()], tuple):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable
        return super().flags(index)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= self.loaded:
            return None
        entry = self.entries[index.row()]
        if isinstance(entry, tuple):
            text, colour = entry
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == Qt.ItemDataRole.ForegroundRole:
                return colour
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.message
        if role == MEETINGS_ROLE:
            return list(entry.meetings)
        return None


class ConflictsPanel(QWidget):
    """A list (a list view wraps long explanations; a tree view cannot) under two headings."""

    meetings_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setObjectName("conflictsList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setSpacing(2)
        self.list.selectionModel().selectionChanged.connect(self.on_selection)
        self.no_conflicts = self.tr("No conflicts.")
        self.empty = QLabel(self.no_conflicts)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_overview(self, overview: Overview | None, *, checking: bool = False) -> None:
        report = overview.report if overview is not None else ConflictReport()
        if overview is None:
            self.empty.setText(self.tr("No summit is open: its conflicts will be listed here."))
        else:
            self.empty.setText(
                self.tr("Checking for conflicts…") if checking else self.no_conflicts
            )
        # Refilling is not the user choosing a conflict: emptying the list would otherwise
        # "choose" the selected one again and reset the meeting filters.
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.show_report(report)
        finally:
            selection.blockSignals(False)
        self.list.setVisible(bool(report.total))
        self.empty.setVisible(not report.total)

    def texts(self) -> list[str]:
        """What the list shows now (the rows fetched so far)."""
        return [self.model.index(row).data() for row in range(self.model.rowCount())]

    def choose(self, row: int) -> None:
        """Select a row, as a click on it would."""
        self.list.selectionModel().select(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def on_selection(self, *_args) -> None:
        ids: list[int] = []
        for index in sorted(self.list.selectionModel().selectedIndexes(), key=lambda i: i.row()):
            for meeting_id in index.data(MEETINGS_ROLE) or []:
                if meeting_id not in ids:
                    ids.append(meeting_id)
        if ids:
            self.meetings_chosen.emit(ids)
