"""Keeps the open summit's meetings and conflicts current for every view that shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from planner.meeting_facts import load_directory
from planner.meetings import summit_frame
from planner.schedule import Overview, load_overview, meeting_count, with_conflicts
from planner.summit_file import in_own_connection
from ui.background import BackgroundTask
from ui.document import SummitDocument

# Up to this many meetings, everything is loaded and checked at once (a few milliseconds).
# Beyond, work that would hold up the window is done on a worker thread: opening shows the
# window at once and loads the meetings behind it, and after an edit the meetings are
# reloaded at once but their conflicts found behind.
AT_ONCE = 2_000


def empty_overview() -> Overview:
    return Overview(summit_frame(), load_directory(), [], [], [])


class ScheduleMonitor(QObject):
    """Reloads the schedule overview after every change; views listen to `updated`.

    While `loading`, the overview has no meetings yet; while `checking`, its meetings are
    current but its conflicts not known yet (an empty list). `updated` is emitted again as
    each arrives."""

    updated = Signal()

    def __init__(self, document: SummitDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.loading = self.checking = False
        self.generation = 0  # only the latest background result is shown
        self.tasks: list[BackgroundTask] = []
        if meeting_count() <= AT_ONCE:
            self.overview = load_overview()
        else:
            self.overview = empty_overview()
            self.loading = self.checking = True
            self.behind(lambda: in_own_connection(load_overview))
        document.changed.connect(self.refresh)

    def refresh(self, _change: object = None) -> None:
        overview = load_overview(conflicts=False)
        self.loading = False
        if len(overview.facts) <= AT_ONCE:
            self.generation += 1  # anything under way is out of date
            self.overview, self.checking = with_conflicts(overview), False
        else:
            self.overview, self.checking = overview, True
            self.behind(lambda: with_conflicts(overview))
        self.updated.emit()

    def behind(self, work: Callable[[], Overview]) -> None:
        """Run work on a worker thread; its overview replaces ours if nothing newer came."""
        self.generation += 1
        generation = self.generation
        task = BackgroundTask(lambda _progress: work(), self)
        task.done.connect(lambda overview: self.arrived(task, generation, overview))
        task.failed.connect(lambda error: self.failed(task, error))
        self.tasks.append(task)
        task.start()

    def arrived(self, task: BackgroundTask, generation: int, overview: Overview) -> None:
        self.tasks.remove(task)
        if generation != self.generation:
            return
        self.overview, self.loading, self.checking = overview, False, False
        self.updated.emit()

    def failed(self, task: BackgroundTask, error: BaseException) -> None:
        self.tasks.remove(task)
        self.loading = self.checking = False
        raise error  # a bug: the app's error hook shows it and logs it

    def stop(self) -> None:
        """Wait for work under way (before the summit is closed)."""
        self.generation += 1
        for task in self.tasks:
            task.stop_thread()
        self.tasks.clear()
