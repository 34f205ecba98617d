"""A field for a time of day that takes what is typed as typed ("14:30", "1430", "9.05")
and says why when it is not a time, instead of stepping sections like QTimeEdit."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from planner.errors import USER_ERRORS
from planner.time_text import parse_time, time_text


class TimeField(QLineEdit):
    """time() is the time typed (the last good one while the text is not a time);
    problem() says why the text is not a time, or is None."""

    timeChanged = Signal(QTime)  # noqa: N815 (QTimeEdit's name, which callers connect to)

    def __init__(self, value: QTime | time | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = time(8, 0)
        self.error: str | None = None
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(16)
        width = self.fontMetrics().horizontalAdvance("00:00000") + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)
        self.textChanged.connect(self.read_text)
        self.editingFinished.connect(self.tidy)
        self.setTime(value if value is not None else self.value)

    def setTime(self, value: QTime | time) -> None:  # noqa: N802 (QTimeEdit's name)
        moment = value.toPython() if isinstance(value, QTime) else value
        self.setText(time_text(moment))

    def time(self) -> QTime:
        return QTime(self.value.hour, self.value.minute)

    def problem(self) -> str | None:
        return self.error

    def read_text(self, text: str) -> None:
        try:
            moment = parse_time(text)
        except USER_ERRORS as error:
            self.error = str(error)
            self.setStyleSheet("QLineEdit { border: 2px solid #C62828; }")
            self.setToolTip(self.error)
            return
        self.error = None
        self.setStyleSheet("")
        self.setToolTip("")
        if moment != self.value:
            self.value = moment
            self.timeChanged.emit(self.time())

    def tidy(self) -> None:
        """Show a good time the way times are shown (9.5 → 09:05 is not guessed: 9.05 is)."""
        if self.error is None and self.text() != time_text(self.value):
            self.blockSignals(True)
            self.setText(time_text(self.value))
            self.blockSignals(False)
