"""A summit file left with a journal by a crash, recovered without writing to it: the journal
is rolled back in a private copy, which is read (or, when healthy, put in the file's place)."""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from db.backups import copy_into
from db.errors import DamagedSummitFileError, SummitFileError
from db.safe_files import temporary_beside
from db.translation import tr


@dataclass(frozen=True)
class Recovery:
    source: Path  # the real file
    stamp: tuple[object, ...]  # of the file and its journal when the copy was made
    copy: Path  # in a folder of its own, readable by its owner only


# The latest recovered copy (the window checks a file, then opens it), and the one the open
# summit reads, if any; each folder goes when nothing needs it, at the latest at exit.
LATEST: dict[Path, Recovery] = {}
IN_USE: list[Recovery] = []


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def left_by_crash(path: Path) -> bool:
    """Whether path has a hot journal: one no running program is writing (SQLite lets a
    read-only connection read past a live writer's journal, never past a hot one)."""
    if not journal_of(path).exists():
        return False
    try:
        reader = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return False  # the check that follows says what is wrong
    try:
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        return getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        reader.close()
    return False


def stamp_of(path: Path) -> tuple[object, ...]:
    """What tells a file (and its journal) apart from the same file changed since."""
    status = path.stat()
    try:
        journal = journal_of(path).stat()
        journal_stamp: tuple[int, ...] = (journal.st_size, journal.st_mtime_ns, journal.st_ino)
    except FileNotFoundError:
        journal_stamp = ()
    return status.st_size, status.st_mtime_ns, status.st_ino, journal_stamp


def readable_copy(path: Path) -> Path:
    """A private copy of path with its journal rolled back into it, made at most once while
    neither changes; the file and the journal themselves are only read."""
    key = path.resolve()
    stamp = stamp_of(path)
    known = LATEST.get(key)
    if known is not None and known.stamp == stamp and known.copy.exists():
        return known.copy
    folder = Path(tempfile.mkdtemp(prefix="summit-recovery-"))  # 0700: ours alone
    copy = folder / path.name
    try:
        for original, duplicate in ((path, copy), (journal_of(path), journal_of(copy))):
            descriptor = os.open(duplicate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as target, original.open("rb") as stream:
                shutil.copyfileobj(stream, target)
        roll_back(copy)
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(folder, ignore_errors=True)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise DamagedSummitFileError(
            tr(
                "{name} was left unfinished by a crash and could not be "
                "recovered ({reason}); it was left as it is. Open a backup "
                "instead."
            ).format(name=path.name, reason=reason)
        ) from error
    forget(LATEST.pop(key, None))
    LATEST.clear()
    LATEST[key] = Recovery(key, stamp, copy)
    return copy


def roll_back(copy: Path) -> None:
    """Let SQLite undo the unfinished transaction its journal records, as on its next write."""
    writer = sqlite3.connect(copy, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    # A journal SQLite did not take for a hot one (empty, zeroed, or cut off before its
    # header was written) records nothing to undo; the file is judged as it is.
    journal_of(copy).unlink(missing_ok=True)


def recovered(path: Path) -> Recovery | None:
    """The recovered copy made for path as it is now, if one was made."""
    known = LATEST.get(path.resolve())
    if known is None or known.stamp != stamp_of(path) or not known.copy.exists():
        return None
    return known


def install(recovery: Recovery) -> None:
    """Put the (checked, healthy) recovered copy in the real file's place, in one rename,
    then remove the journal it replaces; until the rename the file is as it was."""
    path = recovery.source
    try:
        with temporary_beside(path, "recovering") as temporary:
            copy_into(recovery.copy, temporary)
            with open(temporary, "rb+") as stream:
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        journal_of(path).unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        raise SummitFileError(
            tr(
                "{name} was left unfinished by a crash, and its recovered state "
                "could not be written back ({error}); it was left as it is."
            ).format(name=path.name, error=error)
        ) from error
    finally:
        LATEST.pop(path, None)
        forget(recovery)


def use(recovery: Recovery) -> None:
    """The open summit now reads this copy: keep it until release()."""
    IN_USE.append(recovery)


def release() -> None:
    """The summit that read a recovered copy was closed: remove the copies nobody reads."""
    while IN_USE:
        recovery = IN_USE.pop()
        if LATEST.get(recovery.source) is not recovery:
            forget(recovery)


def forget(recovery: Recovery | None) -> None:
    if recovery is not None and recovery not in IN_USE:
        shutil.rmtree(recovery.copy.parent, ignore_errors=True)


@atexit.register
def forget_all() -> None:
    for recovery in [*LATEST.values(), *IN_USE]:
        shutil.rmtree(recovery.copy.parent, ignore_errors=True)
