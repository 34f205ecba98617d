"""File ▸ Open Recent: the summits opened last, kept in the window's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from planner.workspace import remember

KEY = "recentFiles"


class RecentFilesMenu(QMenu):
    """The recent files, newest first; choosing one emits its path."""

    chosen = Signal(Path)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self.settings = settings
        self.rebuild()

    def files(self) -> list[str]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):
            value = [value]  # QSettings gives back a list of one as its only item
        return [str(item) for item in value or []]

    def add(self, path: Path) -> None:
        self.settings.setValue(KEY, remember(self.files(), path))
        self.rebuild()

    def clear_files(self) -> None:
        self.settings.setValue(KEY, [])
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        files = self.files()
        for number, name in enumerate(files, start=1):
            action = self.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self.chosen.emit(Path(n)))
        if files:
            self.addSeparator()
            self.addAction(self.tr("Clear the List")).triggered.connect(self.clear_files)
        self.setEnabled(bool(files))
