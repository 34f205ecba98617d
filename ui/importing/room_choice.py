"""The rooms a programme names that the summit does not have, each to create or to take as
one of the summit's rooms; a change asks for the plan again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from planner.delegations import list_rooms
from ui.combo import select_data


class RoomChoices(QTableWidget):
    def __init__(self, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Room in the file"), self.tr("Import as")])
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.changed = changed
        self.names: list[str] = []  # every new room seen since the file was chosen
        self.hide()

    def chosen(self) -> dict[str, str]:
        """Room in the file -> the summit's room it is taken as (left out: created)."""
        found = {}
        for row, name in enumerate(self.names):
            combo = self.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                found[name] = combo.currentData()
        return found

    def reset(self) -> None:
        self.names = []
        self.setRowCount(0)
        self.hide()

    def show_rooms(self, new_rooms: list[str]) -> None:
        """List the new rooms of a plan beside those listed before (kept with their choice)."""
        chosen = self.chosen()
        for name in new_rooms:
            if name not in self.names:
                self.names.append(name)
        self.setRowCount(0)
        rooms = [room.name for room in list_rooms()]
        for row, name in enumerate(self.names):
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.addItem(self.tr("a new room"), "")
            for room in rooms:
                combo.addItem(room, room)
            select_data(combo, chosen.get(name, ""))
            combo.currentIndexChanged.connect(lambda _index: self.changed())
            self.setCellWidget(row, 1, combo)
        self.setVisible(bool(self.names))
