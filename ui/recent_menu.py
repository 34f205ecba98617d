"""File ▸ Open Recent: the summits opened last, kept in the window's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from planner.locations import is_server_location
from planner.workspace import remember

KEY = "recentFiles"


class RecentFilesMenu(QMenu):
    """The recent files, newest first; choosing one emits its path."""

    chosen = Signal(object)  # a Path, or a server summit's URI (a str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self.settings = settings
        self.rebuild()

    def files(self) -> list[str]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):
            value = [value]  # QSettings gives back a list of one as its only item
        return [str(item) for item in value or []]

    def add(self, path: Path | str) -> None:
        self.settings.setValue(KEY, remember(self.files(), path))
        self.rebuild()

    def clear_files(self) -> None:
        self.settings.setValue(KEY, [])
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        files = self.files()
        for number, name in enumerate(files, start=1):
            server = is_server_location(name)
            action = self.addAction(f"&{number} {name if server else Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            chosen = name if server else Path(name)
            action.triggered.connect(lambda _checked=False, c=chosen: self.chosen.emit(c))
        if files:
            self.addSeparator()
            self.addAction(self.tr("Clear the List")).triggered.connect(self.clear_files)
        self.setEnabled(bool(files))
