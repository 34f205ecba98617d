"""Backups of summit files: consistent copies through SQLite's backup API, named by file and
time, kept in one folder and thinned, each file's own, to the newest ten plus one a day for two
weeks."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from db.safe_files import temporary_beside

KEEP_NEWEST = 10
KEEP_DAILY_FOR = timedelta(days=14)
# "Astana 2025~1f0c9a2e~5b7e01d4~20261129-081500-123456.summit": the file's name, the summit's
# identifier (or "none" for a file made before summits had one), a key of the file's full path
# (copies of one summit keep its identifier but are other files, with backups of their own)
# and the UTC time. Backups taken before they were kept per file lack the key.
NAME = re.compile(
    r"^(?P<stem>.+?)~(?P<uid>[0-9a-f]{8}|none)(?:~(?P<file>[0-9a-f]{8}))?"
    r"~(?P<stamp>\d{8}-\d{6}-\d{6})\.summit$"
)
STAMP = "%Y%m%d-%H%M%S-%f"
PARTIAL = "partial"  # the suffix of a copy still being written, which parse() never accepts
STALE_PARTIAL = timedelta(hours=1)


def file_key(path: Path) -> str:
    """Eight hex digits naming the file at path (its resolved absolute path), whatever it holds."""
    resolved = os.fsencode(str(Path(path).resolve()))
    return hashlib.sha256(resolved).hexdigest()[:8]


def backup_copy(source: Path, destination: Path) -> None:
    """A consistent copy of an SQLite file through the backup API, readable by its owner only.

    It is written under an exclusive temporary name beside destination and renamed into place
    when complete, so a copy killed half-way never looks like a finished one.
    """
    with temporary_beside(destination, PARTIAL) as temporary:
        copy_into(source, temporary)
        os.replace(temporary, destination)


def copy_into(source: Path, destination: Path) -> None:
    """Copy the database at source into the (new, empty) file at destination."""
    reader = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


@dataclass(frozen=True)
class Backup:
    path: Path
    stem: str  # the name of the summit file it was taken from
    uid: str  # the first 8 characters of the summit's identifier, or "" if it had none
    taken_at: datetime  # UTC
    file: str = ""  # the key of the file it was taken from, "" if named before keys existed

    def belongs_to(self, file: str, uid: str, stem: str) -> bool:
        """Whether this is a backup of the file with that key (and summit identifier and name).

        One named before backups had a file key is matched by identifier and file name.
        """
        if self.file:
            return self.file == file
        if self.uid and uid and self.uid != uid[:8]:
            return False
        return self.stem == stem


def summit_uid(path: Path) -> str:
    """The summit's identifier, read without writing; "" if the file has none or is unreadable."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        row = connection.execute("SELECT uid FROM summit").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        connection.close()
    return str(row[0]) if row and row[0] else ""


def parse(path: Path) -> Backup | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    uid = "" if match["uid"] == "none" else match["uid"]
    return Backup(path, match["stem"], uid, taken_at, match["file"] or "")


def list_backups(folder: Path) -> list[Backup]:
    """Every backup in folder, the newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    found = [b for b in (parse(p) for p in folder.glob("*.summit")) if b is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_of(folder: Path, path: Path, uid: str | None = None) -> list[Backup]:
    """The backups of the summit file at path (its uid is read from it unless given)."""
    path = Path(path)
    uid = summit_uid(path) if uid is None else uid
    key = file_key(path)
    return [b for b in list_backups(folder) if b.belongs_to(key, uid, path.stem)]


def take_backup(path: Path, folder: Path, *, now: datetime | None = None) -> Backup:
    """Copy the summit file at path into folder (created owner-only), then thin that file's
    backups. The copy is complete and consistent even while the file is being written."""
    path = Path(path)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    uid, key = summit_uid(path), file_key(path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = f"{path.stem}~{uid[:8] or 'none'}~{key}~{now.strftime(STAMP)}.summit"
    backup_copy(path, folder / name)
    thin(backups_of(folder, path, uid), now)
    remove_stale_partials(folder)
    return Backup(folder / name, path.stem, uid[:8], now, key)


def remove_stale_partials(folder: Path) -> None:
    """Remove what copies killed half-way left behind (an hour old: none is still running)."""
    oldest = time.time() - STALE_PARTIAL.total_seconds()
    for leftover in folder.glob(f".*.{PARTIAL}*"):  # its journal too
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < oldest:
                leftover.unlink()


def to_thin(backups: list[Backup], now: datetime) -> list[Backup]:
    """Of one summit's backups, those to delete: all but the newest ten and, for each of the
    last fourteen days, the newest of that day."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    kept = set(ordered[:KEEP_NEWEST])
    days_seen: set[date] = set()
    for backup in ordered:
        day = backup.taken_at.astimezone().date()  # the user's own calendar day
        if now - backup.taken_at <= KEEP_DAILY_FOR and day not in days_seen:
            days_seen.add(day)
            kept.add(backup)
    return [b for b in ordered if b not in kept]


def thin(backups: list[Backup], now: datetime) -> None:
    for backup in to_thin(backups, now):
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()


def backup_counts(path: Path) -> dict[str, int | str]:
    """What a backup holds, read without writing: the summit's name and record counts."""
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        (name,) = connection.execute("SELECT name FROM summit").fetchone() or ("",)
        counts: dict[str, int | str] = {"name": name}
        for table in ("delegation", "meeting", "agenda_issue", "position", "financing_request"):
            counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return counts
    finally:
        connection.close()
