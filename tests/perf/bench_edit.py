"""Benchmark: the latency of one edit on the large summit, from the action to the redrawn
section, with Meetings shown and with Schedule shown (run by the suite: `--only edit`).

The edit moves one meeting a quarter of an hour (back and forth, so the file stays the same
size); the time runs until the action has returned, the events it posted are processed and
the shown section is painted again. Conflicts of a large summit arrive later, behind the
window, and are not waited for: that is what the user sees as the window's answer.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

MEETINGS, SCHEDULE = 1, 0  # navigator rows


def edit_latency(window, row: int, repeats: int) -> float:
    from tests.perf.suite import application, settle

    app = application()
    window.navigator.setCurrentRow(row)
    app.processEvents()
    settle(window)
    section = window.meetings_section if row == MEETINGS else window.schedule_section
    if row == SCHEDULE:
        blocks = section.grid.layout_.blocks
        meeting_id = blocks[len(blocks) // 2].meeting_id
    else:
        meeting_id = section.model.rows[len(section.model.rows) // 2].id
    times = []
    for step in range(repeats):
        start = next(f for f in window.monitor.overview.facts if f.id == meeting_id).start
        zone = ZoneInfo(window.monitor.overview.frame.timezone)
        local = start.astimezone(zone).replace(tzinfo=None)
        shift = timedelta(minutes=15 if step % 2 == 0 else -15)
        began = time.perf_counter()
        assert section.actions.move(meeting_id, local + shift)
        app.processEvents()
        section.grab()
        times.append(time.perf_counter() - began)
        settle(window)
    return statistics.median(times)


def measure(repeats: int) -> list[dict]:
    from tests.perf.large_summit import working_copy
    from tests.perf.suite import application, new_window, row, settle

    application()

    folder = Path(tempfile.mkdtemp())
    window = new_window(folder)
    window.open_path(working_copy(folder))
    settle(window)
    repeats = max(repeats, 5)
    meetings = edit_latency(window, MEETINGS, repeats)
    schedule = edit_latency(window, SCHEDULE, repeats)
    window.close_document()
    return [
        row(
            "edit latency: move one meeting, Meetings shown (20,000 meetings)",
            meetings * 1000,
            None,
            "ms",
            "< 100 ms",
            meetings < 0.1,
        ),
        row(
            "edit latency: move one meeting, Schedule shown (20,000 meetings)",
            schedule * 1000,
            None,
            "ms",
            "< 100 ms",
            schedule < 0.1,
        ),
    ]
