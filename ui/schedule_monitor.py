"""Keeps the open summit's meetings and conflicts current for every view that shows them."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from planner import history
from planner.history import Change
from planner.meeting_facts import load_directory
from planner.meetings import summit_frame
from planner.schedule import Overview, load_overview, meeting_count, with_conflicts
from planner.schedule_changes import with_meetings_reloaded, with_people_changed
from planner.summit_file import in_own_connection
from ui.background import BackgroundTask
from ui.document import SummitDocument

# Up to this many meetings, everything is loaded and checked at once (a few milliseconds).
# Beyond, work that would hold up the window is done on a worker thread: opening shows the
# window at once and loads the meetings behind it, and after an edit the meetings are
# reloaded at once but their conflicts found behind.
AT_ONCE = 2_000
# A change naming up to this many meetings reads only those again; more, and everything.
RELOAD_SOME = 1_000
# After an edit of a large summit, its conflicts are looked for once edits pause this long:
# the window answers the edit first (the check would share Python with it), and a burst of
# edits is checked once.
CHECK_AFTER_MS = 150
MEETING, CONFLICT, PERSON = "meeting", "conflict", "person"
SHOWN = (MEETING, "summit", "delegation", "person", "room")  # what the overview is made of
EVERYTHING = Change.everything(CONFLICT, *SHOWN)


def settled(overview: Overview) -> None:
    """A large summit's meetings, conflicts and what the views made of them live long: the
    garbage collector is told not to look through them again, so that its collections (a
    hundred milliseconds and more over such a heap) do not fall on the next edit. Closing
    the summit gives them back to the collector (see ScheduleMonitor.stop)."""
    if len(overview.facts) > AT_ONCE:
        gc.freeze()


def empty_overview() -> Overview:
    return Overview(summit_frame(), load_directory(), [], [])


class ScheduleMonitor(QObject):
    """Keeps the schedule overview current after every change; views listen to `updated`,
    which says what changed in the overview: some meetings ("meeting" with their ids) or
    all of them, and the conflicts ("conflict").

    While `loading`, the overview has no meetings yet; while `checking`, its meetings are
    current but its conflicts not known yet (an empty list). `updated` is emitted again as
    each arrives."""

    updated = Signal(object)  # a planner.history.Change

    def __init__(self, document: SummitDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.loading = self.checking = False
        self.generation = 0  # only the latest background result is shown
        self.tasks: list[BackgroundTask] = []
        self.pending: Overview | None = None  # meetings whose conflicts are to be looked for
        self.retired: list[Overview] = []  # overviews replaced, let go once the views are drawn
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.timeout.connect(self.check_pending)
        if meeting_count() <= AT_ONCE:
            self.overview = load_overview()
        else:
            self.overview = empty_overview()
            self.loading = self.checking = True
            self.behind(lambda: in_own_connection(load_overview))
        document.changed.connect(self.refresh)

    def refresh(self, change: Change | None = None) -> None:
        """After a change: only the meetings it names are read again when it names nothing
        but some meetings; otherwise everything is."""
        if change is not None and not change.touches(SHOWN):
            return  # issues, positions, financing: nothing the schedule shows
        ids = change.ids(MEETING) if change is not None else history.ALL
        people = change.ids(PERSON) if change is not None else history.ALL
        some = (
            change is not None
            and change.kinds & set(SHOWN) <= {MEETING, PERSON}
            and ids is not history.ALL
            and people is not history.ALL
            and len(ids) + len(people) <= RELOAD_SOME
            and not self.loading
        )
        if some and people:  # the people's names and ranks, and the meetings they attend
            overview, attended = with_people_changed(self.overview, people)
            overview = with_meetings_reloaded(overview, ids) if ids else overview
            notice = Change.of(MEETING, attended | ids)
        elif some:
            overview, notice = with_meetings_reloaded(self.overview, ids), change
        else:
            overview, notice = load_overview(conflicts=False), EVERYTHING
        self.loading = False
        if len(overview.facts) <= AT_ONCE:
            self.generation += 1  # anything under way is out of date
            self.check_timer.stop()
            self.pending = None
            self.overview, self.checking = with_conflicts(overview), False
        else:
            self.generation += 1  # a check under way is out of date
            # Letting go of the previous overview frees its thousands of conflicts (tens of
            # milliseconds): that waits, with the check, until the views are redrawn.
            self.retired.append(self.overview)
            self.overview, self.checking, self.pending = overview, True, overview
        self.updated.emit(notice.merged(Change.of(CONFLICT)))
        if self.pending is not None:
            self.check_timer.start(CHECK_AFTER_MS)  # counted from when the views are current
        settled(self.overview)

    def check_pending(self) -> None:
        self.retired.clear()
        overview, self.pending = self.pending, None
        if overview is not None:
            self.behind(lambda: with_conflicts(overview))

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
        loaded = self.loading
        self.overview, self.loading, self.checking = overview, False, False
        self.updated.emit(EVERYTHING if loaded else Change.of(CONFLICT))
        settled(self.overview)

    def failed(self, task: BackgroundTask, error: BaseException) -> None:
        self.tasks.remove(task)
        self.loading = self.checking = False
        raise error  # a bug: the app's error hook shows it and logs it

    def stop(self) -> None:
        """Wait for work under way (before the summit is closed)."""
        self.generation += 1
        self.check_timer.stop()
        self.pending = None
        self.retired.clear()
        for task in self.tasks:
            task.stop_thread()
        self.tasks.clear()
        gc.unfreeze()  # what was kept while the summit was open can be collected again
