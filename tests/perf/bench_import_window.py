"""Benchmark: how long the window stops answering while it imports a 60,000-row issue list
(run on demand).

    python -m tests.perf.bench_import_window [--rows N] [--section N]

A timer on the UI thread ticks every 10 ms from the choice of the file to the result page;
the longest gap between two ticks is the longest the window was blocked. Target: 100 ms.
--section shows that section (navigator row; 3 is Positions) behind the dialog, so that its
taking the new issues is measured too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

ROWS = 60_000
TARGET_S = 0.1


class GapWatch:
    """The longest time between two ticks of a 10 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.tick()
        self.timer.stop()


def wait_until(condition, timeout: float = 300.0) -> None:
    """Run the event loop (as the app does, in Qt rather than in Python) until condition."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, check = QEventLoop(), QTimer()
    end = time.monotonic() + timeout

    def look() -> None:
        if condition() or time.monotonic() > end:
            loop.quit()

    check.timeout.connect(look)
    check.start(5)
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError("the import did not finish")


def measure(rows: int = ROWS, section: int | None = None) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.sample import create_sample_summit
    from planner.summit_file import close_summit_file
    from tests.helpers import issues_csv
    from ui import dialogs
    from ui.background import share_the_interpreter
    from ui.importing.import_dialog import MAPPING, PREVIEW, RESULT, ImportDialog
    from ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])  # kept alive while measuring
    share_the_interpreter()  # as the app does when it starts
    folder = Path(tempfile.mkdtemp())
    summit = folder / "sample.summit"
    create_sample_summit(summit)
    close_summit_file()
    source = issues_csv(folder / "issues.csv", rows)
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.open_path(summit)
    window.show()
    if section is not None:
        window.navigator.setCurrentRow(section)
    dialog = ImportDialog(window.document, window)
    dialog.show()
    dialogs.choose_import_path = lambda _parent: source
    shown = time.monotonic() + 0.5  # the window drawn before the clock starts
    wait_until(lambda: time.monotonic() > shown)
    watch = GapWatch()
    began = time.perf_counter()
    watch.start()
    dialog.choose_file()
    wait_until(lambda: dialog.task is None and bool(dialog.sheets))
    for page in (MAPPING, PREVIEW, RESULT):
        dialog.next_button.click()
        wait_until(lambda p=page: dialog.pages.currentIndex() == p)
    settled = time.monotonic() + 0.2  # what the change notice made the views do
    wait_until(lambda: time.monotonic() > settled)
    shown_section = window.stack.currentWidget()  # and what it loads behind the window
    wait_until(lambda: not getattr(shown_section, "loading", None))
    settled = time.monotonic() + 0.2
    wait_until(lambda: time.monotonic() > settled)
    watch.stop()
    elapsed = time.perf_counter() - began
    dialog.close()
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {"rows": rows, "longest_block_s": watch.longest, "whole_s": elapsed, "section": section}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--section", type=int, help="navigator row shown (3: Positions)")
    args = parser.parse_args()
    result = measure(args.rows, args.section)
    met = result["longest_block_s"] <= TARGET_S
    print(
        f"import of {result['rows']:,} rows through the window (section {result['section']}): "
        f"longest block "
        f"{result['longest_block_s'] * 1000:.0f} ms (target {TARGET_S * 1000:.0f} ms, "
        f"{'met' if met else 'not met'}), whole import {result['whole_s']:.1f} s"
    )


if __name__ == "__main__":
    main()
