"""Opening and creating summit files: the checks, the pragmas and the run-time binding."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from db.backups import backup_copy, take_backup
from db.errors import (
    DamagedSummitFileError,
    NewerSummitFileError,
    NotASummitFileError,
    SummitFileError,
)
from db.migrations import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from db.models import ALL_MODELS, database_proxy
from db.safe_files import not_a_regular_file, temporary_beside, write_failure

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
        raise SummitFileError(f"There is no file at {path}.")
    if path.is_dir():
        raise NotASummitFileError(f"{path} is a folder, not a summit file.")
    if not path.is_file():  # a FIFO or a device: opening it to read could block forever
        raise NotASummitFileError(f"{name} is not a regular file, so it is not a summit file.")
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise SummitFileError(f"{name} cannot be read: {error.strerror}.") from error
    if not header:
        raise NotASummitFileError(f"{name} is empty, so it is not a summit file.")
    if header.startswith(b"PK\x03\x04"):
        raise NotASummitFileError(
            f"{name} is a spreadsheet or another ZIP archive, not a summit file; "
            "use Import to read agenda issues from a spreadsheet."
        )
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotASummitFileError(f"{name} is not a summit file.")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def check_summit_file(path: Path) -> int:
    """Check, without writing, that path is a healthy summit file; return its format version."""
    application_id, user_version = read_header(path)
    name = path.name
    if application_id != APPLICATION_ID:
        raise NotASummitFileError(
            f"{name} is a database of another application, not a summit file."
        )
    if user_version > SCHEMA_VERSION:
        raise NewerSummitFileError(
            f"{name} was saved by a newer version of Summit Planner (file format {user_version}, "
            f"this version reads up to {SCHEMA_VERSION}); install the newer version to open it."
        )
    if user_version < 1:
        raise DamagedSummitFileError(f"{name} is incomplete: it was never fully created.")
    recover_hot_journal(path)
    stamp = file_stamp(path)
    if VERIFIED.get(path.resolve()) == stamp:
        return user_version  # checked a moment ago and not touched since
    verdict = quick_check(path)
    if verdict == "ok" and user_version == SCHEMA_VERSION:
        # An older file lacks the newer tables until it is migrated; a current one may not.
        verdict = missing_tables(path)
    if verdict != "ok":
        raise DamagedSummitFileError(
            f"{name} is damaged ({verdict}); it was left as it is. Open a backup instead."
        )
    VERIFIED.clear()  # only the latest: opening checks a file, then opens it
    VERIFIED[path.resolve()] = stamp
    return user_version


# The window checks a file before closing the summit that is open, then opens it, which
# checks again; a quick_check of a large file takes a noticeable moment, so a file whose
# size and modification time (to the nanosecond) are those it had when it passed is not
# checked a second time.
VERIFIED: dict[Path, tuple[int, int, int]] = {}


def file_stamp(path: Path) -> tuple[int, int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns, status.st_ino


def recover_hot_journal(path: Path) -> None:
    """Roll back a transaction a crash left unfinished, as SQLite does on its next write.

    A read-only check cannot do that itself and would call a healthy file damaged.
    """
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        writer = sqlite3.connect(file_uri(path, "rw"), uri=True, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the quick check that follows reports what is wrong
    finally:
        writer.close()


def quick_check(path: Path) -> str:
    """Return 'ok' or SQLite's first complaint; an error from the check itself is damage too."""
    try:
        connection = sqlite3.connect(file_uri(path, "ro"), uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    # SQLite heads its list with "*** in database main ***" on a line of its own
    problems = [
        line.strip()
        for row in rows
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return problems[0] if problems else "ok"


def missing_tables(path: Path) -> str:
    """'ok' when every table of the current format is there, else which one is missing."""
    connection = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    for model in ALL_MODELS:
        if model._meta.table_name not in present:
            return f"the table {model._meta.table_name} is missing"
    return "ok"


def read_text(data: bytes) -> str:
    """A TEXT value as a string; bytes that are not UTF-8 (a file from a buggy tool, or
    planted) read as U+FFFD instead of failing every query that meets them."""
    return data.decode("utf-8", "replace")


class SummitDatabase(SqliteDatabase):
    """Our connection: peewee's, reading TEXT values with read_text()."""

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)
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
    path = Path(path).resolve()  # migrate the real file, not a symbolic link to it
    version = check_summit_file(path)
    if version < SCHEMA_VERSION and readonly:
        raise SummitFileError(
            f"{path.name} uses an older file format and must be upgraded before it "
            "can be opened read-only."
        )
    if backup_dir is not None and not readonly:
        try:
            take_backup(path, backup_dir)
        except (OSError, sqlite3.Error) as error:
            raise SummitFileError(
                f"{path.name} was not opened: its backup could not be written to "
                f"{backup_dir} ({error})."
            ) from error
    if version < SCHEMA_VERSION:
        apply_migrations(path, version)  # the backup above is the copy from before the upgrade
    database = connect(path, readonly=readonly)
    bind(database)
    return database


def bind(database: SqliteDatabase) -> None:
    """Make the models use database, closing whatever summit they used before."""
    close_summit()
    database_proxy.initialize(database)


def close_summit() -> None:
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()
    database_proxy.initialize(None)


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
        raise SummitFileError(f"{path.name} already exists; choose another name.")
    if not path.parent.is_dir():
        raise SummitFileError(f"The folder {path.parent} does not exist.")
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
            f"{path.name} could not be created: {write_failure(error)}."
        ) from error
    database = connect(path)
    bind(database)
    return database


def refuse_unless_replaceable(path: Path) -> None:
    problem = not_a_regular_file(path)
    if problem:
        raise SummitFileError(f"{path} {problem}, not a summit file; choose another name.")


def copy_summit(source: Path, destination: Path) -> None:
    """Copy a summit file through SQLite's backup API into place, replacing destination.

    The copy is written under a temporary name first, so a failure leaves destination as it was.
    """
    destination = Path(destination)
    refuse_unless_replaceable(destination)
    try:
        backup_copy(source, destination)
    except sqlite3.Error as error:
        raise SummitFileError(f"The copy could not be written: {write_failure(error)}.") from error
    except OSError as error:
        raise SummitFileError(
            f"The copy could not be written to {destination.parent}: {write_failure(error)}."
        ) from error
