"""Copying a whole summit between a file and a server, or between two of either, table by table.

The source is read in one transaction (REPEATABLE READ on a server), so the copy is one
consistent moment of it even while others edit: a server summit copied to a file is a backup.
The destination is written in one transaction too (a file under a temporary name moved into
place when complete), so a failure leaves nothing half-copied.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

from peewee import Database, DatabaseError

from db.connection import (
    check_summit_file,
    connect,
    refuse_unless_replaceable,
)
from db.errors import NewerSummitFileError, SummitFileError
from db.location import ServerLocation
from db.migrations import SCHEMA_VERSION, apply_migrations
from db.models import ALL_MODELS, BaseModel
from db.safe_files import real_path, temporary_beside, write_failure
from db.server import (
    connect_server,
    creating,
    reset_row_ids,
    server_identity,
    summit_version,
)

Location = Path | ServerLocation
BATCH = 2_000


def columns_of(model: type[BaseModel]) -> list[str]:
    return [field.column_name for field in model._meta.sorted_fields]


def stored(value: object) -> object:
    """A value as the file keeps it: dates and times as ISO text, booleans as integers."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    return value


def table_rows(database: Database, model: type[BaseModel]) -> Iterator[list[tuple[object, ...]]]:
    """The table's rows in id order, as stored values, a batch at a time."""
    names = ", ".join(f'"{name}"' for name in columns_of(model))
    cursor = database.execute_sql(f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY id')
    while batch := cursor.fetchmany(BATCH):
        yield [tuple(stored(value) for value in row) for row in batch]


def write_tables(source: Database, destination: Database) -> None:
    """Insert every table of source into the (empty, migrated) destination, with its ids."""
    cursor = destination.cursor()
    for model in ALL_MODELS:
        columns = columns_of(model)
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        insert = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
        for batch in table_rows(source, model):
            cursor.executemany(insert, batch)


@contextmanager
def reading(source: Location) -> Iterator[Database]:
    """The source summit in one read-only transaction, at the current format."""
    if isinstance(source, ServerLocation):
        server = connect_server(source, readonly=True)
        try:
            version = summit_version(server)
            if version is None:
                raise SummitFileError(f"There is no summit {source.summit} in {source.where}.")
            if version > SCHEMA_VERSION:
                raise NewerSummitFileError(
                    f"The summit {source.summit} was saved by a newer version of Summit Planner "
                    f"(format {version}, this version reads up to {SCHEMA_VERSION}); install "
                    "the newer version to copy it."
                )
            if version != SCHEMA_VERSION:
                raise SummitFileError(
                    f"The summit {source.summit} is in format {version}, not {SCHEMA_VERSION}; "
                    "open it once with this version to bring it up to date, then copy it."
                )
            with server.atomic(isolation_level="REPEATABLE READ"):
                yield server
        finally:
            server.close()
        return
    path = real_path(source)
    version = check_summit_file(path)
    with temporary_beside(path, "copying") as upgraded:
        if version < SCHEMA_VERSION:  # an older file is copied as it reads once upgraded
            from db.backups import copy_into

            copy_into(path, upgraded)
            apply_migrations(upgraded, version)
            path = upgraded
        database = connect(path, readonly=True)
        try:
            with database.atomic():
                yield database
        finally:
            database.close()


def copy_location(source: Location, destination: Location, *, replace: bool = False) -> int:
    """Copy the summit at source to destination; return how many rows were copied.

    Refuses a destination that already holds a summit (a file that exists) unless replace.
    """
    if same_summit(source, destination):
        raise SummitFileError(
            f"{destination} is the summit {source} itself (the same file, or the same server, "
            "database and summit spelled another way); a summit cannot be copied onto itself, "
            "so choose another target."
        )
    with reading(source) as reader:
        if isinstance(destination, ServerLocation):
            with creating(destination, replace=replace) as writer:
                write_tables(reader, writer)
                reset_row_ids(writer, [m._meta.table_name for m in ALL_MODELS])
            writer.close()
        else:
            copy_to_file(reader, Path(destination), replace=replace)
        return sum(count_rows(reader, model) for model in ALL_MODELS)


def same_summit(source: Location, destination: Location) -> bool:
    """Whether both name one summit: one file (by its path, or the same inode through another
    name or a hard link), or one summit of one database of one server (by the server's
    identity, whatever host alias or port spelling each URI uses)."""
    if str(source) == str(destination):
        return True
    if isinstance(source, Path) and isinstance(destination, Path):
        if real_path(source) == real_path(destination):
            return True
        try:
            return os.path.samefile(source, destination)
        except OSError:
            return False  # one of them does not exist (yet): not the same file
    if isinstance(source, ServerLocation) and isinstance(destination, ServerLocation):
        if source.summit != destination.summit:
            return False
        try:
            target = server_identity(destination)
        except SummitFileError:
            return False  # an unreachable target is said so when it is written
        return server_identity(source) == target
    return False


def count_rows(database: Database, model: type[BaseModel]) -> int:
    found: int = database.execute_sql(
        f'SELECT count(*) FROM "{model._meta.table_name}"'
    ).fetchone()[0]
    return found


def copy_to_file(reader: Database, path: Path, *, replace: bool) -> None:
    if (path.exists() or path.is_symlink()) and not replace:
        raise SummitFileError(
            f"{path.name} already exists; give --replace to overwrite it, or choose another name."
        )
    if not path.parent.is_dir():
        raise SummitFileError(f"The folder {path.parent} does not exist.")
    refuse_unless_replaceable(path)
    try:
        with temporary_beside(path, "copying") as temporary:
            apply_migrations(temporary, 0)
            writer = connect(temporary)
            try:
                with writer.atomic():
                    write_tables(reader, writer)
            finally:
                writer.close()
            os.replace(temporary, path)
    except (OSError, sqlite3.Error, DatabaseError) as error:
        raise SummitFileError(
            f"{path.name} could not be written: {write_failure(error)}."
        ) from error
