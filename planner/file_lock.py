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
import getpass
import json
import logging
import os
import secrets
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from planner.errors import PlannerError

log = logging.getLogger(__name__)

WINDOW_PROGRAM = "Summit Planner"
MAX_LOCK_BYTES = 4096  # a lock says a few lines; anything longer is not one of ours
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)
CLOSE_ON_EXEC = getattr(os, "O_CLOEXEC", 0)
TAKEOVER_ATTEMPTS = 5

_held_tokens: set[str] = set()  # locks this process holds now (a pid alone may be recycled)


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
            return "an unknown time"
        return self.since.astimezone().strftime("%d %b %Y %H:%M")

    def sentence(self, name: str) -> str:
        """Why the file called name cannot be changed now, in one sentence for the command line."""
        if self.refusal is Refusal.HELD:
            host = "this computer" if self.on_this_host else self.host
            user = f" of user {self.user}" if self.user else ""
            return (
                f"{name} is open for writing in {self.program or 'another program'} "
                f"(process {self.pid}{user}) on {host} since {self.since_text()}; "
                "close it there and try again."
            )
        if self.refusal is Refusal.FILE_READ_ONLY:
            return (
                f"{name} is read-only (its permissions allow no changes); "
                "make it writable, or work on a copy."
            )
        if self.refusal is Refusal.NOT_A_LOCK:
            named = self.where.name if self.where else "like its lock"
            return (
                f"The folder of {name} holds something named {named} that is not a "
                "Summit Planner lock file; remove it to change the summit."
            )
        if self.refusal is Refusal.FOLDER_READ_ONLY:
            return f"The folder of {name} cannot be written to, so the summit cannot change."
        return f"{name} cannot be locked for writing ({self.detail}); nothing was changed."


class FileLockedError(PlannerError):
    """A writing command was refused because the summit file cannot be written now."""


def this_host() -> str:
    return socket.gethostname()


def lock_path(path: Path) -> Path:
    """The lock beside the real file (a symbolic link is followed to the file it names)."""
    real = Path(path).resolve()
    return real.with_name(f".~lock.{real.name}")


def same_file(first: Path, second: Path) -> bool:
    """Whether two names lead to the same file (through symbolic or hard links)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).resolve() == Path(second).resolve()


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
    elif os.name == "nt" or sys.platform == "darwin":
        folder = Path(tempfile.gettempdir()) / "summit-planner"  # already per user there
    else:
        folder = Path(tempfile.gettempdir()) / f"summit-planner-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError as error:
        log.warning("No folder for identity locks at %s: %s", folder, error)
        return None
    if os.name != "nt" and (
        not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077
    ):
        log.warning("%s is not a private folder of this user; identity locks are off", folder)
        return None
    return folder


def process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this host (one we may not signal still runs)."""
    if os.name == "nt":
        return _windows_process_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _windows_process_exists(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
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
class _Record:
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


def _parse(data: bytes, modified: float) -> _Record | None:
    """The lock's record; None for anything that is not a lock (empty, garbage, too long)."""
    try:
        text = data.decode("utf-8")
        values = json.loads(text)
    except (UnicodeDecodeError, ValueError):
        return _parse_qt(data, modified)
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
    identity = values.get("identity")
    valid = isinstance(identity, list) and len(identity) == 2
    valid = valid and all(isinstance(n, int) for n in identity)
    return _Record(
        pid,
        host,
        str(values.get("program", "")),
        str(values.get("user", "")),
        since,
        str(values.get("token", "")),
        str(values.get("file", "")),
        (identity[0], identity[1]) if valid else None,
    )


def _parse_qt(data: bytes, modified: float) -> _Record | None:
    """A lock left by an earlier version, written by Qt: pid, program and host on lines."""
    lines = data.decode("utf-8", "replace").splitlines()
    if len(lines) < 3 or not lines[0].strip().isdigit() or not lines[2].strip():
        return None
    pid = int(lines[0])
    if not 0 < pid < 2**31:
        return None
    since = datetime.fromtimestamp(modified, UTC)
    return _Record(pid, lines[2].strip(), lines[1].strip(), since=since)


class _Found(Enum):
    GONE = "gone"
    STALE = "stale"
    LINK = "symbolic link"
    OTHER = "not a file"
    LIVE = "live"


def _is_alive(record: _Record) -> bool:
    if record.host != this_host():
        return True  # another computer's process cannot be asked: only its owner may remove it
    if record.pid == os.getpid():
        return record.token in _held_tokens
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


def _inspect(lock: Path) -> tuple[_Found, _Record | None]:
    """What lies at lock's name, never following a link and never opening what is not a file."""
    try:
        info = os.lstat(lock)
    except FileNotFoundError:
        return _Found.GONE, None
    if stat.S_ISLNK(info.st_mode):
        return _Found.LINK, None
    if not stat.S_ISREG(info.st_mode):
        return _Found.OTHER, None
    try:
        descriptor = os.open(lock, os.O_RDONLY | NO_FOLLOW | BINARY | CLOSE_ON_EXEC)
    except FileNotFoundError:
        return _Found.GONE, None
    except OSError:
        return _Found.OTHER, None
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(MAX_LOCK_BYTES + 1)
    record = _parse(data, info.st_mtime) if len(data) <= MAX_LOCK_BYTES else None
    if record is None:
        return _Found.STALE, None
    return (_Found.LIVE if _is_alive(record) else _Found.STALE), record


def _create(lock: Path, content: bytes) -> None:
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


def _take(lock: Path, content: bytes) -> LockHolder | None:
    """Take one lock file; None when it is ours now, else what stands in the way."""
    for attempt in range(TAKEOVER_ATTEMPTS):
        if attempt:
            time.sleep(0.002 * attempt)  # another program is taking over the same stale lock
        try:
            _create(lock, content)
            return None
        except FileExistsError:
            pass
        except OSError as error:
            if isinstance(error, PermissionError) or error.errno == 30:  # EROFS
                return LockHolder(refusal=Refusal.FOLDER_READ_ONLY, where=lock)
            return LockHolder(refusal=Refusal.FAILED, where=lock, detail=error.strerror or "")
        found, record = _inspect(lock)
        if found is _Found.LIVE and record is not None:
            return record.holder(lock)
        if found is _Found.OTHER:
            return LockHolder(refusal=Refusal.NOT_A_LOCK, where=lock)
        if found in (_Found.STALE, _Found.LINK):
            refused = _remove_stale(lock)
            if refused is not None:
                return refused
    found, record = _inspect(lock)
    if record is not None:
        return record.holder(lock)
    return LockHolder(refusal=Refusal.FAILED, where=lock, detail="others keep taking it")


def _remove_stale(lock: Path) -> LockHolder | None:
    """Remove a stale lock (or a link in its place) unless another program is doing the same:
    the removal happens under a short guard, after looking again."""
    guard = lock.with_name(f"{lock.name}.takeover")
    token = secrets.token_hex(8)
    _held_tokens.add(token)  # alive for this process's other threads too
    try:
        return _remove_stale_guarded(lock, guard, token)
    finally:
        _held_tokens.discard(token)


def _remove_stale_guarded(lock: Path, guard: Path, token: str) -> LockHolder | None:
    try:
        _create(guard, _record_bytes(WINDOW_PROGRAM, None, None, token))
    except FileExistsError:
        found, _record = _inspect(guard)
        if found is not _Found.LIVE:
            # A guard left by a program killed in those milliseconds. Two programs removing
            # the same dead guard at once could both go on; that needs a second crash
            # inside a window of microseconds, so it is left at that.
            with contextlib.suppress(OSError):
                os.unlink(guard)
        return None
    except OSError as error:
        return LockHolder(refusal=Refusal.FAILED, where=lock, detail=error.strerror or "")
    try:
        found, _record = _inspect(lock)
        if found in (_Found.STALE, _Found.LINK):
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


def _record_bytes(
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
    return (json.dumps(values, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


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
        real = Path(self.file).resolve()
        if not replacing and not self.held and file_is_read_only(real):
            return LockHolder(refusal=Refusal.FILE_READ_ONLY, where=real)
        wanted = [(self.path, None)]
        with contextlib.suppress(OSError):
            info = os.stat(real)
            folder = runtime_dir()
            if folder is not None:
                identity = (info.st_dev, info.st_ino)
                wanted.append((folder / f"{identity[0]}-{identity[1]}.lock", identity))
        _held_tokens.add(self.token)
        taken: list[Path] = []
        for lock, identity in wanted:
            if lock in self.held:
                continue
            holder = _take(lock, _record_bytes(self.program, real, identity, self.token))
            if holder is not None:
                self.release(taken)
                return holder
            self.held.append(lock)
            taken.append(lock)
        return None

    def release(self, parts: list[Path] | None = None) -> None:
        """Let go of the given parts, by default all (only what is still ours is removed)."""
        for lock in reversed(list(self.held if parts is None else parts)):
            found, record = _inspect(lock)
            if record is not None and record.token == self.token:
                with contextlib.suppress(OSError):
                    os.unlink(lock)
            elif found is not _Found.GONE:
                log.warning("The lock %s is no longer ours; it was left in place", lock)
            self.held.remove(lock)
        if not self.held:
            _held_tokens.discard(self.token)

    @property
    def is_held(self) -> bool:
        return bool(self.held)


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
