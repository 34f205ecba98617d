"""The open summit as the window sees it: its file, its history of edits (planner.history,
adapted to Qt signals), change notices, and the backups taken while it changes (the lock is
planner.workspace's)."""

from __future__ import annotations

import logging
import sqlite3
import time
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from planner.backups import back_up
from planner.errors import USER_ERRORS
from planner.history import Change, History, Operation

log = logging.getLogger(__name__)
BACKUP_INTERVAL_S = 10 * 60  # at most one backup per ten minutes of changes


class SummitDocument(QObject):
    """One open summit file. Views listen to `changed` (a planner.history.Change) to reload
    the records it names; `history_changed` tells the Edit menu to follow the history."""

    changed = Signal(object)  # a Change: which kinds of records, which ids
    failed = Signal(str)  # an undo or redo step could not be carried out; the message says why
    history_changed = Signal()  # something was done, undone, redone or forgotten
    backed_up = Signal(str)  # a periodic backup was taken (its path) or could not be ("")

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.path = path
        self.readonly = readonly
        self.history = History()
        # The history holds only a weak reference back: a document and its history must not
        # form a cycle, which the garbage collector may free on a worker thread, destroying
        # the document's timer from the wrong thread.
        document = weakref.ref(self)

        def forward(change: Change) -> None:
            alive = document()
            if alive is not None:
                alive.notify(change)

        self.history.add_listener(forward)
        self.backup_interval = BACKUP_INTERVAL_S
        self.last_backup = time.monotonic()  # opening for writing has just taken one
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(self.take_backup)
        if not readonly:
            self.changed.connect(self.schedule_backup)

    def notify(self, change: Change | str) -> None:
        """Tell every view what changed (a kind alone: every record of it); a change made
        elsewhere arrives here too."""
        self.changed.emit(Change.of(change) if isinstance(change, str) else change)

    def run(self, operation: Operation) -> Change:
        """Carry out an edit as one undoable step; a refusal raises, nothing changed."""
        try:
            return self.history.run(operation)
        finally:
            self.history_changed.emit()

    def record(self, operation: Operation, change: Change) -> Change:
        """Keep an edit already carried out (an import committed on a worker thread) as one
        undoable step, and tell the views what it changed."""
        try:
            return self.history.record(operation, change)
        finally:
            self.history_changed.emit()

    def undo(self) -> None:
        fault = self.tr(
            "“%1” could not be undone because of a fault in Summit Planner (the details are "
            "in its log). The step was taken off the Edit menu; check the records it touched."
        )
        self.step(self.history.undo, fault.replace("%1", self.history.undo_text))

    def redo(self) -> None:
        fault = self.tr(
            "“%1” could not be redone because of a fault in Summit Planner (the details are "
            "in its log). The step was taken off the Edit menu; check the records it touched."
        )
        self.step(self.history.redo, fault.replace("%1", self.history.redo_text))

    def step(self, action: Callable[[], Change], fault: str) -> None:
        """Undo or redo; a failure is said in one sentence (the step is dropped): a refusal's
        own, or for anything else `fault`, with the details logged."""
        try:
            action()
        except USER_ERRORS as error:
            self.failed.emit(str(error))
        except Exception:
            log.exception("undo step failed")
            self.failed.emit(fault)
        finally:
            self.history_changed.emit()

    def clear_history(self) -> None:
        self.history.clear()
        self.history_changed.emit()

    def schedule_backup(self) -> None:
        """After a change, back up when ten minutes have passed since the last backup."""
        if self.backup_timer.isActive():
            return
        wait = self.last_backup + self.backup_interval - time.monotonic()
        self.backup_timer.start(max(0, int(wait * 1000)))

    def take_backup(self) -> None:
        self.last_backup = time.monotonic()
        try:
            backup = back_up(self.path)
        except (OSError, sqlite3.Error, *USER_ERRORS) as error:
            log.warning("Backup of %s failed: %s", self.path, error)
            self.backed_up.emit("")
            return
        self.backed_up.emit(str(backup.path))

    def close(self) -> None:
        """Let go of the file: stop backing it up."""
        self.backup_timer.stop()
