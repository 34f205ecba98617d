"""Keeps the open summit's meetings and conflicts current for every view that shows them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner.schedule import Overview, load_overview, with_conflicts
from ui.background import BackgroundTask
from ui.document import SummitDocument

# Up to this many meetings, conflicts are found at once (a few milliseconds); beyond, on a
# worker thread, so that opening or editing a very large summit never waits for them.
AT_ONCE = 2_000


class ScheduleMonitor(QObject):
    """Reloads the schedule overview after every change; views listen to `updated`.

    While `checking`, the overview's meetings are current but its conflicts are not known
    yet (an empty list); `updated` is emitted again when they are."""

    updated = Signal()

    def __init__(self, document: SummitDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.checking = False
        self.task: BackgroundTask | None = None
        self.again = False  # the summit changed while conflicts were being found
        self.overview: Overview = self.load()
        document.changed.connect(self.refresh)

    def load(self) -> Overview:
        overview = load_overview(conflicts=False)
        if len(overview.facts) <= AT_ONCE:
            self.checking = False
            return with_conflicts(overview)
        self.checking = True
        self.check(overview)
        return overview

    def check(self, overview: Overview) -> None:
        if self.task is not None:
            self.again = True  # one check at a time; the latest overview follows
            return
        self.task = BackgroundTask(lambda _progress: with_conflicts(overview), self)
        self.task.done.connect(self.on_checked)
        self.task.failed.connect(self.on_check_failed)
        self.task.start()

    def on_checked(self, checked: Overview) -> None:
        self.task = None
        if self.again:
            self.again = False
            self.check(self.overview)
            return
        self.overview, self.checking = checked, False
        self.updated.emit()

    def on_check_failed(self, error: BaseException) -> None:
        self.task = None
        self.checking = False
        raise error  # a bug: the app's error hook shows it and logs it

    def refresh(self, _kind: str = "") -> None:
        self.overview = self.load()
        self.updated.emit()

    def stop(self) -> None:
        """Wait for a check under way (before the summit is closed)."""
        if self.task is not None:
            self.task.stop_thread()
            self.task = None
