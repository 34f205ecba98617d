"""Opening and creating summit files: the checks, the pragmas and the run-time binding."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import Database, DatabaseError, SqliteDatabase

from db import recovery
from db.backups import backup_copy, take_backup
from db.errors import (
    DamagedSummitFileError,
    NewerSummitFileError,
    NotASummitFileError,
    SummitFileError,
)
from db.migrations import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from db.models import database_proxy
from db.safe_files import not_a_regular_file, real_path, temporary_beside, write_failure
from db.schema_check import (
    ForeignSchemaError,
    RepairableFileError,
    schema_difference,
    tables_as_ours,
)
from db.translation import tr
from db.value_check import InvalidValueError, value_problems

FILE_SUFFIX = ".summit"
SQLITE_MAGIC = b"SQLite format 3\x00"

# A document must stay one file the user can copy (no WAL side files), must survive power
# loss, and must not run SQL functions smuggled into a received file's schema.
PRAGMAS = (
    ("foreign_keys", 1),
    ("journal_mode", "delete"),
    ("synchronous", "full"),
    ("trusted_schema", "off"),
)


def file_uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the file's header, reading nothing else.

    Raises SummitFileError when the file is missing, empty or not an SQLite database.
    """
    name = path.name
    if not path.exists():
        raise SummitFileError(tr("There is no file at {path}.").format(path=path))
    if path.is_dir():
        raise NotASummitFileError(tr("{path} is a folder, not a summit file.").format(path=path))
    if not path.is_file():  # a FIFO or a device: opening it to read could block forever
        raise NotASummitFileError(
            tr("{name} is not a regular file, so it is not a summit file.").format(name=name)
        )
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise SummitFileError(
            tr("{name} cannot be read: {strerror}.").format(name=name, strerror=error.strerror)
        ) from error
    if not header:
        raise NotASummitFileError(
            tr("{name} is empty, so it is not a summit file.").format(name=name)
        )
    if header.startswith(b"PK\x03\x04"):
        raise NotASummitFileError(
            tr(
                "{name} is a spreadsheet or another ZIP archive, not a summit "
                "file; use Import to read agenda issues from a spreadsheet."
            ).format(name=name)
        )
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotASummitFileError(tr("{name} is not a summit file.").format(name=name))
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def check_summit_file(path: Path) -> int:
    """Check, without writing, that path is a healthy summit file; return its format version.

    Healthy: SQLite's quick_check passes, the schema is exactly the one our migrations build
    for its format (no trigger, view or other object of its author's), and every value is
    one the planner can read (db.value_check). A file a crash left with a journal beside it
    is judged by a private copy with the journal rolled back (recovery.py), never by writing.
    """
    version, problems = inspect_summit_file(path)
    if problems:
        raise problems[0]
    return version


def inspect_summit_file(
    path: Path, *, limit: int | None = 1
) -> tuple[int, list[RepairableFileError]]:
    """Like check_summit_file, but return (format version, up to limit problems that a
    cleaned copy would fix) instead of raising them; raise what no copy can fix."""
    application_id, user_version = read_header(path)
    name = path.name
    if application_id != APPLICATION_ID:
        raise NotASummitFileError(
            tr("{name} is a database of another application, not a summit file.").format(name=name)
        )
    if user_version > SCHEMA_VERSION:
        raise NewerSummitFileError(
            tr(
                "{name} was saved by a newer version of Summit Planner (file "
                "format {user_version}, this version reads up to "
                "{supported}); install the newer version to open it."
            ).format(name=name, user_version=user_version, supported=SCHEMA_VERSION)
        )
    if user_version < 1:
        raise DamagedSummitFileError(
            tr("{name} is incomplete: it was never fully created.").format(name=name)
        )
    refuse_odd_journal(path)
    stamp = recovery.stamp_of(path)
    left_by_crash = recovery.left_by_crash(path)
    if not left_by_crash and VERIFIED.get(path.resolve()) == stamp:
        return user_version, []  # checked a moment ago and not touched since
    source = recovery.readable_copy(path) if left_by_crash else path
    problems = verify(source, name, user_version, limit)
    if not problems and not left_by_crash:
        VERIFIED.clear()  # only the latest: opening checks a file, then opens it
        VERIFIED[path.resolve()] = stamp
    return user_version, problems


def refuse_odd_journal(path: Path) -> None:
    """Refuse a file whose journal is not a regular file: SQLite would follow a link, wait
    forever on a named pipe, or fail on a folder there before any check could say why."""
    journal = recovery.journal_of(path.resolve())
    problem = not_a_regular_file(journal)
    if problem:
        raise SummitFileError(
            tr(
                "{name} was left as it is: {journal} beside it {problem}, not a "
                "journal of unfinished changes; remove it and try again."
            ).format(name=path.name, journal=journal.name, problem=problem)
        )


def verify(source: Path, name: str, version: int, limit: int | None) -> list[RepairableFileError]:
    """quick_check, the schema and the values of the file at source (never written)."""
    damaged = tr("{name} is damaged ({reason}); it was left as it is. Open a backup instead.")
    try:
        reader = sqlite3.connect(file_uri(source, "ro"), uri=True)
    except sqlite3.Error as error:
        raise DamagedSummitFileError(damaged.format(name=name, reason=error)) from error
    try:
        reader.execute("PRAGMA trusted_schema = OFF")
        # Pages are read, never memory-mapped: a received file truncated by another program
        # during the check must give an error, not a crash (mapping saved 3% of the time).
        verdict = quick_check_of(reader)
        if verdict != "ok":
            raise DamagedSummitFileError(damaged.format(name=name, reason=verdict))
        difference = schema_difference(reader, version)
        if difference is None:
            found = value_problems(reader, limit)
        elif limit is None or limit > 1:  # a diagnosis: the values of the tables that are ours
            found = value_problems(reader, limit, only=tables_as_ours(reader, version))
        else:
            found = []  # refused for its schema: its values need not be read
    except sqlite3.Error as error:
        raise DamagedSummitFileError(damaged.format(name=name, reason=error)) from error
    finally:
        reader.close()
    problems: list[RepairableFileError] = []
    if difference is not None:
        problems.append(ForeignSchemaError(name, difference))
    seen = set()  # "abc" in room_id is both no whole number and no room: said once
    for problem in found:
        if (problem.table, problem.row, problem.column) not in seen:
            seen.add((problem.table, problem.row, problem.column))
            problems.append(InvalidValueError(name, problem))
    return problems if limit is None else problems[:limit]


# The window checks a file before closing the summit that is open, then opens it, which
# checks again; checking a large file takes a noticeable moment, so a file whose size,
# modification time (to the nanosecond) and journal are those it had when it passed is not
# checked a second time.
VERIFIED: dict[Path, tuple[object, ...]] = {}


def quick_check_of(connection: sqlite3.Connection) -> str:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    # SQLite heads its list with "*** in database main ***" on a line of its own
    problems = [
        line.strip()
        for row in rows
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return problems[0] if problems else "ok"


def read_text(data: bytes) -> str:
    """A TEXT value as a string; bytes that are not UTF-8 (a file from a buggy tool, or
    planted) read as U+FFFD instead of failing every query that meets them."""
    return data.decode("utf-8", "replace")


class SummitDatabase(SqliteDatabase):
    """Our connection: peewee's, reading TEXT values with read_text()."""

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]  # private, so not in peewee's stubs
        conn.text_factory = read_text


def connect(path: Path, *, readonly: bool = False) -> SqliteDatabase:
    """A peewee database for an existing, checked summit file, with our pragmas."""
    database = SummitDatabase(
        file_uri(path, "ro" if readonly else "rw"),
        uri=True,
        pragmas=PRAGMAS if not readonly else (("foreign_keys", 1), ("trusted_schema", "off")),
    )
    database.connect()
    return database


def open_summit(
    path: Path, *, backup_dir: Path | None = None, readonly: bool = False
) -> SqliteDatabase:
    """Check path, back it up into backup_dir (when it is opened for writing), migrate it if it
    is older, and bind the models to it.

    Never creates a file. On any failure the file is left exactly as it was.
    """
    path = real_path(path)  # migrate the real file, not a symbolic link to it
    version = check_summit_file(path)
    if version < SCHEMA_VERSION and readonly:
        raise SummitFileError(
            tr(
                "{name} uses an older file format and must be upgraded before it "
                "can be opened read-only."
            ).format(name=path.name)
        )
    left_by_crash = recovery.recovered(path)
    if left_by_crash is not None and readonly:
        # read the private copy with the journal rolled back: the file itself stays as it is
        database = connect(left_by_crash.copy, readonly=True)
        bind(database)
        recovery.use(left_by_crash)
        return database
    if left_by_crash is not None:
        recovery.install(left_by_crash)  # checked healthy: now the file's own state
        VERIFIED.clear()
        VERIFIED[path] = recovery.stamp_of(path)
    if backup_dir is not None and not readonly:
        try:
            take_backup(path, backup_dir)
        except (OSError, sqlite3.Error) as error:
            raise SummitFileError(
                tr(
                    "{name} was not opened: its backup could not be written to "
                    "{backup_dir} ({error})."
                ).format(name=path.name, backup_dir=backup_dir, error=error)
            ) from error
    if version < SCHEMA_VERSION:
        apply_migrations(path, version)  # the backup above is the copy from before the upgrade
    database = connect(path, readonly=readonly)
    bind(database)
    return database


def bind(database: Database) -> None:
    """Make the models use database, closing whatever summit they used before."""
    close_summit()
    database_proxy.initialize(database)


def close_summit() -> None:
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()
    database_proxy.initialize(None)
    recovery.release()


def create_summit(
    path: Path,
    populate: Callable[[SqliteDatabase], None] | None = None,
    *,
    overwrite: bool = False,
) -> SqliteDatabase:
    """Create a new summit file at path, fill it with populate, and bind the models to it.

    The file is built under a temporary name and moved into place only when complete, so a
    failure leaves no half-made file and never harms a file that was there before.
    """
    path = Path(path)
    if (path.exists() or path.is_symlink()) and not overwrite:
        raise SummitFileError(
            tr("{name} already exists; choose another name.").format(name=path.name)
        )
    if not path.parent.is_dir():
        raise SummitFileError(tr("The folder {parent} does not exist.").format(parent=path.parent))
    refuse_unless_replaceable(path)
    try:
        with temporary_beside(path, "creating") as temporary:
            apply_migrations(temporary, 0)
            if populate is not None:
                database = connect(temporary)
                bind(database)
                try:
                    with database.atomic():
                        populate(database)
                finally:
                    close_summit()
            os.replace(temporary, path)
    except (OSError, sqlite3.Error, DatabaseError) as error:
        raise SummitFileError(
            tr("{name} could not be created: {write_failure}.").format(
                name=path.name, write_failure=write_failure(error)
            )
        ) from error
    database = connect(path)
    bind(database)
    return database


def refuse_unless_replaceable(path: Path) -> None:
    problem = not_a_regular_file(path)
    if problem:
        raise SummitFileError(
            tr("{path} {problem}, not a summit file; choose another name.").format(
                path=path, problem=problem
            )
        )


def copy_summit(source: Path, destination: Path) -> None:
    """Copy a summit file through SQLite's backup API into place, replacing destination.

    The copy is written under a temporary name first, so a failure leaves destination as it was.
    """
    destination = Path(destination)
    refuse_unless_replaceable(destination)
    try:
        backup_copy(source, destination)
    except sqlite3.Error as error:
        raise SummitFileError(
            tr("The copy could not be written: {write_failure}.").format(
                write_failure=write_failure(error)
            )
        ) from error
    except OSError as error:
        raise SummitFileError(
            tr("The copy could not be written to {parent}: {write_failure}.").format(
                parent=destination.parent, write_failure=write_failure(error)
            )
        ) from error
