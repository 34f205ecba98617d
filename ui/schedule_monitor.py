"""Keeps the open summit's meetings and conflicts current for every view that shows them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner.schedule import Overview, load_overview
from ui.document import SummitDocument


class ScheduleMonitor(QObject):
    """Reloads the schedule overview after every change; views listen to `updated`."""

    updated = Signal()

    def __init__(self, document: SummitDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.overview: Overview = load_overview()
        document.changed.connect(self.refresh)

    def refresh(self, _kind: str = "") -> None:
        self.overview = load_overview()
        self.updated.emit()
