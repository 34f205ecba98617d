"""Where things are on the day grid: times to pixels and back, columns, block rectangles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QRectF

from planner.day_layout import DayLayout, GridBlock

HEADER_HEIGHT = 46
GUTTER_WIDTH = 58
MIN_COLUMN_WIDTH = 104  # eight rooms fit beside the details pane on a laptop
RESIZE_HANDLE = 6  # pixels at a block's lower edge that resize instead of move


@dataclass
class GridGeometry:
    """Content coordinates (before scrolling) of the grid's body."""

    layout: DayLayout
    slot_height: int
    column_width: float
    gutter: int = GUTTER_WIDTH

    @property
    def minutes(self) -> int:
        return int((self.layout.last - self.layout.first).total_seconds() // 60)

    @property
    def body_height(self) -> float:
        return self.minutes / self.layout.slot_minutes * self.slot_height

    @property
    def body_width(self) -> float:
        return len(self.layout.columns) * self.column_width

    def y_of(self, moment: datetime) -> float:
        minutes = (moment - self.layout.first).total_seconds() / 60
        return HEADER_HEIGHT + minutes / self.layout.slot_minutes * self.slot_height

    def x_of(self, column: int) -> float:
        return self.gutter + column * self.column_width

    def time_at(self, y: float, *, snap: bool = True) -> datetime:
        """The time at content height y, snapped down to a slot start."""
        slots = (y - HEADER_HEIGHT) / self.slot_height
        slots = int(slots // 1) if snap else slots
        return self.layout.first + timedelta(minutes=slots * self.layout.slot_minutes)

    def column_at(self, x: float) -> int | None:
        if x < self.gutter:
            return None
        column = int((x - self.gutter) // self.column_width)
        return column if 0 <= column < len(self.layout.columns) else None

    def block_rect(self, block: GridBlock) -> QRectF:
        lane_width = self.column_width / block.lanes
        left = self.x_of(block.column) + block.lane * lane_width
        top = self.y_of(block.start)
        height = max(self.y_of(block.end) - top, 8.0)
        return QRectF(left + 2, top + 1, lane_width - 4, height - 2)

    def slot_rect(self, column: int, start: datetime) -> QRectF:
        top = self.y_of(start)
        return QRectF(self.x_of(column), top, self.column_width, self.slot_height)
