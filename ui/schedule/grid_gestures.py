"""What a gesture on the day grid means, worked out from its geometry without the widget: where
a dragged block goes, what its drop asks for, where an arrow key leads, what hovering shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, Qt

from planner.day_layout import NO_ROOM, ColumnMode, GridBlock
from planner.meeting_drafts import KEEP_ROOM, Keep
from ui.labels import status_labels
from ui.schedule.grid_geometry import GridGeometry


@dataclass
class Drag:
    block: GridBlock
    resizing: bool
    press: QPointF  # content coordinates
    grab_offset: float  # from the block's top to the press, in pixels
    started: bool = False
    column: int = 0
    start: datetime | None = None
    end: datetime | None = None


def follow(drag: Drag, geo: GridGeometry, pos: QPointF) -> None:
    """Set the drag's start, end and column for the pointer at a content point: a resize
    moves the end (a slot at least, not past the day), a move keeps the length within the
    day and changes column only between rooms."""
    block, layout = drag.block, geo.layout
    if drag.resizing:
        slot = timedelta(minutes=layout.slot_minutes)
        end = geo.time_at(pos.y() + geo.slot_height / 2)
        drag.start, drag.end = block.start, min(max(end, block.start + slot), layout.last)
        drag.column = block.column
        return
    length = block.end - block.start
    start = geo.time_at(pos.y() - drag.grab_offset + geo.slot_height / 2)
    start = max(layout.first, min(start, layout.last - length))  # stay on this day
    drag.start, drag.end = start, start + length
    column = geo.column_at(pos.x())
    movable = layout.mode is ColumnMode.ROOMS and column is not None
    drag.column = column if movable else block.column


def dragged_minutes(drag: Drag) -> int:
    assert drag.start is not None and drag.end is not None
    return int((drag.end - drag.start).total_seconds() // 60)


def dropped_room(drag: Drag, geo: GridGeometry) -> int | None | Keep:
    """The room a moved block asks for: KEEP_ROOM unless it was dropped in another room's
    column (None for the column of meetings without a room)."""
    if geo.layout.mode is not ColumnMode.ROOMS or drag.column == drag.block.column:
        return KEEP_ROOM
    key = geo.layout.columns[drag.column].key
    return None if key == NO_ROOM else key


def reading_order(block: GridBlock) -> tuple[int, datetime, int]:
    """Blocks column by column, each column by time."""
    return (block.column, block.start, block.lane)


def arrow_target(
    blocks: list[GridBlock],
    selected: set[int],
    current_column: int | None,
    key: int,
    column_count: int,
) -> GridBlock | None:
    """The block an arrow key selects: up and down within a column by time, left and right
    the nearest meeting in the next column that has one; None if no block is selected."""
    ordered = sorted(blocks, key=reading_order)
    chosen = [b for b in ordered if b.meeting_id in selected]
    current = next((b for b in chosen if b.column == current_column), None)
    current = current or (chosen[0] if chosen else None)
    if current is None:
        return None
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        same = [b for b in ordered if b.column == current.column]
        index = same.index(current) + (1 if key == Qt.Key.Key_Down else -1)
        return same[index] if 0 <= index < len(same) else current
    step = 1 if key == Qt.Key.Key_Right else -1
    column = current.column + step
    while 0 <= column < column_count:
        there = [b for b in ordered if b.column == column and b.meeting_id != current.meeting_id]
        if there:
            return min(there, key=lambda b: abs((b.start - current.start).total_seconds()))
        column += step
    return current


def tooltip_of(block: GridBlock) -> str:
    status = status_labels().get(block.status, block.status)
    lines = [
        f"<b>{escape(block.title)}</b>",
        f"{block.start:%H:%M}–{block.end:%H:%M} · {escape(block.participants)}",
        escape(" · ".join(part for part in (block.room, status) if part)),
    ]
    if block.explanation:
        lines.append("<br>".join(escape(text) for text in block.explanation.split("\n\n")))
    return "<br>".join(lines)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
