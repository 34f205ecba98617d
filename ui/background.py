"""Long work off the UI thread: a worker thread, progress, Cancel, and the result or the
error delivered back on the UI thread through signals. Workers never touch widgets."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

SWITCH_INTERVAL_S = 0.001  # Python's default 5 ms: each slot the UI thread runs may wait that
# Progress reaches the window at most this often (rows read or checked), or for a phase of
# known length at each twentieth of it (and at its start and end): a commit reports every
# 500 rows, and each report drawn is time the window does not answer.
PROGRESS_INTERVAL_S = 0.04
PHASE_STEPS = 20


def share_the_interpreter() -> None:
    """Let the UI thread take its turn sooner while a worker computes (a 60,000-row import:
    the longest wait of the window about 100 ms at Python's default, 60 ms with this)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def milestone(before: object, step: tuple) -> bool:
    """Whether a (phase, done, total) step begins or ends its phase, or is a twentieth of
    it further than the step passed on before."""
    phase, done, total = step
    if not isinstance(before, tuple) or before[0] != phase or done >= total:
        return True
    return done - before[1] >= total / PHASE_STEPS


PAUSE = threading.Lock()
pausing = 0  # workers running with the collector paused
resume_collector = False  # whether the collector was running when the first one began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running while work goes on behind the
    window. A worker making tens of thousands of objects (a 60,000-row import) sets off full
    collections, each going through every object of the process with the interpreter held,
    so that the window stops for them (44 to 100 ms each, longer on a busy machine). When
    the last such work ends, what it left is frozen, as a large summit's overview is (see
    schedule_monitor.settled): a collection then would go through all of it on whichever
    thread came next, the window's too. Objects freed by their count go as always; the
    summit's closing gives the frozen ones back to the collector."""
    global pausing, resume_collector
    with PAUSE:
        if pausing == 0:
            resume_collector = gc.isenabled()
            gc.disable()
        pausing += 1
    try:
        yield
    finally:
        with PAUSE:
            pausing -= 1
            if pausing == 0:
                gc.freeze()
                if resume_collector:
                    gc.enable()


class Worker(QObject):
    progressed = Signal(object)  # whatever the function reports: rows read, (phase, done, total)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[Callable[[int], bool]], Any]) -> None:
        super().__init__()
        self.function = function
        self.cancelled = threading.Event()
        self.result: Any = None  # kept, so that an owner stopping the thread may still see it
        self.reported_at = -PROGRESS_INTERVAL_S
        self.reported: object = None

    def report(self, done: object) -> bool:
        """Given to the function as its progress callback: False once Cancel was pressed.
        Passed on to the window as PROGRESS_INTERVAL_S and PHASE_STEPS say."""
        now = time.monotonic()
        if isinstance(done, tuple):
            passed = milestone(self.reported, done)
        else:
            passed = now - self.reported_at >= PROGRESS_INTERVAL_S
        if passed:
            self.reported_at, self.reported = now, done
            self.progressed.emit(done)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            with collector_paused():
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


class LatestLoad(QObject):
    """Loads something on a worker thread, with a connection of its own to the open summit,
    and hands only the latest load's result to its `arrived` function: a newer load, or
    `forget`, makes one under way out of date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.tasks: list[BackgroundTask] = []

    def __bool__(self) -> bool:
        """Whether a load is under way."""
        return bool(self.tasks)

    def start(self, load: Callable[[], Any], arrived: Callable[[Any], None]) -> None:
        from planner.summit_file import in_own_connection

        self.generation += 1
        generation = self.generation
        task = BackgroundTask(lambda _progress: in_own_connection(load), self)
        task.done.connect(lambda result: self.done(task, generation, result, arrived))
        task.failed.connect(lambda error: self.failed(task, error))
        self.tasks.append(task)
        task.start()

    def done(self, task: BackgroundTask, generation: int, result: Any, arrived) -> None:
        self.tasks.remove(task)
        if generation == self.generation:
            arrived(result)

    def failed(self, task: BackgroundTask, error: BaseException) -> None:
        self.tasks.remove(task)
        raise error  # a bug: the app's error hook shows it and logs it

    def forget(self) -> None:
        """What is under way is out of date (something newer is shown)."""
        self.generation += 1

    def stop(self) -> None:
        """Forget loads under way and wait for their threads (the summit is closing)."""
        self.forget()
        for task in self.tasks:
            task.stop_thread()
        self.tasks.clear()
