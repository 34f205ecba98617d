"""The Conflicts panel: every conflict of the summit, errors first; choosing one shows its
meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.conflicts import Severity
from planner.schedule import Overview
from ui.i18n import trn
from ui.meetings.table_model import ERROR_COLOUR, WARNING_COLOUR

MEETINGS_ROLE = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    """A list (a list view wraps long explanations; a tree view cannot) under two headings."""

    meetings_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("conflictsList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self.on_selection)
        self.empty = QLabel(self.tr("No conflicts."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_overview(self, overview: Overview | None) -> None:
        # Refilling is not the user choosing a conflict: emptying the list would otherwise
        # "choose" the selected one again and reset the meeting filters.
        self.list.blockSignals(True)
        try:
            self.fill(overview)
        finally:
            self.list.blockSignals(False)

    def fill(self, overview: Overview | None) -> None:
        self.list.clear()
        conflicts = overview.conflicts if overview is not None else []
        counts = {
            Severity.ERROR: (ERROR_COLOUR, "%n error", "%n errors"),
            Severity.WARNING: (WARNING_COLOUR, "%n warning", "%n warnings"),
        }
        for severity, (colour, one, many) in counts.items():
            members = [c for c in conflicts if c.severity is severity]
            if not members:
                continue
            heading = QListWidgetItem(trn(one, many, len(members)))
            heading.setForeground(QColor(colour))
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(heading)
            for conflict in members:
                item = QListWidgetItem(conflict.message)
                item.setToolTip(conflict.message)
                item.setData(MEETINGS_ROLE, list(conflict.meetings))
                self.list.addItem(item)
        self.list.setVisible(bool(conflicts))
        self.empty.setVisible(not conflicts)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def on_selection(self) -> None:
        ids: list[int] = []
        for item in self.list.selectedItems():
            for meeting_id in item.data(MEETINGS_ROLE) or []:
                if meeting_id not in ids:
                    ids.append(meeting_id)
        if ids:
            self.meetings_chosen.emit(ids)
