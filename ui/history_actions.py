"""Edit ▸ Undo and Redo as QActions that follow the open summit's history (planner.history):
enabled when there is a step, named after it ("Undo Move Meeting"), with the standard keys."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.document import SummitDocument


class HistoryActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.document: SummitDocument | None = None
        self.undo = QAction(self.tr("&Undo"), parent)
        self.redo = QAction(self.tr("&Redo"), parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo.triggered.connect(lambda: self.document and self.document.undo())
        self.redo.triggered.connect(lambda: self.document and self.document.redo())
        self.update()

    def follow(self, document: SummitDocument | None) -> None:
        """Follow this summit's history (None: nothing open, nothing to undo)."""
        if self.document is not None:
            self.document.history_changed.disconnect(self.update)
        self.document = document
        if document is not None:
            document.history_changed.connect(self.update)
        self.update()

    def update(self) -> None:
        history = self.document.history if self.document is not None else None
        for action, prefix, can, text in (
            (self.undo, self.tr("&Undo"), "can_undo", "undo_text"),
            (self.redo, self.tr("&Redo"), "can_redo", "redo_text"),
        ):
            enabled = history is not None and getattr(history, can)()
            action.setEnabled(enabled)
            description = getattr(history, text) if enabled else ""
            action.setText(f"{prefix} {description}" if description else prefix)
