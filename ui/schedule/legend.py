"""The Schedule's legend: what the fills, hatching, borders and marks of the blocks mean,
drawn with the same painting as the blocks themselves."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from planner.conflicts import Severity
from planner.day_layout import GridBlock
from ui.colours import ERROR_COLOUR, WARNING_COLOUR
from ui.labels import status_labels
from ui.schedule.grid_painter import BLOCKED_FILL, NOW_LINE, status_fill, tint

SAMPLE_COLOUR = "#1E6FB8"  # a host delegation's colour, for the samples
SWATCH = QSize(26, 14)
GAP = 14


def sample_block(status: str, severity: Severity | None = None) -> GridBlock:
    moment = datetime(2000, 1, 1)
    return GridBlock(0, 0, 0, 1, moment, moment, "", "", "", status, "", SAMPLE_COLOUR, severity)


class ScheduleLegend(QWidget):
    """One line of samples and words; entries that do not fit are left out of sight, and all
    are in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleLegend")
        labels = status_labels()
        self.entries: list[tuple[str, str]] = [
            ("confirmed", labels["confirmed"]),
            ("proposed", self.tr("%1 (dashed border)").replace("%1", labels["proposed"])),
            ("requested", self.tr("%1 (hatched)").replace("%1", labels["requested"])),
            ("held", labels["held"]),
            ("cancelled", labels["cancelled"]),
            ("error", self.tr("Conflict")),
            ("warning", self.tr("Warning")),
            ("blocked", self.tr("Would clash (while dragging)")),
            ("now", self.tr("Now")),
        ]
        self.setToolTip(
            self.tr(
                "A block's colour is its host delegation's; the fill says how far it is agreed. "
                "A red border and ! mark a conflict, an orange one a warning."
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    def words(self) -> list[str]:
        return [text for _kind, text in self.entries]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        x, middle = 4.0, self.height() / 2
        for kind, text in self.entries:
            needed = SWATCH.width() + 6 + metrics.horizontalAdvance(text)
            if x + needed > self.width():
                break
            swatch = QRectF(x, middle - SWATCH.height() / 2, SWATCH.width(), SWATCH.height())
            paint_sample(painter, swatch, kind)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(swatch.right() + 6, 0, needed, self.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
            x += needed + GAP
        painter.end()


def paint_sample(painter: QPainter, rect: QRectF, kind: str) -> None:
    if kind == "now":
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
        return
    if kind == "blocked":
        painter.fillRect(rect, QBrush(BLOCKED_FILL))
        return
    status = "confirmed" if kind in ("error", "warning") else kind
    fill, pattern, border_style = status_fill(sample_block(status))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, 3, 3)
    if pattern is not Qt.BrushStyle.SolidPattern:
        painter.setBrush(QBrush(tint(SAMPLE_COLOUR, 0.35), pattern))
        painter.drawRoundedRect(rect, 3, 3)
    painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(SAMPLE_COLOUR))
    if kind in ("error", "warning"):
        pen = QPen(QColor(ERROR_COLOUR if kind == "error" else WARNING_COLOUR), 2)
    else:
        pen = QPen(QColor(SAMPLE_COLOUR).darker(130), 1, border_style)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
    if kind == "cancelled":
        painter.setPen(QPen(QColor("#5F6368"), 1))
        painter.drawLine(rect.left() + 4, rect.center().y(), rect.right() - 3, rect.center().y())


def display_menu_button(text: str, widgets: list[QWidget]) -> QToolButton:
    """A "Show ▾" button whose menu holds these controls (they keep working as widgets), so
    that the Schedule's bar fits a laptop's width."""
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    holder = QWidget(menu)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(10, 6, 10, 6)
    for widget in widgets:
        layout.addWidget(widget)
    action = QWidgetAction(menu)
    action.setDefaultWidget(holder)
    menu.addAction(action)
    button.setMenu(menu)
    return button
