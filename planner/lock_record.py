"""One lock file: what it records, how it is made (exclusively, complete, never through a
symbolic link) and read, and when it is stale (unreadable, or its process gone on this host).

Whether a process runs is asked with os.kill(pid, 0) on POSIX (PermissionError: it runs, as
another user) and with OpenProcess/GetExitCodeProcess through ctypes on Windows, where
os.kill would end the process. A process id recycled by an unrelated program keeps a lock
alive until that program ends; a lock from another host is never taken over."""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import secrets
import socket
import stat
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from planner.local_formats import day_month_year
from planner.translation import tr

log = logging.getLogger(__name__)

WINDOW_PROGRAM = "Summit Planner"
MAX_LOCK_BYTES = 4096  # a lock says a few lines; anything longer is not one of ours
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)
CLOSE_ON_EXEC = getattr(os, "O_CLOEXEC", 0)
TAKEOVER_ATTEMPTS = 5


def this_host() -> str:
    return socket.gethostname()


held_tokens: set[str] = set()  # locks this process holds now (a pid alone may be recycled)


class Refusal(Enum):
    """Why a summit file cannot be opened for writing now."""

    HELD = "held"  # another program has it open for writing
    FOLDER_READ_ONLY = "folder read-only"  # no lock can be made: the folder cannot be written
    FILE_READ_ONLY = "file read-only"  # the file's permissions do not allow changes
    NOT_A_LOCK = "not a lock"  # something that is not a lock file has our lock's name
    FAILED = "failed"  # the lock could not be made for another reason (detail says which)


@dataclass(frozen=True)
class LockHolder:
    """Who has the file open, as far as the lock says, or what else stands in the way."""

    pid: int = 0
    host: str = ""
    since: datetime | None = None  # when the lock was taken (aware, UTC)
    program: str = ""
    user: str = ""
    refusal: Refusal = Refusal.HELD
    where: Path | None = None  # the lock file that refused
    detail: str = ""

    @property
    def folder_read_only(self) -> bool:
        return self.refusal is Refusal.FOLDER_READ_ONLY

    @property
    def on_this_host(self) -> bool:
        return self.host == this_host()

    def since_text(self) -> str:
        if self.since is None:
            return tr("an unknown time")
        since = self.since.astimezone()
        return f"{day_month_year(since.date())} {since:%H:%M}"

    def sentence(self, name: str) -> str:
        """Why the file called name cannot be changed now, in one sentence for the command line."""
        if self.refusal is Refusal.HELD:
            host = tr("this computer") if self.on_this_host else self.host
            if self.user:
                text = tr(
                    "{name} is open for writing in {program} (process {pid} of user {user}) "
                    "on {host} since {since}; close it there and try again."
                )
            else:
                text = tr(
                    "{name} is open for writing in {program} (process {pid}) on {host} since "
                    "{since}; close it there and try again."
                )
            return text.format(
                name=name,
                program=self.program or tr("another program"),
                pid=self.pid,
                user=self.user,
                host=host,
                since=self.since_text(),
            )
        if self.refusal is Refusal.FILE_READ_ONLY:
            return tr(
                "{name} is read-only (its permissions allow no changes); make it writable, "
                "or work on a copy."
            ).format(name=name)
        if self.refusal is Refusal.NOT_A_LOCK:
            named = self.where.name if self.where else tr("like its lock")
            return tr(
                "The folder of {name} holds something named {named} that is not a "
                "Summit Planner lock file; remove it to change the summit."
            ).format(name=name, named=named)
        if self.refusal is Refusal.FOLDER_READ_ONLY:
            return tr(
                "The folder of {name} cannot be written to, so the summit cannot change."
            ).format(name=name)
        return tr("{name} cannot be locked for writing ({detail}); nothing was changed.").format(
            name=name, detail=self.detail
        )


def process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this host (one we may not signal still runs)."""
    # sys.platform rather than os.name: type checkers know which branch runs where
    if sys.platform == "win32":
        return _windows_process_exists(pid)
    else:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        except OSError:
            return False
        return True


if sys.platform == "win32":

    def _windows_process_exists(pid: int) -> bool:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists, not ours
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)


@dataclass
class Record:
    """What a lock file says."""

    pid: int
    host: str
    program: str = ""
    user: str = ""
    since: datetime | None = None
    token: str = ""
    file: str = ""
    identity: tuple[int, int] | None = None

    def holder(self, where: Path) -> LockHolder:
        return LockHolder(self.pid, self.host, self.since, self.program, self.user, where=where)


def parse(data: bytes, modified: float) -> Record | None:
    """The lock's record; None for anything that is not a lock (empty, garbage, too long)."""
    try:
        text = data.decode("utf-8")
        values = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        return parse_qt(data, modified)
    if not isinstance(values, dict):
        return None
    pid, host = values.get("pid"), values.get("host")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return None
    if not isinstance(host, str) or not host:
        return None
    try:
        since = datetime.fromisoformat(values["since"]) if "since" in values else None
    except (TypeError, ValueError):
        since = None
    listed, identity = values.get("identity"), None
    if isinstance(listed, list) and len(listed) == 2 and all(isinstance(n, int) for n in listed):
        identity = (listed[0], listed[1])
    return Record(
        pid,
        host,
        str(values.get("program", "")),
        str(values.get("user", "")),
        since,
        str(values.get("token", "")),
        str(values.get("file", "")),
        identity,
    )


def parse_qt(data: bytes, modified: float) -> Record | None:
    """A lock left by an earlier version, written by Qt: pid, program and host on lines."""
    lines = data.decode("utf-8", "replace").splitlines()
    if len(lines) < 3 or not lines[0].strip().isdigit() or not lines[2].strip():
        return None
    pid = int(lines[0])
    if not 0 < pid < 2**31:
        return None
    since = datetime.fromtimestamp(modified, UTC)
    return Record(pid, lines[2].strip(), lines[1].strip(), since=since)


class Found(Enum):
    GONE = "gone"
    STALE = "stale"
    LINK = "symbolic link"
    OTHER = "not a file"
    LIVE = "live"


def is_alive(record: Record) -> bool:
    if record.host != this_host():
        return True  # another computer's process cannot be asked: only its owner may remove it
    if record.pid == os.getpid():
        return record.token in held_tokens
    if not process_exists(record.pid):
        return False
    if record.identity is not None and record.file:
        # An identity lock names a file by device and inode; once that file is gone, the
        # numbers may belong to a new file and the old lock protects nothing.
        try:
            info = os.stat(record.file)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == record.identity
    return True


def examine(lock: Path) -> tuple[Found, Record | None]:
    """What lies at lock's name, never following a link and never opening what is not a file."""
    try:
        info = os.lstat(lock)
    except FileNotFoundError:
        return Found.GONE, None
    if stat.S_ISLNK(info.st_mode):
        return Found.LINK, None
    if not stat.S_ISREG(info.st_mode):
        return Found.OTHER, None
    try:
        descriptor = os.open(lock, os.O_RDONLY | NO_FOLLOW | BINARY | CLOSE_ON_EXEC)
    except FileNotFoundError:
        return Found.GONE, None
    except OSError:
        return Found.OTHER, None
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(MAX_LOCK_BYTES + 1)
    record = parse(data, info.st_mtime) if len(data) <= MAX_LOCK_BYTES else None
    if record is None:
        return Found.STALE, None
    return (Found.LIVE if is_alive(record) else Found.STALE), record


def create(lock: Path, content: bytes) -> None:
    """Make lock with content, exclusively and complete from the start; FileExistsError when
    something (even a dangling link) already has its name."""
    private = lock.with_name(f"{lock.name}.{secrets.token_hex(6)}.new")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NO_FOLLOW | BINARY | CLOSE_ON_EXEC
    descriptor = os.open(private, flags, 0o644)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
        try:
            os.link(private, lock)  # atomic, and never through a link at the lock's name
        except FileExistsError:
            raise
        except OSError:
            # A file system without hard links (FAT on a stick): create the name itself and
            # write the record in one call; readers may see it empty for that instant.
            descriptor = os.open(lock, flags, 0o644)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(content)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(private)


def take(lock: Path, content: bytes) -> LockHolder | None:
    """Take one lock file; None when it is ours now, else what stands in the way."""
    for attempt in range(TAKEOVER_ATTEMPTS):
        if attempt:
            time.sleep(0.002 * attempt)  # another program is taking over the same stale lock
        try:
            create(lock, content)
            return None
        except FileExistsError:
            pass
        except OSError as error:
            if isinstance(error, PermissionError) or error.errno == 30:  # EROFS
                return LockHolder(refusal=Refusal.FOLDER_READ_ONLY, where=lock)
            return LockHolder(refusal=Refusal.FAILED, where=lock, detail=error.strerror or "")
        found, record = examine(lock)
        if found is Found.LIVE and record is not None:
            return record.holder(lock)
        if found is Found.OTHER:
            return LockHolder(refusal=Refusal.NOT_A_LOCK, where=lock)
        if found in (Found.STALE, Found.LINK):
            refused = remove_stale(lock)
            if refused is not None:
                return refused
    found, record = examine(lock)
    if record is not None:
        return record.holder(lock)
    return LockHolder(refusal=Refusal.FAILED, where=lock, detail="others keep taking it")


def remove_stale(lock: Path) -> LockHolder | None:
    """Remove a stale lock (or a link in its place) unless another program is doing the same:
    the removal happens under a short guard, after looking again."""
    guard = lock.with_name(f"{lock.name}.takeover")
    token = secrets.token_hex(8)
    held_tokens.add(token)  # alive for this process's other threads too
    try:
        return remove_stale_guarded(lock, guard, token)
    finally:
        held_tokens.discard(token)


def remove_stale_guarded(lock: Path, guard: Path, token: str) -> LockHolder | None:
    try:
        create(guard, record_bytes(WINDOW_PROGRAM, None, None, token))
    except FileExistsError:
        found, _record = examine(guard)
        if found is not Found.LIVE:
            # A guard left by a program killed in those milliseconds. Two programs removing
            # the same dead guard at once could both go on; that needs a second crash
            # inside a window of microseconds, so it is left at that.
            with contextlib.suppress(OSError):
                os.unlink(guard)
        return None
    except OSError as error:
        return LockHolder(refusal=Refusal.FAILED, where=lock, detail=error.strerror or "")
    try:
        found, _record = examine(lock)
        if found in (Found.STALE, Found.LINK):
            log.info("Taking over the stale lock %s", lock)
            try:
                os.unlink(lock)  # removes a link itself, never what it points to
            except FileNotFoundError:
                pass
            except OSError as error:
                return LockHolder(refusal=Refusal.FAILED, where=lock, detail=error.strerror or "")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(guard)
    return None


def record_bytes(
    program: str, file: Path | None, identity: tuple[int, int] | None, token: str
) -> bytes:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    values = {
        "pid": os.getpid(),
        "host": this_host(),
        "program": program,
        "user": user,
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
        "token": token,
        "file": str(file) if file is not None else "",
        "identity": list(identity) if identity is not None else None,
    }
    # ASCII with escapes: a file name that is not UTF-8 (a lone surrogate in Python) is kept
    # exactly, as \udcXX, and reads back as the same name
    return (json.dumps(values, indent=1) + "\n").encode("ascii")
