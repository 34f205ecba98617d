"""One writer per summit file: a lock file beside it, held while the summit is open for writing.

QLockFile records the owner's process, host and program; a lock left by a program that
crashed (its process is gone) is taken over without asking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileInfo, QLockFile


def lock_path(path: Path) -> Path:
    return Path(path).with_name(f".~lock.{Path(path).name}")


@dataclass(frozen=True)
class LockHolder:
    """Who has the file open, as far as the lock says."""

    pid: int
    host: str
    since: datetime | None  # local time the lock was taken
    folder_read_only: bool = False  # no lock could be made: the folder cannot be written


class SummitLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.lock = QLockFile(str(self.path))
        # Held for as long as the summit is open, hours if need be: only an owner that no
        # longer runs makes the lock stale, never its age.
        self.lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """Take the lock; None when it is ours, else who holds it."""
        if self.lock.tryLock(0):
            return None
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, _program = self.lock.getLockInfo()[-3:]
            modified = QFileInfo(str(self.path)).lastModified()
            since = modified.toPython() if modified.isValid() else None
            return LockHolder(int(pid), str(host), since)
        return LockHolder(0, "", None, folder_read_only=True)

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()
