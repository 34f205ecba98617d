"""What the window shows when no summit is open: the ways to open one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>No summit is open</h2>"))
        hint = QLabel(self.tr("Open a summit file, start a new one, or explore the sample summit."))
        buttons = [
            (self.tr("Open…"), self.open_requested),
            (self.tr("New Summit…"), self.new_requested),
            (self.tr("Open the Astana 2025 Sample"), self.sample_requested),
        ]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        for text, signal in buttons:
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
