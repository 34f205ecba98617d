"""The open summit as the window sees it: its file, its undo stack, and change notices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class SummitDocument(QObject):
    """One open summit file. Views listen to `changed` to reload what they show."""

    changed = Signal(str)  # the kind of record that changed ("delegation", "person", …)
    failed = Signal(str)  # an undo or redo step could not be carried out; the message says why

    def __init__(self, path: Path, *, readonly: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self.readonly = readonly
        self.undo_stack = QUndoStack(self)

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)
