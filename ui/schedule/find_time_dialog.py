"""Find a time: the earliest free slots for some delegations, people and a room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.availability import ANY_ROOM, Availability, Candidate, FreeSlot, find_free_slots
from planner.schedule import Overview
from ui.local_dates import day_and_time

ID_ROLE = Qt.ItemDataRole.UserRole
RESULTS = 12


class FindTimeDialog(QDialog):
    """Choose who meets, for how long and where; pick one of the earliest free slots."""

    def __init__(self, overview: Overview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a Time"))
        self.overview = overview
        self.chosen: FreeSlot | None = None
        self.slots: list[FreeSlot] = []
        self.searched: Candidate | None = None  # what the listed slots were found for
        directory = overview.directory
        self.delegations = QListWidget()
        for delegation_id, (code, name) in directory.delegations.items():
            item = QListWidgetItem(f"{code} — {name}")
            item.setData(ID_ROLE, delegation_id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.delegations.addItem(item)
        self.people = QListWidget()
        self.delegations.itemChanged.connect(self.refresh_people)
        self.minutes = QSpinBox()
        self.minutes.setRange(overview.frame.slot_minutes, 12 * 60)
        self.minutes.setSingleStep(overview.frame.slot_minutes)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.room = QComboBox()
        self.room.addItem(self.tr("Any room large enough"), ANY_ROOM)
        self.room.addItem(self.tr("No room needed"), None)
        for room_id, (name, building, capacity) in directory.rooms.items():
            self.room.addItem(f"{name} ({building}, {capacity})", room_id)
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        search.clicked.connect(self.search)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Schedule at This Time…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Duration"), self.minutes)
        form.addRow(self.tr("Room"), self.room)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Delegations"), self.delegations),
            (self.tr("People (optional)"), self.people),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addLayout(form)
        layout.addWidget(search, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("<b>Earliest free times</b>")))
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 620)

    def checked(self, widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(ID_ROLE)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def refresh_people(self, *_args) -> None:
        keep = set(self.checked(self.people))
        teams = set(self.checked(self.delegations))
        self.people.clear()
        for person_id, (name, _rank, delegation_id) in self.overview.directory.people.items():
            if delegation_id in teams:
                code = self.overview.directory.delegations[delegation_id][0]
                item = QListWidgetItem(f"{name} ({code})")
                item.setData(ID_ROLE, person_id)
                checked = person_id in keep
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.people.addItem(item)

    def candidate(self) -> Candidate:
        people = tuple(self.checked(self.people))
        return Candidate(
            tuple(self.checked(self.delegations)), people, len(people), self.minutes.value()
        )

    def search(self) -> list[FreeSlot]:
        self.results.clear()
        candidate = self.candidate()
        self.searched = candidate
        if not candidate.delegations:
            self.message.setText(self.tr("Choose at least one delegation."))
            return []
        overview = self.overview
        availability = Availability(overview.facts, overview.frame, overview.directory)
        slots = find_free_slots(
            candidate, availability, room=self.room.currentData(), limit=RESULTS
        )
        self.slots = slots
        for slot in slots:
            room = overview.directory.rooms[slot.room_id][0] if slot.room_id else self.tr("no room")
            item = QListWidgetItem(f"{day_and_time(slot.start)}–{slot.end:%H:%M}   {room}")
            self.results.addItem(item)
        if slots:
            self.results.setCurrentRow(0)
            self.message.setText("")
        else:
            self.message.setText(
                self.tr(
                    "No free time in the summit's days: every slot clashes for someone, "
                    "leaves too little transfer time, or no room is large enough. Try a "
                    "shorter meeting, fewer people or another room."
                )
            )
        return slots

    def accept(self) -> None:
        row = self.results.currentRow()
        if row < 0:
            self.message.setText(self.tr("Search, then choose one of the free times."))
            return
        self.chosen = self.slots[row]
        super().accept()
