"""The user's backups of summit files: taken into the data folder, listed, restored as new files."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.backups import Backup, backup_counts, backups_of, list_backups, take_backup
from db.connection import check_summit_file, copy_summit
from db.safe_files import real_path
from planner import paths
from planner.errors import USER_ERRORS, PlannerError
from planner.translation import tr


@dataclass(frozen=True)
class BackupEntry:
    backup: Backup
    summit: str  # the summit's name inside the backup ("" if it cannot be read)
    meetings: int
    issues: int
    positions: int
    readable: bool

    @property
    def taken_at(self) -> datetime:
        return self.backup.taken_at


def back_up(path: Path) -> Backup:
    """Take a backup of the summit file at path now (and thin the older ones)."""
    return take_backup(Path(path), paths.writable_backups_dir())


def describe(backup: Backup) -> BackupEntry:
    try:
        counts = backup_counts(backup.path)
    except sqlite3.Error:
        return BackupEntry(backup, "", 0, 0, 0, readable=False)
    return BackupEntry(
        backup,
        str(counts["name"]),
        int(counts["meeting"]),
        int(counts["agenda_issue"]),
        int(counts["position"]),
        readable=True,
    )


def backups_for(path: Path | None) -> list[BackupEntry]:
    """The backups of the summit file at path (that file's own, not those of its copies), or
    of every file when path is None; newest first."""
    folder = paths.backups_dir()
    found = list_backups(folder) if path is None else backups_of(folder, Path(path))
    return [describe(b) for b in found]


def newest_good_backup(path: Path) -> BackupEntry | None:
    """The newest backup of the summit at path that passes the checks a file gets on open."""
    for entry in backups_for(path):
        try:
            check_summit_file(entry.backup.path)
        except USER_ERRORS:
            continue
        return entry
    return None


def restore_backup(backup: Backup, destination: Path, *, open_file: Path | None = None) -> None:
    """Copy a backup, after checking it, to a new summit file at destination (never over the
    summit that is open)."""
    destination = Path(destination)
    if open_file is not None and real_path(destination) == real_path(Path(open_file)):
        raise PlannerError(
            tr("A backup cannot be restored over the summit that is open; choose another name.")
        )
    check_summit_file(backup.path)
    copy_summit(backup.path, destination)
