"""Painting the day grid: the chart a protocol office would print and pin on the wall."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from planner.conflicts import Severity
from planner.day_layout import GridBlock
from ui.colours import ERROR_COLOUR, WARNING_COLOUR
from ui.i18n import tr
from ui.schedule.grid_geometry import HEADER_HEIGHT, GridGeometry

GRID_LINE = QColor("#E4E7EB")
HOUR_LINE = QColor("#B8BEC6")
HEADER_FILL = QColor("#F4F6F8")
BLOCKED_FILL = QColor(198, 40, 40, 46)
NOW_LINE = QColor("#D32F2F")
SELECTED = QColor("#1565C0")


@dataclass
class PaintState:
    """What, besides the layout, the grid shows at this moment."""

    selected: set[int] = field(default_factory=set)
    ghost: QRectF | None = None  # where the dragged block would go, in its column
    ghosts: list[QRectF] = field(default_factory=list)  # and in each column it is in
    ghost_free: bool = True
    blocked_column: int | None = None
    blocked: list[datetime] = field(default_factory=list)
    now: datetime | None = None
    second_clock: tuple[str, int] | None = None  # (heading, minutes ahead of summit time)
    hidden: int | None = None  # the block being dragged, drawn as a ghost instead


def paint_grid(
    painter: QPainter,
    geo: GridGeometry,
    state: PaintState,
    width: int,
    height: int,
    dx: int,
    dy: int,
) -> None:
    painter.fillRect(0, 0, width, height, Qt.GlobalColor.white)
    painter.save()
    painter.setClipRect(QRectF(geo.gutter, HEADER_HEIGHT, width, height))
    painter.translate(-dx, -dy)
    paint_lines(painter, geo)
    paint_blocked(painter, geo, state)
    visible = QRectF(dx, dy, width, height)  # content coordinates
    for block in geo.layout.blocks:
        if block.meeting_id != state.hidden and geo.block_rect(block).intersects(visible):
            paint_block(painter, geo, block, block.meeting_id in state.selected)
    paint_ghost(painter, state)
    paint_now(painter, geo, state)
    painter.restore()
    paint_gutter(painter, geo, state, height, dy)
    paint_header(painter, geo, width, dx)
    paint_corner(painter, geo, state)


def paint_corner(painter: QPainter, geo: GridGeometry, state: PaintState) -> None:
    """Name the time columns: the summit's time, and the home capital's when shown."""
    painter.fillRect(QRectF(0, 0, geo.gutter, HEADER_HEIGHT), HEADER_FILL)
    small = QFont(painter.font())
    small.setPointSizeF(7.5)
    painter.setFont(small)
    painter.setPen(QColor("#5F6368"))
    bottom = QRectF(4, HEADER_HEIGHT - 16, geo.gutter - 8, 14)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, tr("Summit"))
    if state.second_clock is not None:
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, tr("Home"))
    painter.setPen(QPen(HOUR_LINE, 1))
    painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(geo.gutter, HEADER_HEIGHT))


def paint_lines(painter: QPainter, geo: GridGeometry) -> None:
    layout = geo.layout
    right = geo.gutter + geo.body_width
    moment = layout.first
    while moment <= layout.last:
        y = geo.y_of(moment)
        painter.setPen(QPen(HOUR_LINE if moment.minute == 0 else GRID_LINE, 1))
        painter.drawLine(QPointF(geo.gutter, y), QPointF(right, y))
        moment += timedelta(minutes=layout.slot_minutes)
    painter.setPen(QPen(HOUR_LINE, 1))
    bottom = HEADER_HEIGHT + geo.body_height
    for column in range(len(layout.columns) + 1):
        x = geo.x_of(column)
        painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, bottom))


def paint_blocked(painter: QPainter, geo: GridGeometry, state: PaintState) -> None:
    if state.blocked_column is None:
        return
    brush = QBrush(BLOCKED_FILL)
    for start in state.blocked:
        painter.fillRect(geo.slot_rect(state.blocked_column, start), brush)


def tint(colour: str, share: float) -> QColor:
    """The colour mixed with white: light fills that print well and keep text readable."""
    base = QColor(colour)
    return QColor(
        round(255 - (255 - base.red()) * share),
        round(255 - (255 - base.green()) * share),
        round(255 - (255 - base.blue()) * share),
    )


def status_fill(block: GridBlock) -> tuple[QColor, Qt.BrushStyle, Qt.PenStyle]:
    """Fill colour, pattern and border style: confirmed a clear tint of the host's colour,
    proposed paler and dashed, requested pale and hatched, held grey, cancelled grey and
    struck through."""
    if block.status == "confirmed":
        return tint(block.host_colour, 0.30), Qt.BrushStyle.SolidPattern, Qt.PenStyle.SolidLine
    if block.status == "proposed":
        return tint(block.host_colour, 0.16), Qt.BrushStyle.SolidPattern, Qt.PenStyle.DashLine
    if block.status == "requested":
        return tint(block.host_colour, 0.08), Qt.BrushStyle.BDiagPattern, Qt.PenStyle.DotLine
    if block.status == "held":
        return QColor("#E6E8EA"), Qt.BrushStyle.SolidPattern, Qt.PenStyle.SolidLine
    return QColor("#F3F3F3"), Qt.BrushStyle.SolidPattern, Qt.PenStyle.DotLine


def paint_block(painter: QPainter, geo: GridGeometry, block: GridBlock, selected: bool) -> None:
    rect = geo.block_rect(block)
    fill, pattern, border_style = status_fill(block)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, 3, 3)
    if pattern is not Qt.BrushStyle.SolidPattern:
        painter.setBrush(QBrush(tint(block.host_colour, 0.35), pattern))
        painter.drawRoundedRect(rect, 3, 3)
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), QColor(block.host_colour))
    if block.severity is not None:
        colour = ERROR_COLOUR if block.severity is Severity.ERROR else WARNING_COLOUR
        border = QPen(QColor(colour), 2.5)
    else:
        border = QPen(QColor(block.host_colour).darker(130), 1, border_style)
    if selected:
        border = QPen(SELECTED, 3)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
    if block.severity is not None:
        paint_badge(painter, rect, block.severity)
    paint_block_text(painter, geo, rect, block)


def paint_badge(painter: QPainter, rect: QRectF, severity: Severity) -> None:
    colour = ERROR_COLOUR if severity is Severity.ERROR else WARNING_COLOUR
    badge = QRectF(rect.right() - 17, rect.top() + 3, 14, 14)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(badge)
    painter.setPen(Qt.GlobalColor.white)
    font = painter.font()
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF() - 1, 6))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")


def paint_block_text(painter: QPainter, geo: GridGeometry, rect: QRectF, block: GridBlock):
    """Time first (small), then the title wrapped over the lines it needs, then who or where."""
    text_rect = rect.adjusted(8, 2, -18 if block.severity else -4, -2)
    small = QFont(painter.font())
    small.setBold(False)
    small.setPointSizeF(8.5)
    bold = QFont(small)
    bold.setPointSizeF(9)
    bold.setBold(True)
    bold.setStrikeOut(block.status == "cancelled")
    small_metrics, bold_metrics = QFontMetrics(small), QFontMetrics(bold)
    where = block.room if geo.layout.mode == "delegations" else block.participants
    width = int(text_rect.width())
    painter.save()
    painter.setClipRect(text_rect)
    painter.setPen(QColor("#3C4043"))
    painter.setFont(small)
    y = text_rect.top()
    painter.drawText(
        QPointF(text_rect.left(), y + small_metrics.ascent()),
        small_metrics.elidedText(
            f"{block.start:%H:%M}–{block.end:%H:%M}", Qt.TextElideMode.ElideRight, width
        ),
    )
    y += small_metrics.height()
    room_for_title = text_rect.bottom() - y - (small_metrics.height() if where else 0)
    lines = max(1, int(room_for_title // bold_metrics.height()))
    painter.setPen(QColor("#1A1A1A"))
    painter.setFont(bold)
    title_rect = QRectF(text_rect.left(), y, width, lines * bold_metrics.height())
    shown = wrapped(block.title, bold_metrics, width, lines)
    painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), shown)
    y += bold_metrics.height() * min(lines, shown.count("\n") + 1)
    if where and y + small_metrics.height() <= text_rect.bottom() + 2:
        painter.setPen(QColor("#3C4043"))
        painter.setFont(small)
        painter.drawText(
            QPointF(text_rect.left(), y + small_metrics.ascent()),
            small_metrics.elidedText(where, Qt.TextElideMode.ElideRight, width),
        )
    painter.restore()


def wrapped(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Text broken at spaces into at most `lines` lines, the last one elided."""
    words, result, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            result.append(current)
            current = word
    result.append(current)
    if len(result) > lines:
        result = result[: lines - 1] + [" ".join(result[lines - 1 :])]
    result = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in result]
    return "\n".join(result)


def paint_ghost(painter: QPainter, state: PaintState) -> None:
    if state.ghost is None:
        return
    colour = QColor("#2E7D32") if state.ghost_free else QColor(ERROR_COLOUR)
    painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
    fill = QColor(colour)
    fill.setAlpha(40)
    painter.setBrush(fill)
    for ghost in state.ghosts or [state.ghost]:
        painter.drawRoundedRect(ghost, 3, 3)


def paint_now(painter: QPainter, geo: GridGeometry, state: PaintState) -> None:
    now = state.now
    if now is None or now.date() != geo.layout.day:
        return
    if not geo.layout.first <= now <= geo.layout.last:
        return
    y = geo.y_of(now)
    painter.setPen(QPen(NOW_LINE, 2))
    painter.drawLine(QPointF(geo.gutter, y), QPointF(geo.gutter + geo.body_width, y))


def paint_gutter(painter: QPainter, geo: GridGeometry, state: PaintState, height: int, dy: int):
    painter.fillRect(QRectF(0, 0, geo.gutter, height), HEADER_FILL)
    painter.save()
    painter.setClipRect(QRectF(0, HEADER_HEIGHT, geo.gutter, height))
    painter.setPen(QColor("#3C4043"))
    font = QFont(painter.font())
    font.setPointSizeF(9)
    painter.setFont(font)
    show_half_hours = geo.slot_height >= 24
    moment = geo.layout.first
    second = state.second_clock
    while moment <= geo.layout.last:
        if moment.minute == 0 or (show_half_hours and moment.minute == 30):
            y = geo.y_of(moment) - dy
            painter.drawText(
                QRectF(4, y - 2, 50, 16), Qt.AlignmentFlag.AlignLeft, f"{moment:%H:%M}"
            )
            if second is not None:
                other = moment + timedelta(minutes=second[1])
                painter.setPen(QColor("#80868B"))
                painter.drawText(
                    QRectF(geo.gutter - 54, y - 2, 50, 16),
                    Qt.AlignmentFlag.AlignRight,
                    f"{other:%H:%M}",
                )
                painter.setPen(QColor("#3C4043"))
        moment += timedelta(minutes=geo.layout.slot_minutes)
    painter.restore()
    painter.setPen(QPen(HOUR_LINE, 1))
    painter.drawLine(QPointF(geo.gutter, 0), QPointF(geo.gutter, height))


def paint_header(painter: QPainter, geo: GridGeometry, width: int, dx: int) -> None:
    painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), HEADER_FILL)
    painter.save()
    painter.setClipRect(QRectF(geo.gutter, 0, width, HEADER_HEIGHT))
    title_font = QFont(painter.font())
    title_font.setBold(True)
    title_font.setPointSizeF(9.5)
    small = QFont(painter.font())
    small.setPointSizeF(8)
    for number, column in enumerate(geo.layout.columns):
        left = geo.x_of(number) - dx
        if left > width or left + geo.column_width < 0:
            continue
        cell = QRectF(left + 6, 4, geo.column_width - 12, HEADER_HEIGHT - 8)
        if column.colour:
            badge = QRectF(cell.left(), cell.top() + 2, 30, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(column.colour))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(
                Qt.GlobalColor.white
                if QColor(column.colour).lightness() < 150
                else Qt.GlobalColor.black
            )
            painter.setFont(title_font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, column.title)
            title_left, title = cell.left() + 36, column.subtitle
            subtitle = ""
        else:
            title_left, title, subtitle = cell.left(), column.title, column.subtitle
        painter.setPen(QColor("#1A1A1A"))
        painter.setFont(title_font)
        metrics = QFontMetrics(title_font)
        width_left = int(cell.right() - title_left)
        painter.drawText(
            QPointF(title_left, cell.top() + metrics.ascent() + 2),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, width_left),
        )
        if subtitle:
            painter.setFont(small)
            painter.setPen(QColor("#5F6368"))
            small_metrics = QFontMetrics(small)
            painter.drawText(
                QPointF(cell.left(), cell.top() + metrics.height() + small_metrics.ascent() + 3),
                small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, int(cell.width())),
            )
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLine(QPointF(left, 0), QPointF(left, HEADER_HEIGHT))
    painter.restore()
    painter.setPen(QPen(HOUR_LINE, 1))
    painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(width, HEADER_HEIGHT))
