"""A chart a minister reads at a glance: one bar per borrower, stacked by status."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.money import format_short
from ui.labels import financing_status_labels

# In workflow order, each step its own hue as well as its own lightness (so that neighbours
# such as submitted and under review, or signed and disbursing, are told apart on screen and
# in grey print); refused ones red and grey.
STATUS_COLOURS = {
    "draft": "#E3E8EE",
    "submitted": "#8EC5F2",
    "under_review": "#F6B352",
    "approved": "#A5D66F",
    "signed": "#2E7D32",
    "disbursing": "#283593",
    "rejected": "#E57373",
    "withdrawn": "#9E9E9E",
}


class StackedBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, dict[str, Decimal]] = {}
        self.currency = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: dict[str, dict[str, Decimal]], currency: str) -> None:
        self.data, self.currency = data, currency
        self.update()

    def bars(self) -> list[tuple[str, Decimal]]:
        totals = [(name, sum(parts.values(), Decimal(0))) for name, parts in self.data.items()]
        return sorted(totals, key=lambda t: (-t[1], t[0]))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        font = QFont(self.font())
        font.setPointSizeF(9)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        bars = self.bars()
        if not bars:
            painter.setPen(QColor("#5F6368"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No request with an amount in %1 to show.").replace("%1", self.currency),
            )
            return
        labels = financing_status_labels()
        used = [s for s in STATUS_COLOURS if any(s in parts for parts in self.data.values())]
        legend = self.legend_lines(used, labels, metrics)
        legend_height = len(legend) * (metrics.height() + 6) + 6
        painter.setPen(QColor("#1A1A1A"))
        title = self.tr("Amounts asked, in %1, by borrower and status").replace("%1", self.currency)
        painter.drawText(
            QRectF(4, 4, self.width() - 8, metrics.height() + 4), Qt.AlignmentFlag.AlignLeft, title
        )
        top, left = (
            metrics.height() + 14,
            max(metrics.horizontalAdvance(name) for name, _ in bars) + 16,
        )
        right_room = metrics.horizontalAdvance("0000.00 bn USD") + 12
        width = max(self.width() - left - right_room, 40)
        row = max(min((self.height() - top - legend_height - 8) / len(bars), 34), 14)
        largest = max(total for _, total in bars) or Decimal(1)
        for number, (name, total) in enumerate(bars):
            y = top + number * row
            painter.setPen(QColor("#1A1A1A"))
            painter.drawText(
                QRectF(4, y, left - 10, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x = float(left)
            for status in STATUS_COLOURS:
                amount = self.data[name].get(status)
                if not amount:
                    continue
                span = float(amount / largest) * width
                painter.fillRect(QRectF(x, y + 4, span, row - 8), QColor(STATUS_COLOURS[status]))
                x += span
            painter.setPen(QColor("#3C4043"))
            painter.drawText(
                QRectF(x + 6, y, right_room, row),
                Qt.AlignmentFlag.AlignVCenter,
                format_short(total, self.currency),
            )
        y = self.height() - legend_height + 4
        for line in legend:
            x = 8.0
            for status in line:
                painter.fillRect(QRectF(x, y + 3, 12, 12), QColor(STATUS_COLOURS[status]))
                painter.setPen(QPen(QColor("#3C4043")))
                text = labels.get(status, status)
                painter.drawText(
                    QRectF(x + 16, y, 200, metrics.height() + 4),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                x += 28 + metrics.horizontalAdvance(text)
            y += metrics.height() + 6

    def legend_lines(self, used, labels, metrics) -> list[list[str]]:
        """The legend's entries, broken into lines that fit the width."""
        lines: list[list[str]] = [[]]
        x = 8
        for status in used:
            width = 28 + metrics.horizontalAdvance(labels.get(status, status))
            if lines[-1] and x + width > self.width() - 8:
                lines.append([])
                x = 8
            lines[-1].append(status)
            x += width
        return lines
