"""Writing files that others cannot redirect or read: exclusive owner-only temporary files,
targets that must be regular files, and why a write failed, in words for the user."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from db.errors import SummitFileError
from db.translation import tr

# What a write's failure means, for the errors a full or limited disk gives.
DISK_FULL = "the disk is full"
TOO_LARGE = "the file grew larger than this system allows"
REASONS = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EFBIG: TOO_LARGE}
SQLITE_REASONS = {"SQLITE_FULL": DISK_FULL, "SQLITE_TOOBIG": TOO_LARGE}
# SQLite ends a transaction by itself when the disk fills up; the rollback that follows then
# fails with this, which would hide the reason.
NO_TRANSACTION = "no transaction is active"


def exclusive_temporary(target: Path, purpose: str) -> Path:
    """Create an empty file, readable and writable by its owner only, beside target under a
    fresh unguessable name (".NAME.XXXXXXXX.purpose"); never through an existing file or link,
    so nobody sharing the folder can plant where it is written."""
    target = Path(target)
    descriptor, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".{purpose}", dir=target.parent or "."
    )
    os.close(descriptor)
    return Path(name)


@contextlib.contextmanager
def temporary_beside(target: Path, purpose: str) -> Iterator[Path]:
    """An exclusive temporary file beside target (see exclusive_temporary), removed at the end
    unless the caller has moved it into place."""
    temporary = exclusive_temporary(target, purpose)
    try:
        yield temporary
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def real_path(path: Path) -> Path:
    """path with its symbolic links followed; links that lead round in a loop (Python calls
    that a RuntimeError) are refused in one sentence."""
    try:
        return Path(path).resolve()
    except RuntimeError as error:
        raise SummitFileError(
            tr(
                "{name} is a symbolic link that leads round in a loop; open the file itself."
            ).format(name=Path(path).name)
        ) from error


def not_a_regular_file(path: Path) -> str | None:
    """Why path cannot be replaced by a new file ("is a folder", ...), or None when it is a
    regular file or nothing is there. A symbolic link is refused, never followed."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"cannot be examined ({error.strerror})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "is a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    return "is not a regular file"


def write_failure(error: BaseException) -> str:
    """Why a write failed, as words for a sentence: a full disk is named as such, also when
    a second error (a rollback SQLite had already done) was raised on top of it."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__context__
    for found in chain:
        reason = known_reason(found)
        if reason:
            return reason
    real = next((e for e in chain if NO_TRANSACTION not in str(e)), error)
    if isinstance(real, OSError) and real.strerror:
        return real.strerror[:1].lower() + real.strerror[1:]
    return str(real)


def known_reason(error: BaseException) -> str | None:
    """A full disk or file size limit in words of the chosen language."""
    words = {
        DISK_FULL: tr("the disk is full"),
        TOO_LARGE: tr("the file grew larger than this system allows"),
    }
    if isinstance(error, OSError) and error.errno in REASONS:
        return words[REASONS[error.errno]]
    original = getattr(error, "orig", error)  # peewee keeps the sqlite3 error it wraps
    found = SQLITE_REASONS.get(getattr(original, "sqlite_errorname", ""))
    return None if found is None else words[found]
