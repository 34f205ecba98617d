"""Financing ▸ Envelopes: one bar per envelope, its announced total split into signed, approved,
requested and what is left, with the requests that make it up."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.financing.summaries import EnvelopeSummary
from planner.money import format_short
from ui.financing.chart import STATUS_COLOURS

PARTS = (  # from the furthest along; each part is what the next one does not already count
    ("signed", STATUS_COLOURS["signed"]),
    ("approved", STATUS_COLOURS["approved"]),
    ("requested", STATUS_COLOURS["submitted"]),
)
OVER = "#C62828"


class EnvelopeBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("envelopes")
        self.summaries: list[EnvelopeSummary] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_summaries(self, summaries: list[EnvelopeSummary]) -> None:
        self.summaries = summaries
        self.setToolTip("\n\n".join(self.lines(s) for s in summaries))
        self.updateGeometry()
        self.update()

    def count(self) -> int:
        return len(self.summaries)

    def lines(self, summary: EnvelopeSummary) -> str:
        """The envelope in words: what the bar shows, for the tooltip and tests."""
        short = lambda amount: format_short(amount, summary.currency)  # noqa: E731
        text = [
            self.tr("%1 (%2): announced %3")
            .replace("%1", summary.name)
            .replace("%2", summary.lender)
            .replace("%3", short(summary.announced)),
            self.tr("requested %1 · approved %2 · signed %3 · left %4")
            .replace("%1", short(summary.requested))
            .replace("%2", short(summary.approved))
            .replace("%3", short(summary.signed))
            .replace("%4", short(summary.left)),
        ]
        if summary.requests:
            text.append(self.tr("Requests: %1").replace("%1", ", ".join(summary.requests)))
        if summary.oversubscribed:
            text.append(
                self.tr("⚠ Requests exceed the envelope by %1.").replace(
                    "%1", short(-summary.left)
                )
            )
        if summary.without_rate:
            text.append(
                self.tr("Not counted (no rate): %1").replace("%1", ", ".join(summary.without_rate))
            )
        return "\n".join(text)

    def block_height(self) -> int:
        return 5 * (self.fontMetrics().height() + 4) + 34

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(1, len(self.summaries)) * self.block_height() + 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 4
        if not self.summaries:
            painter.setPen(QColor("#5F6368"))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No envelope yet: a lender's announced total that requests draw on."),
            )
            return
        bold = QFont(self.font())
        bold.setBold(True)
        width = max(self.width() - 24, 60)
        y = 8.0
        for summary in self.summaries:
            short = lambda amount, s=summary: format_short(amount, s.currency)  # noqa: E731
            painter.setFont(bold)
            painter.setPen(QColor("#1A1A1A"))
            heading = f"{summary.name} ({summary.lender}): {short(summary.announced)}"
            painter.drawText(QRectF(12, y, width, line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(heading, Qt.TextElideMode.ElideRight, width))
            painter.setFont(self.font())
            y += line + 2
            scale = max(summary.announced, summary.requested) or Decimal(1)
            bar = QRectF(12, y, width, 22)
            painter.setPen(QPen(QColor("#9AA0A6"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar.adjusted(0, 0, -1, -1))
            x = bar.left()
            previous = Decimal(0)
            for name, colour in PARTS:
                value = getattr(summary, name)
                span = float((value - previous) / scale) * bar.width()
                painter.fillRect(QRectF(x, bar.top(), max(span, 0), bar.height()), QColor(colour))
                x += max(span, 0)
                previous = max(previous, value)
            if summary.oversubscribed:
                edge = bar.left() + float(summary.announced / scale) * bar.width()
                painter.setPen(QPen(QColor(OVER), 2))
                painter.drawLine(int(edge), int(bar.top() - 3), int(edge), int(bar.bottom() + 3))
            y += bar.height() + 4
            words = [
                (self.tr("signed %1"), summary.signed, PARTS[0][1]),
                (self.tr("approved %1"), summary.approved, PARTS[1][1]),
                (self.tr("requested %1"), summary.requested, PARTS[2][1]),
                (self.tr("left %1"), summary.left, "#FFFFFF"),
            ]
            x = 12.0
            for text, amount, colour in words:
                shown = text.replace("%1", short(amount))
                painter.fillRect(QRectF(x, y + 4, 10, 10), QColor(colour))
                painter.setPen(QPen(QColor("#9AA0A6"), 1))
                painter.drawRect(QRectF(x, y + 4, 10, 10))
                painter.setPen(QColor(OVER if amount < 0 else "#3C4043"))
                painter.drawText(
                    QRectF(x + 14, y, width, line), Qt.AlignmentFlag.AlignVCenter, shown
                )
                x += 30 + metrics.horizontalAdvance(shown)
                if x > width - 60:
                    x, y = 12.0, y + line
            y += line
            painter.setPen(QColor("#3C4043"))
            made_of = self.tr("Requests: %1").replace("%1", ", ".join(summary.requests) or "—")
            if summary.without_rate:
                made_of += " · " + self.tr("not counted (no rate): %1").replace(
                    "%1", ", ".join(summary.without_rate)
                )
            painter.drawText(
                QRectF(12, y, width, line * 2),
                int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                made_of,
            )
            y += line * 2 + 12
        painter.end()
