"""A section that a later version fills in; it says what will be here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderSection(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setMaximumWidth(560)
        self.summary = QLabel()
        self.summary.setObjectName("sectionSummary")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (heading, body, self.summary):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)
