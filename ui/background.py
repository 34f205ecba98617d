"""Long work off the UI thread: a worker thread, progress, Cancel, and the result or the
error delivered back on the UI thread through signals. Workers never touch widgets."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

SWITCH_INTERVAL_S = 0.001  # Python's default 5 ms: each slot the UI thread runs may wait that


def share_the_interpreter() -> None:
    """Let the UI thread take its turn sooner while a worker computes (a 60,000-row import:
    the longest wait of the window about 100 ms at Python's default, 60 ms with this)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


class Worker(QObject):
    progressed = Signal(object)  # whatever the function reports: rows read, (phase, done, total)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[Callable[[int], bool]], Any]) -> None:
        super().__init__()
        self.function = function
        self.cancelled = threading.Event()
        self.result: Any = None  # kept, so that an owner stopping the thread may still see it

    def report(self, done: object) -> bool:
        """Given to the function as its progress callback: False once Cancel was pressed."""
        self.progressed.emit(done)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.function(self.report)
        except Exception as error:  # delivered to the UI thread, which explains it
            self.failed.emit(error)
        else:
            self.result = result
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs function(progress) in its own thread; emits done(result) or failed(error)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, function, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.worker = Worker(function)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self.progressed)
        self.worker.finished.connect(self.on_finished)
        self.worker.failed.connect(self.on_failed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancelled.set()

    def stop_thread(self) -> None:
        self.thread.quit()
        self.thread.wait()

    def on_finished(self, result) -> None:
        self.stop_thread()
        self.done.emit(result)

    def on_failed(self, error) -> None:
        self.stop_thread()
        self.failed.emit(error)
