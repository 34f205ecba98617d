"""One writer per summit file: lock files, taken by the window and by every writing command.

A lock is a small file, `.~lock.NAME` beside the real file (symbolic links resolved), which
other users of a shared folder see too, and a second one named by the file's device and inode
in a per-user runtime folder, so that a hard link under another name is the same file. Each is
created exclusively, complete from its first moment (written under a private name, then
hard-linked into place), and never through a symbolic link. It says who holds it: process,
host, program, user, since when, and which file. A lock is stale, and taken over, when it
cannot be read as one or when its process is gone on this host; never because of its age.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.safe_files import real_path
from planner.errors import PlannerError
from planner.lock_record import (
    WINDOW_PROGRAM,
    Found,
    LockHolder,
    Refusal,
    examine,
    held_tokens,
    process_exists,
    record_bytes,
    take,
    this_host,
)

log = logging.getLogger(__name__)

__all__ = [
    "WINDOW_PROGRAM",
    "FileLockedError",
    "LockHolder",
    "Refusal",
    "SummitLock",
    "file_is_read_only",
    "lock_path",
    "process_exists",
    "runtime_dir",
    "same_file",
    "this_host",
    "writing",
]


class FileLockedError(PlannerError):
    """A writing command was refused because the summit file cannot be written now."""


def lock_path(path: Path) -> Path:
    """The lock beside the real file (a symbolic link is followed to the file it names)."""
    real = real_path(path)
    return real.with_name(f".~lock.{real.name}")


def same_file(first: Path, second: Path) -> bool:
    """Whether two names lead to the same file (through symbolic or hard links)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return real_path(first) == real_path(second)


def file_is_read_only(path: Path) -> bool:
    """True when path exists and may not be changed: no write permission for us, or none for
    anybody (the administrator could still write it, but the owner meant it to stay as it is)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if not os.access(path, os.W_OK):
        return True
    return os.name != "nt" and mode & 0o222 == 0


def runtime_dir() -> Path | None:
    """This user's folder for identity locks, private and ours, or None when there is none."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and os.path.isabs(base):
        folder = Path(base) / "summit-planner"
    elif sys.platform in ("win32", "darwin"):
        folder = Path(tempfile.gettempdir()) / "summit-planner"  # already per user there
    else:
        folder = Path(tempfile.gettempdir()) / f"summit-planner-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError as error:
        log.warning("No folder for identity locks at %s: %s", folder, error)
        return None
    if sys.platform != "win32" and (
        not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077
    ):
        log.warning("%s is not a private folder of this user; identity locks are off", folder)
        return None
    return folder


@dataclass
class SummitLock:
    """The right to write one summit file, held until release()."""

    file: Path
    program: str = WINDOW_PROGRAM
    token: str = field(default_factory=lambda: secrets.token_hex(8))
    held: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.file = Path(self.file)
        self.path = lock_path(self.file)

    def acquire(self, *, replacing: bool = False) -> LockHolder | None:
        """Take whatever part of the lock is not held yet; None when all of it is ours, else
        who or what stands in the way (and nothing is held). replacing: the file is about to be
        made anew, so its present permissions do not matter."""
        real = real_path(self.file)
        if not replacing and not self.held and file_is_read_only(real):
            return LockHolder(refusal=Refusal.FILE_READ_ONLY, where=real)
        # each lock, with the file's (device, inode) for the one in the runtime folder
        wanted: list[tuple[Path, tuple[int, int] | None]] = [(self.path, None)]
        with contextlib.suppress(OSError):
            info = os.stat(real)
            folder = runtime_dir()
            if folder is not None:
                device, inode = info.st_dev, info.st_ino
                wanted.append((folder / f"{device}-{inode}.lock", (device, inode)))
        held_tokens.add(self.token)
        taken: list[Path] = []
        for lock, identity in wanted:
            if lock in self.held:
                continue
            holder = take(lock, record_bytes(self.program, real, identity, self.token))
            if holder is not None:
                self.release(taken)
                return holder
            self.held.append(lock)
            taken.append(lock)
        return None

    def release(self, parts: list[Path] | None = None) -> None:
        """Let go of the given parts, by default all (only what is still ours is removed)."""
        for lock in reversed(list(self.held if parts is None else parts)):
            found, record = examine(lock)
            if record is not None and record.token == self.token:
                with contextlib.suppress(OSError):
                    os.unlink(lock)
            elif found is not Found.GONE:
                log.warning("The lock %s is no longer ours; it was left in place", lock)
            self.held.remove(lock)
        if not self.held:
            held_tokens.discard(self.token)


@contextlib.contextmanager
def writing(path: Path, program: str, *, replacing: bool = False) -> Iterator[SummitLock]:
    """Hold the lock of path while the block runs; FileLockedError, in one sentence, when the
    file cannot be written now (nothing is changed then). A folder that does not exist needs
    no lock: whatever the block tries there fails with its own sentence."""
    lock = SummitLock(Path(path), program=program)
    holder = lock.acquire(replacing=replacing)
    if holder is not None and lock.path.parent.is_dir():
        raise FileLockedError(holder.sentence(Path(path).name))
    try:
        yield lock
    finally:
        lock.release()
