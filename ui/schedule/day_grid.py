"""The day grid: a wall chart of one day that moves and resizes meetings by dragging."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from planner.day_layout import ColumnMode, DayLayout, GridBlock
from planner.meeting_drafts import KEEP_ROOM
from ui.schedule.grid_geometry import (
    GUTTER_WIDTH,
    HEADER_HEIGHT,
    MIN_COLUMN_WIDTH,
    RESIZE_HANDLE,
    GridGeometry,
)
from ui.schedule.grid_gestures import (
    Drag,
    arrow_target,
    dragged_minutes,
    dropped_room,
    follow,
    reading_order,
    tooltip_of,
)
from ui.schedule.grid_painter import PaintState, paint_grid


def guarded(handler):
    """Run an event handler so that a failure cancels the drag in progress and reaches the
    application's error report, instead of escaping into Qt's event loop."""

    @functools.wraps(handler)
    def run(self, event):
        try:
            return handler(self, event)
        except Exception:
            self.drag = None
            self.clear_drag_state()
            sys.excepthook(*sys.exc_info())
            return None

    return run


class DayGrid(QAbstractScrollArea):
    """Shows a DayLayout; asks, through signals, for moves, resizes, edits and new meetings.

    `blocked_slots(meeting_id, column_key)` tells, while a block is dragged over a column,
    the slot starts where it would clash; they are shaded.
    """

    meeting_activated = Signal(int)
    empty_slot_activated = Signal(int, object)  # column key, local start
    move_requested = Signal(int, object, object)  # meeting id, local start, room key or KEEP
    resize_requested = Signal(int, int)  # meeting id, minutes
    delete_requested = Signal(list)
    selection_changed = Signal(list)
    context_menu_requested = Signal(list, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_: DayLayout | None = None
        self.slot_height = 22
        self.state = PaintState()
        self.drag: Drag | None = None
        self.blocked_slots: Callable[[int, int], list[datetime]] = lambda _m, _c: []
        self.slot_is_free: Callable[[int, int, datetime, int], bool] = lambda *_args: True
        self.current_column: int | None = None  # which of a selected meeting's blocks
        self.now: Callable[[], datetime | None] = lambda: None
        self.second_clock: tuple[str, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(400, 300)

    # Content

    def set_layout(self, layout: DayLayout | None) -> None:
        self.layout_ = layout
        present = {b.meeting_id for b in layout.blocks} if layout else set()
        self.state.selected &= present
        self.drag = None
        self.clear_drag_state()
        self.update_scrollbars()
        self.viewport().update()

    def set_slot_height(self, pixels: int) -> None:
        self.slot_height = max(8, min(pixels, 80))
        self.update_scrollbars()
        self.viewport().update()

    def geometry_(self) -> GridGeometry | None:
        if self.layout_ is None:
            return None
        gutter = GUTTER_WIDTH + (48 if self.second_clock else 0)
        columns = max(len(self.layout_.columns), 1)
        available = self.viewport().width() - gutter
        width = max(MIN_COLUMN_WIDTH, available / columns)
        return GridGeometry(self.layout_, self.slot_height, width, gutter)

    def update_scrollbars(self) -> None:
        geo = self.geometry_()
        if geo is None:
            return
        content_width = geo.gutter + geo.body_width
        content_height = HEADER_HEIGHT + geo.body_height
        view = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, int(content_width - view.width())))
        self.verticalScrollBar().setRange(0, max(0, int(content_height - view.height())))
        self.horizontalScrollBar().setPageStep(view.width())
        self.verticalScrollBar().setPageStep(view.height())
        self.verticalScrollBar().setSingleStep(self.slot_height)

    def scroll_to_time(self, moment: datetime) -> None:
        geo = self.geometry_()
        if geo is not None:
            self.verticalScrollBar().setValue(int(geo.y_of(moment) - HEADER_HEIGHT))

    # Hit testing

    def content_pos(self, pos: QPointF | QPoint) -> QPointF:
        return QPointF(
            pos.x() + self.horizontalScrollBar().value(),
            pos.y() + self.verticalScrollBar().value(),
        )

    def in_body(self, pos: QPointF) -> bool:
        """Whether a content point is in the scrolling body, not under the fixed header or
        time column drawn over it."""
        geo = self.geometry_()
        return (
            geo is not None
            and pos.y() - self.verticalScrollBar().value() > HEADER_HEIGHT
            and pos.x() - self.horizontalScrollBar().value() > geo.gutter
        )

    def block_at(self, pos: QPointF) -> GridBlock | None:
        geo = self.geometry_()
        if geo is None or not self.in_body(pos):
            return None
        for block in reversed(geo.layout.blocks):
            if geo.block_rect(block).contains(pos):
                return block
        return None

    def block_point(self, meeting_id: int, column: int | None = None) -> QPoint | None:
        """The viewport point in the middle of a meeting's block (for tests and keyboard)."""
        geo = self.geometry_()
        for block in geo.layout.blocks if geo else []:
            if block.meeting_id == meeting_id and (column is None or block.column == column):
                center = geo.block_rect(block).center()
                return QPoint(
                    int(center.x() - self.horizontalScrollBar().value()),
                    int(center.y() - self.verticalScrollBar().value()),
                )
        return None

    def slot_point(self, column: int, moment: datetime) -> QPoint:
        """The viewport point in the middle of a slot's cell."""
        geo = self.geometry_()
        rect = geo.slot_rect(column, moment)
        return QPoint(
            int(rect.center().x() - self.horizontalScrollBar().value()),
            int(rect.center().y() - self.verticalScrollBar().value()),
        )

    # Selection

    def selected_ids(self) -> list[int]:
        return sorted(self.state.selected)

    def select(self, ids: list[int], column: int | None = None) -> None:
        self.state.selected = set(ids)
        self.current_column = column
        self.viewport().update()
        self.selection_changed.emit(self.selected_ids())

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        geo = self.geometry_()
        if geo is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.state.now = self.now()
        self.state.second_clock = self.second_clock
        size = self.viewport().size()
        paint_grid(
            painter,
            geo,
            self.state,
            size.width(),
            size.height(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self.block_at(self.content_pos(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_of(block), self.viewport())
            return True
        return super().viewportEvent(event)

    # Mouse

    @guarded
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = self.content_pos(event.position())
        block = self.block_at(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if block is not None and block.meeting_id not in self.state.selected:
                self.select([block.meeting_id])
            if self.state.selected:
                self.context_menu_requested.emit(
                    self.selected_ids(), event.globalPosition().toPoint()
                )
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if block is None:
            self.select([])
            return
        self.select([block.meeting_id], block.column)
        rect = self.geometry_().block_rect(block)
        resizing = rect.bottom() - pos.y() <= RESIZE_HANDLE
        self.drag = Drag(block, resizing, pos, pos.y() - rect.top(), column=block.column)

    @guarded
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.content_pos(event.position())
        if self.drag is None:
            block = self.block_at(pos)
            near_edge = block is not None and (
                self.geometry_().block_rect(block).bottom() - pos.y() <= RESIZE_HANDLE
            )
            self.viewport().setCursor(
                Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            )
            return
        drag = self.drag
        distance = (pos - drag.press).manhattanLength()
        if not drag.started and distance < QApplication.startDragDistance():
            return
        drag.started = True
        self.update_drag(pos)

    def update_drag(self, pos: QPointF) -> None:
        geo, drag = self.geometry_(), self.drag
        block = drag.block
        follow(drag, geo, pos)
        key = geo.layout.columns[drag.column].key
        self.state.hidden = block.meeting_id
        self.state.blocked_column = drag.column
        self.state.blocked = self.blocked_slots(block.meeting_id, key)
        # A meeting of several delegations is in each of their columns: it moves in all.
        columns = [drag.column] + [
            b.column
            for b in geo.layout.blocks
            if b.meeting_id == block.meeting_id and b.column != drag.column
        ]
        if geo.layout.mode is ColumnMode.ROOMS:
            columns = columns[:1]
        ghosts = [
            geo.block_rect(
                replace(block, column=column, lane=0, lanes=1, start=drag.start, end=drag.end)
            )
            for column in columns
        ]
        self.state.ghost, self.state.ghosts = ghosts[0], ghosts
        self.state.ghost_free = self.drag_is_free()
        self.viewport().update()

    def drag_is_free(self) -> bool:
        """Whether the dragged meeting, at its present place and length, clashes with nothing."""
        drag = self.drag
        if drag is None or drag.start is None:
            return True
        key = self.geometry_().layout.columns[drag.column].key
        return self.slot_is_free(drag.block.meeting_id, key, drag.start, dragged_minutes(drag))

    @guarded
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        self.clear_drag_state()
        if drag is None or not drag.started or event.button() != Qt.MouseButton.LeftButton:
            return
        block = drag.block
        if drag.resizing:
            if drag.end != block.end:
                self.resize_requested.emit(block.meeting_id, dragged_minutes(drag))
            return
        room = dropped_room(drag, self.geometry_())
        if drag.start != block.start or room is not KEEP_ROOM:
            self.move_requested.emit(block.meeting_id, drag.start, room)

    def clear_drag_state(self) -> None:
        self.state.ghost = None
        self.state.ghosts = []
        self.state.hidden = None
        self.state.blocked_column = None
        self.state.blocked = []
        self.viewport().update()

    @guarded
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.content_pos(event.position())
        block = self.block_at(pos)
        if block is not None:
            self.meeting_activated.emit(block.meeting_id)
            return
        geo = self.geometry_()
        if geo is None or not self.in_body(pos):
            return
        column, moment = geo.column_at(pos.x()), geo.time_at(pos.y())
        if column is not None and moment < geo.layout.last:
            self.empty_slot_activated.emit(geo.layout.columns[column].key, moment)

    # Keyboard

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.clear_drag_state()
            return
        selected = self.selected_ids()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.meeting_activated.emit(selected[0])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
            self.delete_requested.emit(selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_selection(key)
        else:
            super().keyPressEvent(event)

    def move_selection(self, key: int) -> None:
        """Arrows: up and down within a column by time, left and right to the nearest
        meeting in the next column that has one."""
        geo = self.geometry_()
        if geo is None or not geo.layout.blocks:
            return
        blocks = geo.layout.blocks
        target = arrow_target(
            blocks, self.state.selected, self.current_column, key, len(geo.layout.columns)
        )
        if target is None:  # nothing selected: start at the first meeting
            first = min(blocks, key=reading_order)
            self.select([first.meeting_id], first.column)
            return
        self.select([target.meeting_id], target.column)
        rect = geo.block_rect(target)
        self.ensure_visible(rect.center())

    def ensure_visible(self, point: QPointF) -> None:
        view = self.viewport().size()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if point.y() - v.value() < HEADER_HEIGHT + 10 or point.y() - v.value() > view.height() - 10:
            v.setValue(int(point.y() - view.height() / 2))
        if point.x() - h.value() < GUTTER_WIDTH or point.x() - h.value() > view.width():
            h.setValue(int(point.x() - view.width() / 2))
