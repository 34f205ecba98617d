"""The day grid's arrow keys worked out without a widget."""

from datetime import datetime

from PySide6.QtCore import Qt

from planner.day_layout import GridBlock
from ui.schedule.grid_gestures import arrow_target


def block(meeting_id: int, column: int, hour: int) -> GridBlock:
    start = datetime(2026, 6, 1, hour)
    return GridBlock(
        meeting_id, column, 0, 1, start, start.replace(hour=hour + 1), "", "", "", "", "", "",
        None,
    )


BLOCKS = [block(1, 0, 9), block(2, 0, 11), block(3, 2, 10), block(4, 2, 15)]


def test_arrows_walk_a_column_by_time_and_skip_empty_columns():
    def after(key, selected, column=None):
        target = arrow_target(BLOCKS, selected, column, key, 3)
        return target and target.meeting_id

    assert after(Qt.Key.Key_Down, {1}) == 2
    assert after(Qt.Key.Key_Down, {2}) == 2  # the last one stays
    assert after(Qt.Key.Key_Up, {2}) == 1
    assert after(Qt.Key.Key_Right, {2}) == 3  # the nearest in time, past the empty column
    assert after(Qt.Key.Key_Left, {4}) == 2
    assert after(Qt.Key.Key_Right, {4}) == 4  # nothing further right
    assert after(Qt.Key.Key_Down, set()) is None  # the widget starts at the first block
