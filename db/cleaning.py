"""A cleaned copy of a received summit file: our schema, rebuilt by our migrations, holding the
file's data, with values a summit file may not hold replaced or their rows left out."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from peewee import Field, ForeignKeyField

from db import recovery
from db.connection import file_uri, inspect_summit_file
from db.errors import SummitFileError
from db.migrations import MIGRATIONS, SCHEMA_VERSION, apply_steps
from db.models import ALL_MODELS, BaseModel, Summit
from db.safe_files import temporary_beside
from db.schema_check import SchemaObject, foreign_objects
from db.translation import tr
from db.value_check import Problem, columns_of, value_problems

# Each round mends the first problem of every row (the next finds the row's next one, or
# the children a row left out has orphaned); a file needs as many as a row has bad values.
ROUNDS = 60

# The one summit row cannot be left out: what its required values become instead.
SUMMIT_FALLBACKS: dict[str, Callable[[sqlite3.Connection], object]] = {
    "first_day": lambda _connection: date.today().isoformat(),
    "last_day": lambda connection: connection.execute("SELECT first_day FROM summit").fetchone()[0],
}


# An amount that is no number becomes zero (to be typed again) rather than losing its request.
MONEY_FALLBACKS = {("financing_request", "amount"): "0", ("envelope", "amount"): "0"}


def write_cleaned_copy(source: Path, destination: Path) -> list[str]:
    """Write at destination (which must not exist) a cleaned copy of source and return what
    was changed, one line each; source is only read."""
    source, destination = Path(source), Path(destination)
    if destination.exists() or destination.is_symlink():
        raise SummitFileError(
            tr("{name} already exists; choose another name.").format(name=destination.name)
        )
    version, _ = inspect_summit_file(source)  # refuses what no copy can fix: damage, newer
    readable = recovery.readable_copy(source) if recovery.left_by_crash(source) else source
    try:
        with temporary_beside(destination, "cleaning") as working:
            changes = write_into(readable, working, source, version)
            put_in_place(working, destination)
    except FileExistsError as error:
        raise SummitFileError(
            tr("{name} already exists; choose another name.").format(name=destination.name)
        ) from error
    except OSError as error:
        raise SummitFileError(
            tr("The cleaned copy could not be written to {parent}: {strerror}.").format(
                parent=destination.parent, strerror=error.strerror
            )
        ) from error
    except sqlite3.Error as error:
        raise SummitFileError(
            tr("{name} could not be cleaned ({error}).").format(name=source.name, error=error)
        ) from error
    return changes


def write_into(readable: Path, working: Path, source: Path, version: int) -> list[str]:
    """Fill the empty file working with our schema at source's format and source's data
    (read from readable), upgrade it, check it; return what was changed."""
    apply_steps(working, 0, [step for step in MIGRATIONS if step.version <= version])
    changes = [
        f"The {item.kind} “{item.name}” was left out: it is not part of a summit file."
        for item in received_objects(readable, version)
    ]
    changes += copy_data(readable, working, fallback_name=source.stem)
    if version < SCHEMA_VERSION:
        apply_steps(working, version, MIGRATIONS)
    _, problems = inspect_summit_file(working)
    if problems:
        raise SummitFileError(
            tr("{name} could not be cleaned ({problem}).").format(
                name=source.name, problem=problems[0]
            )
        )
    return changes


def put_in_place(working: Path, destination: Path) -> None:
    """Give the finished copy its name, never over a file that appeared there meanwhile."""
    try:
        os.link(working, destination)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if destination.exists() or destination.is_symlink():
            raise FileExistsError(destination) from None
        os.replace(working, destination)


def received_objects(source: Path, version: int) -> list[SchemaObject]:
    reader = sqlite3.connect(file_uri(source, "ro"), uri=True)
    try:
        return foreign_objects(reader, version)
    finally:
        reader.close()


def copy_data(source: Path, working: Path, *, fallback_name: str) -> list[str]:
    """Copy every table of ours from source into working, then fix what breaks a rule."""
    connection = sqlite3.connect(working, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("ATTACH DATABASE ? AS received", (file_uri(source, "ro"),))
        connection.execute("BEGIN")
        changes = []
        for model in ALL_MODELS:
            changes += copy_table(connection, model)
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE received")
        connection.execute("BEGIN")
        changes += fix_problems(connection, fallback_name)
        connection.execute("COMMIT")
        connection.execute("PRAGMA ignore_check_constraints = OFF")
    finally:
        connection.close()
    return changes


def copy_table(connection: sqlite3.Connection, model: type[BaseModel]) -> list[str]:
    table = model._meta.table_name
    ours = columns_of(connection, table)
    if not ours:
        return []  # not in this file's format
    plain = connection.execute(
        "SELECT count(*) FROM received.sqlite_master WHERE type = 'table' AND name = ? "
        "AND sql LIKE 'CREATE TABLE%'",  # never a view's or a virtual table's code
        (table,),
    ).fetchone()[0]
    theirs = columns_of(connection, table, "received") if plain else set()
    if not theirs:
        return [f"The table {table} was missing; it is empty in the copy."]
    columns = [f for f in model._meta.sorted_fields if f.column_name in ours & theirs]
    names = ", ".join(f'"{f.column_name}"' for f in columns)
    values = ", ".join(copied(f) for f in columns)
    connection.execute(
        f'INSERT OR IGNORE INTO main."{table}" ({names}) SELECT {values} '
        f"FROM received.\"{table}\" WHERE typeof(id) = 'integer'"
    )
    left_out = connection.execute(
        f"SELECT id FROM received.\"{table}\" WHERE typeof(id) != 'integer' "
        f'OR id NOT IN (SELECT id FROM main."{table}")'
    ).fetchall()
    return [
        f"{table} row {row_id}: left out (a required value is missing or repeats another row's)."
        for (row_id,) in left_out
    ]


def copied(field: Field) -> str:
    """The column as copied: a NULL where a value is required becomes the default, if any."""
    column = f'"{field.column_name}"'
    default = None if callable(field.default) else default_of(field)
    if field.null or default is None:
        return column
    return f"coalesce({column}, {sql_literal(default)})"


def default_of(field: Field) -> object | None:
    """The value a new row would get (None for a reference: it must not point anywhere)."""
    if isinstance(field, ForeignKeyField) or field.default is None:
        return None
    default = field.default() if callable(field.default) else field.default
    stored: object | None = field.db_value(default)
    return stored


def sql_literal(value: object) -> str:
    if isinstance(value, bool | int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def fix_problems(connection: sqlite3.Connection, fallback_name: str) -> list[str]:
    changes: list[str] = []
    for _round in range(ROUNDS):
        problems = value_problems(connection)
        if not problems:
            return changes
        mended = set()
        for problem in problems:
            if (problem.table, problem.row) not in mended:  # the next round sees the rest
                changes.append(fix(connection, problem, fallback_name))
                mended.add((problem.table, problem.row))
    raise SummitFileError(tr("the copy could not be cleaned: its problems did not come to an end"))


def fix(connection: sqlite3.Connection, problem: Problem, fallback_name: str) -> str:
    """Mend one problem; say how, in one line."""
    table, row, column = problem.table, problem.row, problem.column
    where = f"{table} row {row}, column {column} (“{problem.value}”, which {problem.reason_text})"
    if row is None:  # more than one summit row (none at all cannot be mended)
        if problem.reason.startswith("holds no"):
            raise SummitFileError(tr("it holds no summit description, so no copy can be made"))
        connection.execute(f'DELETE FROM "{table}" WHERE id != (SELECT min(id) FROM "{table}")')
        return f"{table}: every row but the first left out ({problem.reason_text})."
    assert column is not None  # a problem of one row always names its column
    field = field_of(table, column)
    if table == Summit._meta.table_name:
        return fix_summit(connection, row, column, field, fallback_name, where)
    value = default_of(field) if field is not None else None
    if value is None:
        value = MONEY_FALLBACKS.get((table, column))
    if value is not None:
        set_value(connection, table, row, column, value)
        return f"{where}: replaced by “{value}”."
    if field is not None and field.null:
        set_value(connection, table, row, column, None)
        return f"{where}: emptied."
    connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (row,))
    return f"{where}: row left out."


def fix_summit(
    connection: sqlite3.Connection,
    row: int,
    column: str,
    field: Field | None,
    fallback_name: str,
    where: str,
) -> str:
    """The one summit row cannot be left out: its value is replaced by a fallback."""
    table = Summit._meta.table_name
    if column == "name":
        value: object | None = fallback_name.strip() or "Summit"
    elif column in SUMMIT_FALLBACKS:
        value = SUMMIT_FALLBACKS[column](connection)
    elif column == "day_end":  # a working day that ends before it starts: the default day
        set_value(connection, table, row, "day_start", default_of(Summit.day_start))
        value = default_of(Summit.day_end)
    else:
        value = default_of(field) if field is not None else None
    if value is None and (field is None or not field.null):
        raise SummitFileError(
            tr("its summit description cannot be mended ({where})").format(where=where)
        )
    set_value(connection, table, row, column, value)
    return f"{where}: replaced by “{value}”." if value is not None else f"{where}: emptied."


def set_value(
    connection: sqlite3.Connection, table: str, row: int, column: str, value: object | None
) -> None:
    connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, row))


def field_of(table: str, column: str) -> Field | None:
    for model in ALL_MODELS:
        if model._meta.table_name == table:
            fields: list[Field] = model._meta.sorted_fields
            for field in fields:
                if field.column_name == column:
                    return field
    return None
