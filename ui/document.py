"""The open summit as the window sees it: its file, its undo stack, change notices, the lock
that keeps other windows from writing to it, and the backups taken while it changes."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from planner.backups import back_up
from planner.errors import USER_ERRORS
from planner.file_lock import SummitLock

log = logging.getLogger(__name__)
BACKUP_INTERVAL_S = 10 * 60  # at most one backup per ten minutes of changes


class SummitDocument(QObject):
    """One open summit file. Views listen to `changed` to reload what they show."""

    changed = Signal(str)  # the kind of record that changed ("delegation", "person", …)
    failed = Signal(str)  # an undo or redo step could not be carried out; the message says why
    backed_up = Signal(str)  # a periodic backup was taken (its path) or could not be ("")

    def __init__(
        self,
        path: Path,
        *,
        readonly: bool = False,
        lock: SummitLock | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.path = path
        self.readonly = readonly
        self.lock = lock
        self.undo_stack = QUndoStack(self)
        self.backup_interval = BACKUP_INTERVAL_S
        self.last_backup = time.monotonic()  # opening for writing has just taken one
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(self.take_backup)
        if not readonly:
            self.changed.connect(self.schedule_backup)

    def notify(self, kind: str) -> None:
        self.changed.emit(kind)

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

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
        """Let go of the file: stop backing it up and release the lock."""
        self.backup_timer.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
