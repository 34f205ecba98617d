"""The benchmark suite: every speed and memory figure of the app, measured against a baseline in
the same run, on the large synthetic summit (tests/perf/large_summit.py).

    python -m tests.perf [--only NAME,...] [--repeats N] [--json FILE]

Prints a table (figure, ours, baseline, ratio, target, met) and writes it as JSON
(perf-results.json unless told). Names: import, import-window, export, conflicts, open, issues,
schedule, edit, memory, server. Each figure is the median of several repeats unless noted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

ROOT = Path(__file__).resolve().parents[2]
Row = dict


def median(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def row(figure, ours, baseline, unit, target, met, ratio=None) -> Row:
    if ratio is None and baseline:
        ratio = ours / baseline
    return {
        "figure": figure,
        "ours": round(ours, 3 if unit == "s" else 1),
        "baseline": None if baseline is None else round(baseline, 3 if unit == "s" else 1),
        "unit": unit,
        "ratio": None if ratio is None else round(ratio, 2),
        "target": target,
        "met": bool(met),
    }


def sample_copy(folder: Path) -> Path:
    from planner.sample import create_sample_summit
    from planner.summit_file import close_summit_file

    path = folder / "sample.summit"
    if not path.exists():
        create_sample_summit(path)
        close_summit_file()
    return path


# Import and export


def measure_import(repeats: int) -> list[Row]:
    from tests.perf.bench_import import ROWS, TARGET
    from tests.perf.bench_import import measure as measure_import_list

    (result,) = measure_import_list(repeats)
    return [
        row(
            f"import {ROWS:,} issues (.xlsx) vs python-calamine read + executemany",
            result["ours_s"],
            result["floor_s"],
            "s",
            f"ratio <= {TARGET}",
            result["ratio"] <= TARGET,
        )
    ]


def measure_import_window(repeats: int) -> list[Row]:
    from tests.perf.bench_import_window import ROWS, TARGET_S, measure

    rows = []
    for shown, section in (("", None), (", Positions shown", 3)):
        longest = statistics.median(
            measure(section=section)["longest_block_s"] for _ in range(repeats)
        )
        rows.append(
            row(
                f"window blocked during a {ROWS:,}-row import{shown} (its longest wait)",
                longest,
                None,
                "s",
                f"<= {TARGET_S} s",
                longest <= TARGET_S,
            )
        )
    return rows


def measure_export(repeats: int) -> list[Row]:
    from planner.export.workbook import export_workbook
    from planner.summit_file import close_summit_file, open_summit_file
    from tests.perf.bench_export import cells_of, floor, values_in
    from tests.perf.large_summit import working_copy

    folder = Path(tempfile.mkdtemp())
    open_summit_file(working_copy(folder))
    out = folder / "large.xlsx"
    ours = median(lambda: export_workbook(out), repeats)
    close_summit_file()
    sheets = values_in(out)
    base = median(lambda: floor(folder / "floor.xlsx", sheets), repeats)
    return [
        row(
            f"export the large summit ({cells_of(sheets):,} cells) vs unstyled dump",
            ours,
            base,
            "s",
            "ratio <= 1.5",
            ours / base <= 1.5,
        )
    ]


# Conflicts


def measure_conflicts(repeats: int) -> list[Row]:
    from planner.conflicts import find_conflicts
    from tests.perf.bench_conflicts import (
        FRAME,
        baseline,
        measure_double_booked,
        synthetic_summit,
    )

    rows, times = [], {}
    for size in (20_000, 200_000):
        facts, directory = synthetic_summit(size)
        ours = median(lambda f=facts, d=directory: find_conflicts(f, FRAME, d), repeats)
        base = median(lambda f=facts: baseline(f), repeats)
        times[size] = ours
        met = ours < 0.5 if size == 20_000 else True
        target = "< 0.5 s" if size == 20_000 else "see growth"
        rows.append(row(f"conflicts, {size:,} meetings vs sorting", ours, base, "s", target, met))
    growth = times[200_000] / times[20_000]
    rows.append(
        row("conflicts growth 20,000 -> 200,000", growth, None, "x", "<= 15", growth <= 15, growth)
    )
    double = measure_double_booked(repeats)
    seconds, peak = double["ours_s"], double["peak_mb"]
    rows.append(
        row(
            f"conflicts, double-booked ({double['conflicts']:,} clashes) vs sorting",
            seconds,
            double["baseline_s"],
            "s",
            f"< 15 s and < 500 MB (peak {peak} MB)",
            seconds < 15 and peak < 500,
        )
    )
    return rows


# The window


def application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def new_window(folder: Path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    application().processEvents()
    return window


def settle(window) -> None:
    """Wait until the summit's meetings and conflicts are loaded (a large summit loads them
    behind the open window)."""
    app = application()
    while window.monitor is not None and (window.monitor.loading or window.monitor.checking):
        app.processEvents()
        time.sleep(0.005)


def open_in_window(folder: Path, path: Path) -> tuple[float, float]:
    """Seconds from File ▸ Open to a usable, painted main window, and to the meetings and
    their conflicts shown (a large summit loads them behind the open window)."""
    from db import connection

    app = application()
    window = new_window(folder)
    connection.VERIFIED.clear()  # a first open: the file's check is not remembered
    began = time.perf_counter()
    window.open_path(path)
    app.processEvents()
    window.grab()
    usable = time.perf_counter() - began
    settle(window)
    window.grab()
    complete = time.perf_counter() - began
    window.close_document()
    window.deleteLater()
    app.processEvents()
    return usable, complete


def measure_open(repeats: int) -> list[Row]:
    from tests.perf.large_summit import working_copy

    folder = Path(tempfile.mkdtemp())
    large, sample = working_copy(folder), sample_copy(folder)
    ours = [open_in_window(folder, large) for _ in range(repeats)]
    base = [open_in_window(folder, sample) for _ in range(repeats)]
    usable = statistics.median(u for u, _ in ours)
    usable_base = statistics.median(u for u, _ in base)
    complete = statistics.median(c for _, c in ours)
    complete_base = statistics.median(c for _, c in base)
    return [
        row(
            "open the large summit to a usable window vs the sample",
            usable,
            usable_base,
            "s",
            "< 2 s and ratio <= 3",
            usable < 2 and usable / usable_base <= 3,
        ),
        row(
            "… until its meetings and conflicts are all shown",
            complete,
            complete_base,
            "s",
            "-",
            True,
        ),
    ]


def measure_issues(repeats: int) -> list[Row]:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QListView

    from planner.issues import list_issues
    from tests.perf.large_summit import working_copy

    app = application()
    folder = Path(tempfile.mkdtemp())
    window = new_window(folder)
    window.open_path(working_copy(folder))
    settle(window)
    began = time.perf_counter()
    window.navigator.setCurrentRow(2)  # Issues
    app.processEvents()
    load = time.perf_counter() - began
    field = window.issues_section.pane.filter_edit
    word = "transit 4"

    def keystrokes(edit: QLineEdit) -> list[float]:
        times = []
        for _ in range(repeats):
            edit.clear()
            app.processEvents()
            for character in word:
                began = time.perf_counter()
                QTest.keyClicks(edit, character)
                app.processEvents()
                times.append(time.perf_counter() - began)
        return times

    ours = statistics.median(keystrokes(field))
    # Baseline: Qt's own C++ filtering of the same issues' text in a plain list.
    texts = [f"{r.code} {r.title} {r.description} {r.tags}" for r in list_issues()]
    plain = QStringListModel(texts)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setModel(proxy)
    view.resize(800, 600)
    view.show()
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    base = statistics.median(keystrokes(edit))
    window.close_document()
    return [
        row("open the Issues table (50,000 issues)", load, None, "s", "-", True),
        row(
            "one keystroke of the Issues filter vs Qt filtering a plain list",
            ours * 1000,
            base * 1000,
            "ms",
            "< 100 ms",
            ours < 0.1,
        ),
    ]


def measure_schedule(repeats: int) -> list[Row]:
    from PySide6.QtCore import QPointF

    from tests.perf.bench_schedule import baseline_frame
    from tests.perf.large_summit import working_copy
    from ui.schedule.grid_gestures import Drag

    app = application()
    folder = Path(tempfile.mkdtemp())
    window = new_window(folder)
    window.open_path(working_copy(folder))
    settle(window)
    window.navigator.setCurrentRow(0)  # Schedule
    app.processEvents()
    section = window.schedule_section
    counts = section.layout_.counts
    busiest = max(counts, key=counts.get)
    section.day.setCurrentIndex(section.day.findData(busiest))
    app.processEvents()
    grid = section.grid
    blocks = grid.layout_.blocks
    frame = median(lambda: grid.viewport().grab(), repeats)
    base = median(lambda: baseline_frame(len(blocks)), repeats)
    block = blocks[0]
    geometry = grid.geometry_()
    steps = iter(range(10**6))

    def drag_step() -> None:
        step = next(steps)
        grid.drag = Drag(block, False, QPointF(0, 0), 10.0, started=True, column=block.column)
        x = geometry.x_of(step % 8) + geometry.column_width / 2
        grid.update_drag(QPointF(x, 300 + (step % 5) * 15))
        grid.viewport().grab()

    drag = median(drag_step, repeats)
    grid.drag = None
    window.close_document()
    return [
        row(
            f"draw the busiest day ({len(blocks)} blocks) vs plain rectangles",
            frame * 1000,
            base * 1000,
            "ms",
            "< 100 ms",
            frame < 0.1,
        ),
        row(
            "one drag step (new column) vs plain rectangles",
            drag * 1000,
            base * 1000,
            "ms",
            "< 100 ms",
            drag < 0.1,
        ),  # fmt: skip
    ]


def peak_memory(path: Path) -> float:
    """Peak resident memory (MB) of the app opening path and showing every section."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.memory_probe", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def measure_memory(_repeats: int) -> list[Row]:
    from tests.perf.large_summit import working_copy

    folder = Path(tempfile.mkdtemp())
    ours, base = peak_memory(working_copy(folder)), peak_memory(sample_copy(folder))
    return [
        row(
            "peak memory with the large summit open vs the sample",
            ours,
            base,
            "MB",
            "< 500 MB",
            ours < 500,
        ),  # fmt: skip
    ]


def measure_edit(repeats: int) -> list[Row]:
    from tests.perf.bench_edit import measure

    return measure(repeats)


def measure_server(repeats: int) -> list[Row]:
    from tests.perf.bench_server import measure

    return measure(repeats)


FIGURES: dict[str, Callable[[int], list[Row]]] = {
    "import": measure_import,
    "import-window": measure_import_window,
    "export": measure_export,
    "conflicts": measure_conflicts,
    "open": measure_open,
    "issues": measure_issues,
    "schedule": measure_schedule,
    "edit": measure_edit,
    "memory": measure_memory,
    "server": measure_server,
}
REPEATS = {
    "import": 1,
    "import-window": 3,
    "export": 1,
    "conflicts": 3,
    "open": 3,
    "memory": 1,
    "server": 3,
}


def table(results: list[Row]) -> str:
    lines = [f"{'figure':66} {'ours':>9} {'baseline':>9} {'unit':4} {'ratio':>6}  target / met"]
    for r in results:
        baseline = "" if r["baseline"] is None else r["baseline"]
        ratio = "" if r["ratio"] is None else r["ratio"]
        met = "yes" if r["met"] else "NO"
        lines.append(
            f"{r['figure']:66} {r['ours']:>9} {baseline:>9} {r['unit']:4} {ratio:>6}  "
            f"{r['target']} / {met}"
        )
    return "\n".join(lines)
