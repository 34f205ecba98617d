"""The open summit and the flow of opening, creating and closing one, without any widgets.

A `Workspace` holds the summit that is open (its path, whether it is read-only, its lock) and
decides every step of making another one current: check the file; offer a damaged file's
newest good backup; offer a cleaned copy of a received file that holds what a summit file may
not; take the lock, or offer read-only when the file cannot be written now; open; and if that
fails, open again the summit that was open before.

The protocol is a generator. `Workspace.open(path)` (and `open_sample()`) yields a question
whenever the flow needs the user: `AskRestoreBackup`, `AskCleanedCopy` or `AskReadOnly`. The
caller shows it however it likes and sends the answer back, and the generator returns the
outcome: `Opened`, `Refused`, `Declined`, `Unwritable` or `AlreadyOpen`. `drive(flow, answer)`
runs a flow with a function that answers each question, which is all a window or a test
needs. A generator rather than callbacks keeps this module free of anything that shows a
question, and lets a test script the answers and see the questions in order.

The questions and outcomes carry facts, not sentences, where the sentence belongs to the window
(it is translated there); messages of the planner's own errors are passed on as they are.
`before_close` is called before the open summit's file is closed, so that whatever reads it
(views, background checks) lets go first.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from db.location import ServerLocation
from db.safe_files import real_path
from db.schema_check import RepairableFileError
from planner.backups import BackupEntry, newest_good_backup, restore_backup
from planner.errors import USER_ERRORS, DamagedSummitFileError
from planner.file_lock import LockHolder, Refusal, SummitLock, same_file
from planner.paths import sample_summit_path
from planner.repair import repair_summit_file
from planner.sample import create_sample_summit
from planner.summit_file import (
    check_file,
    close_summit_file,
    new_summit_file,
    open_summit_file,
    with_suffix,
)

MAX_RECENT = 8


@dataclass
class OpenSummit:
    """The summit file that is current: where it is, whether it may change, and its lock."""

    path: Path  # resolved; a server summit's: its name
    readonly: bool = False
    lock: SummitLock | None = None
    location: ServerLocation | None = None  # a summit on a server (no lock: it has its own)

    @property
    def remembered(self) -> str:
        """How the recent list and the next start find it again (a URI without password)."""
        return self.location.shown if self.location is not None else str(self.path)


# Questions: what the flow asks, and what it expects back.


@dataclass(frozen=True)
class AskRestoreBackup:
    """path is damaged (problem says how); restore entry, its newest good backup? The answer is
    where to restore it (a new file), or None."""

    path: Path
    problem: str
    entry: BackupEntry


@dataclass(frozen=True)
class AskCleanedCopy:
    """path holds what a summit file may not (problem says what); open a cleaned copy written
    beside it instead? The answer is True or False."""

    path: Path
    problem: str


@dataclass(frozen=True)
class AskReadOnly:
    """path cannot be written to now (holder says why); open it read-only? True or False."""

    path: Path
    holder: LockHolder


Question = AskRestoreBackup | AskCleanedCopy | AskReadOnly


# Outcomes: how a flow ended.


class Step(Enum):
    """What was being done when a flow was refused."""

    OPEN = "open"
    CREATE = "create"
    RESTORE = "restore"


@dataclass(frozen=True)
class Opened:
    """summit is open now; cleaned_from: the received file it is a cleaned copy of (changes:
    how many things were cleaned); restored: the backup it was restored from."""

    summit: OpenSummit
    cleaned_from: Path | None = None
    changes: int = 0
    restored: BackupEntry | None = None


@dataclass(frozen=True)
class Refused:
    """The step could not be done; message says why in one sentence. What was open is open."""

    message: str
    step: Step = Step.OPEN


@dataclass(frozen=True)
class Declined:
    """The user answered no; nothing changed."""


@dataclass(frozen=True)
class Unwritable:
    """A new file cannot be made at path: holder stands in its way (another window holds it,
    or something not a lock lies where its lock goes)."""

    path: Path
    holder: LockHolder


@dataclass(frozen=True)
class AlreadyOpen:
    """A new summit was to replace path, the summit that is open."""

    path: Path


Outcome = Opened | Refused | Declined | Unwritable | AlreadyOpen
Flow = Generator[Question, object, Outcome]


def drive(flow: Flow, answer: Callable[[Question], object]) -> Outcome:
    """Run flow to its end, answering each question it asks with answer(question)."""
    try:
        question = next(flow)
        while True:
            question = flow.send(answer(question))
    except StopIteration as done:
        outcome: Outcome = done.value
        return outcome


def remember(recent: list[str], path: Path | str, limit: int = MAX_RECENT) -> list[str]:
    """The recent files list with path (or a server summit's URI) first, once, and at most
    limit files."""
    name = str(path)
    return ([name] + [item for item in recent if item != name])[:limit]


class Workspace:
    """The summit that is open in one window, and the flows that change which one it is."""

    def __init__(self, before_close: Callable[[], None] | None = None) -> None:
        self.current: OpenSummit | None = None
        self.before_close = before_close or (lambda: None)

    def open(self, path: Path) -> Flow:
        """Open the summit file at path; on any refusal what was open stays open."""
        path = Path(path)
        problem: DamagedSummitFileError | RepairableFileError | None = None
        try:
            check_file(path)  # refuse a bad file before closing the summit that is open
        except (DamagedSummitFileError, RepairableFileError) as error:
            problem = error
        except USER_ERRORS as error:
            return Refused(str(error))
        if isinstance(problem, DamagedSummitFileError):
            return (yield from self.offer_backup(path, str(problem)))
        if problem is not None:
            return (yield from self.offer_cleaned_copy(path, str(problem)))
        if self.current is not None and same_file(self.current.path, path):
            self.close()  # opened again, by any name: let go of our own lock first
        lock = SummitLock(path)
        holder = lock.acquire()
        if holder is None:
            return self.replace(path, lambda: open_summit_file(path), Step.OPEN, lock=lock)
        if not (yield AskReadOnly(path, holder)):
            return Declined()
        return self.replace(
            path, lambda: open_summit_file(path, readonly=True), Step.OPEN, readonly=True
        )

    def open_server(self, location: ServerLocation) -> Outcome:
        """Open a summit on a server; on a refusal what was open stays open."""
        previous = self.current
        self.close()
        try:
            open_summit_file(location)
        except USER_ERRORS as error:
            close_summit_file()
            self.reopen(previous)
            return Refused(str(error))
        self.current = OpenSummit(Path(location.summit), location=location)
        return Opened(self.current)

    def offer_backup(self, path: Path, problem: str) -> Flow:
        """A damaged file is left alone; its newest good backup is offered, as a new file."""
        entry = newest_good_backup(path)
        if entry is None:
            return Refused(problem)
        destination = yield AskRestoreBackup(path, problem, entry)
        if destination is None:
            return Declined()
        destination = Path(str(destination))
        current = self.current.path if self.current is not None else None
        try:
            restore_backup(entry.backup, destination, open_file=current)
        except USER_ERRORS as error:
            return Refused(str(error), Step.RESTORE)
        outcome = yield from self.open(destination)
        return replace(outcome, restored=entry) if isinstance(outcome, Opened) else outcome

    def offer_cleaned_copy(self, path: Path, problem: str) -> Flow:
        """A received file holds what a summit file may not: offer a cleaned copy, written
        beside it, and open that; the received file stays as it is."""
        if not (yield AskCleanedCopy(path, problem)):
            return Declined()
        try:
            copy, changes = repair_summit_file(path)
        except USER_ERRORS as error:
            return Refused(str(error))
        outcome = yield from self.open(copy)
        if isinstance(outcome, Opened):
            return replace(outcome, cleaned_from=path, changes=len(changes))
        return outcome

    def open_sample(self) -> Flow:
        """Open the sample summit, creating it first if it is not there."""
        path = sample_summit_path()
        if path.exists():
            return (yield from self.open(path))
        return self.create(path, lambda: create_sample_summit(path))

    def new_summit(self, path: Path) -> Outcome:
        """Create an empty summit at path (replacing any file there but the open summit)."""
        path = with_suffix(path)
        try:
            real = real_path(path)
        except USER_ERRORS as error:
            return Refused(str(error), Step.CREATE)
        if self.current is not None and real == self.current.path:
            return AlreadyOpen(path)
        return self.create(path, lambda: new_summit_file(path, overwrite=True))

    def create(self, path: Path, make: Callable[[], None]) -> Outcome:
        """Make a new summit file at path with make() and open it."""
        return self.replace(Path(path), make, Step.CREATE)

    def replace(
        self,
        path: Path,
        make_current: Callable[[], None],
        step: Step,
        *,
        readonly: bool = False,
        lock: SummitLock | None = None,
    ) -> Outcome:
        """Close the open summit, make path current; if that fails, reopen the previous one.
        Without a lock, a writable path is about to be made, and is locked here."""
        previous = self.current
        self.close()
        if lock is None and not readonly:
            lock = SummitLock(path)  # a new file: nobody else should have it open
            holder = lock.acquire(replacing=True)
            if holder is not None:
                lock = None  # no folder to lock in: making the file says what is wrong
                if holder.refusal in (Refusal.HELD, Refusal.NOT_A_LOCK):
                    self.reopen(previous)
                    return Unwritable(path, holder)
        try:
            make_current()
        except USER_ERRORS as error:
            close_summit_file()
            if lock is not None:
                lock.release()
            self.reopen(previous)
            return Refused(str(error), step)
        if lock is not None:
            lock.acquire(replacing=True)  # a file made just now: lock its identity too
        self.current = OpenSummit(path.resolve(), readonly=readonly, lock=lock)
        return Opened(self.current)

    def reopen(self, previous: OpenSummit | None) -> bool:
        """Open again the summit that was open before a failed attempt (read-only if it was,
        or if another window has taken it meanwhile)."""
        if previous is None:
            return False
        if previous.location is not None:
            try:
                open_summit_file(previous.location)
            except USER_ERRORS:
                return False
            self.current = previous
            return True
        path, readonly = previous.path, previous.readonly
        lock = None if readonly else SummitLock(path)
        if lock is not None and lock.acquire() is not None:
            lock, readonly = None, True
        try:
            open_summit_file(path, readonly=readonly)
        except USER_ERRORS:
            if lock is not None:
                lock.release()
            return False
        self.current = OpenSummit(path, readonly=readonly, lock=lock)
        return True

    def close(self) -> None:
        """Let go of the open summit: its readers first, then its file, then its lock."""
        if self.current is None:
            return
        summit, self.current = self.current, None
        self.before_close()
        close_summit_file()
        if summit.lock is not None:
            summit.lock.release()
