"""Benchmark: drawing the busiest day of a big summit, and one drag step (run on demand).

    python -m tests.perf.bench_schedule [--json FILE]

A day with 300 meetings in 60 rooms, drawn in a 1600 x 1000 grid at the default zoom. The
baseline, measured in the same run, paints the same number of plain labelled rectangles into
an image of the same size: the least any chart of 300 meetings must cost. Target: a frame and a
drag step each under 100 ms, so that dragging stays fluid.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.conflicts import find_conflicts  # noqa: E402
from planner.day_layout import ColumnMode, day_layout  # noqa: E402
from planner.meeting_facts import Directory, MeetingFacts, meeting_rows  # noqa: E402
from planner.schedule import Overview  # noqa: E402
from tests.perf.bench_conflicts import FRAME  # noqa: E402

DAY = date(2025, 6, 16)
SIZE = (1600, 1000)


def busy_day(meetings: int = 300, rooms: int = 60, delegations: int = 200) -> Overview:
    rng = random.Random(300)
    directory = Directory(
        delegations={d: (f"D{d:03}", f"Delegation {d}") for d in range(delegations)},
        people={p: (f"Person {p}", "minister", p % delegations) for p in range(delegations * 5)},
        rooms={r: (f"Room {r}", f"Building {r % 4}", 40) for r in range(rooms)},
        colours={d: f"#{rng.randrange(0x1000000):06X}" for d in range(delegations)},
    )
    first = datetime(2025, 6, 16, 3, 0, tzinfo=UTC)  # 08:00 in Astana
    facts = []
    for number in range(meetings):
        start = first + timedelta(minutes=15 * rng.randrange(48))
        teams = tuple(rng.sample(range(delegations), rng.choice([2, 2, 3, 5])))
        people = tuple((d * 5 + rng.randrange(5), True) for d in teams)
        facts.append(
            MeetingFacts(
                number,
                f"Meeting {number} on a long agenda item",
                "ministers",
                "confirmed",
                start,
                start + timedelta(minutes=rng.choice([30, 45, 60])),
                number % rooms,
                teams,
                people,
            )
        )
    return Overview(
        FRAME,
        directory,
        facts,
        meeting_rows(facts, directory, FRAME),
        find_conflicts(facts, FRAME, directory),
    )


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def baseline_frame(count: int) -> None:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    rng = random.Random(1)
    for number in range(count):
        rect = QRectF(rng.randrange(SIZE[0] - 150), rng.randrange(SIZE[1] - 40), 140, 36)
        painter.fillRect(rect, QColor("#B3E5FC"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, f"Meeting {number}")
    painter.end()


def measure(repeats: int = 15) -> list[dict]:
    from ui.schedule.day_grid import DayGrid
    from ui.schedule.grid_gestures import Drag

    app = QApplication.instance() or QApplication([])
    overview = busy_day()
    layout = day_layout(overview, DAY, ColumnMode.ROOMS)
    grid = DayGrid()
    grid.resize(*SIZE)
    grid.show()
    grid.set_layout(layout)
    availability_cache: dict = {}

    def blocked(meeting_id, column_key):
        from planner.availability import Availability, blocked_starts

        if meeting_id not in availability_cache:
            availability_cache.clear()
            availability_cache[meeting_id] = Availability(
                overview.facts, overview.frame, overview.directory, leave_out=meeting_id
            )
        fact = overview.facts[meeting_id]
        return blocked_starts(fact, DAY, column_key, availability_cache[meeting_id])

    grid.blocked_slots = blocked
    app.processEvents()
    frame = median_ms(lambda: grid.viewport().grab(), repeats)
    base = median_ms(lambda: baseline_frame(len(layout.blocks)), repeats)

    block = layout.blocks[0]
    column_width = grid.geometry_().column_width
    steps = iter(range(10**6))

    def drag_step() -> None:
        step = next(steps)
        grid.drag = Drag(block, False, QPointF(0, 0), 10.0, started=True, column=block.column)
        # Each step moves to another column, so the shading is computed afresh.
        x = grid.geometry_().x_of(step % 8) + column_width / 2
        grid.update_drag(QPointF(x, 300 + (step % 5) * 15))
        grid.viewport().grab()

    step = median_ms(drag_step, repeats)
    grid.drag = None
    return [
        {
            "figure": "draw a day of 300 meetings",
            "ours_ms": round(frame, 1),
            "baseline_ms": round(base, 1),
            "ratio": round(frame / base, 1),
            "target": "< 100 ms",
        },
        {
            "figure": "one drag step (new column)",
            "ours_ms": round(step, 1),
            "baseline_ms": round(base, 1),
            "ratio": round(step / base, 1),
            "target": "< 100 ms",
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    results = measure(args.repeats)
    print(f"{'figure':30} {'ours ms':>8} {'base ms':>8} {'ratio':>6}  target")
    for row in results:
        print(
            f"{row['figure']:30} {row['ours_ms']:>8} {row['baseline_ms']:>8} "
            f"{row['ratio']:>6}  {row['target']}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
