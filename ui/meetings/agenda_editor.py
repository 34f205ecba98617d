"""The agenda part of the meeting editor: issues in order, minutes allotted, outcomes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.issues import IssueRow
from ui.colours import ERROR_COLOUR

ISSUE_ROLE = Qt.ItemDataRole.UserRole
ISSUE, MINUTES, OUTCOME = range(3)


class AgendaEditor(QWidget):
    """Lists the agenda's issues (drag to reorder; minutes and outcome edited in place)."""

    changed = Signal()

    def __init__(
        self,
        issues: list[IssueRow],
        agenda: tuple[tuple[int, int | None, str], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.issues = {row.id: row for row in issues}
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaItems")
        self.tree.setHeaderLabels([self.tr("Issue"), self.tr("Minutes"), self.tr("Outcome")])
        self.tree.setRootIsDecorated(False)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The issue's code and title take the width; an outcome is typed into a column of
        # its own width (its whole text in the Outcome tab of the meeting too).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ISSUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(MINUTES, 70)
        self.tree.setColumnWidth(OUTCOME, 220)
        self.tree.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.tree))
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        self.tree.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.chooser = QComboBox()
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.chooser.lineEdit().setPlaceholderText(self.tr("Type a code or words of the title…"))
        for row in issues:
            self.chooser.addItem(f"{row.code} — {row.title}", row.id)
        completer = self.chooser.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.chooser.setCurrentIndex(-1)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(add)
        buttons = QHBoxLayout()
        for widget in (self.remove_button, self.up, self.down):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        for issue_id, minutes, outcome in agenda:
            self.append(issue_id, minutes, outcome)

    def append(self, issue_id: int, minutes: int | None = None, outcome: str = "") -> None:
        if issue_id in self.issue_ids():
            return
        row = self.issues.get(issue_id)
        label = f"{row.code} — {row.title}" if row else f"#{issue_id}"
        item = QTreeWidgetItem([label, "" if minutes is None else str(minutes), outcome])
        item.setData(ISSUE, ISSUE_ROLE, issue_id)
        item.setToolTip(ISSUE, label)
        item.setFlags(
            (item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
            & ~Qt.ItemFlag.ItemIsDropEnabled
        )
        self.tree.addTopLevelItem(item)
        self.changed.emit()

    def add_chosen(self) -> None:
        """Add the chosen issue: the exact entry, or the first whose code or text begins
        with what was typed (so "pol-01" is enough)."""
        typed = self.chooser.currentText().strip().casefold()
        index = self.chooser.findText(self.chooser.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0 and typed:
            index = next(
                (
                    i
                    for i in range(self.chooser.count())
                    if self.chooser.itemText(i).casefold().startswith(typed)
                ),
                -1,
            )
        if index < 0:
            return
        self.append(self.chooser.itemData(index))
        self.chooser.setCurrentIndex(-1)
        self.chooser.clearEditText()

    def remove_selected(self) -> None:
        for item in self.tree.selectedItems():
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        items = self.tree.selectedItems()
        if not items:
            return
        index = self.tree.indexOfTopLevelItem(items[0])
        target = index + step
        if 0 <= target < self.tree.topLevelItemCount():
            item = self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, item)
            self.tree.setCurrentItem(item)
            self.changed.emit()

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def issue_ids(self) -> list[int]:
        return [item.data(ISSUE, ISSUE_ROLE) for item in self.items()]

    def agenda(self) -> tuple[tuple[int, int | None, str], ...]:
        """The agenda as entered; minutes that are not a whole number count as none."""
        result = []
        for item in self.items():
            text = item.text(MINUTES).strip()
            minutes = int(text) if text.isascii() and text.isdigit() else None
            result.append((item.data(ISSUE, ISSUE_ROLE), minutes, item.text(OUTCOME).strip()))
        return tuple(result)

    def show_total(self, meeting_minutes: int) -> None:
        allotted = sum(minutes or 0 for _, minutes, _ in self.agenda())
        text = self.tr("%1 of %2 minutes allotted").replace("%1", str(allotted))
        self.total.setText(text.replace("%2", str(meeting_minutes)))
        over = allotted > meeting_minutes
        self.total.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if over else "")
        self.total.setToolTip(
            self.tr("More minutes are allotted than the meeting lasts.") if over else ""
        )


class MinutesDelegate(QStyledItemDelegate):
    """Minutes are typed in a spin box: a whole number from 0 to 600 or nothing else."""

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(0, 600)
        editor.setSingleStep(5)
        return editor

    def setEditorData(self, editor, index):
        text = str(index.data() or "")
        editor.setValue(int(text) if text.isascii() and text.isdigit() else 0)

    def setModelData(self, editor, model, index):
        model.setData(index, str(editor.value()))
