"""Numbered schema steps that bring any older summit file up to the current format.

Each step is frozen once released: later changes add a new step, never edit an old one. A file
is migrated as a copy that replaces the original only when every step has succeeded, after a
backup of the original, so a failure anywhere leaves the user's file exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from db.backups import copy_into, take_backup
from db.errors import SummitFileError
from db.migrations.m0005_row_versions import version_rows, version_rows_on_server
from db.safe_files import temporary_beside, write_failure
from db.translation import tr

APPLICATION_ID = 0x53554D54  # "SUMT": marks an SQLite file as a summit file.


class Executes(Protocol):
    """A cursor on a server summit (psycopg's), as a step's server half uses it."""

    def execute(self, query: Any, params: Any = ..., /) -> Any: ...

    def fetchall(self) -> list[Any]: ...


@dataclass(frozen=True)
class Migration:
    """One step, applied to a file by apply and to a server summit's schema by server; a step
    of plain SQL (run_sql_file) needs no server half: its statements are translated."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]
    server: Callable[[Executes], None] | None = None

    def apply_on_server(self, cursor: Executes) -> None:
        from db.dialect import ddl

        if self.server is not None:
            self.server(cursor)
        elif isinstance(self.apply, SqlScript):
            for statement in self.apply.statements():
                cursor.execute(ddl(statement))
        else:
            raise SummitFileError(
                f"Schema step {self.version} ({self.description}) has no server version."
            )


class SqlScript:
    """A step written as a file of SQL in the file's dialect."""

    def __init__(self, name: str) -> None:
        self.name = name

    def statements(self) -> list[str]:
        script = resources.files(__package__).joinpath(self.name).read_text(encoding="utf-8")
        return split_statements(script)

    def __call__(self, connection: sqlite3.Connection) -> None:
        for statement in self.statements():
            connection.execute(statement)


def run_sql_file(name: str) -> SqlScript:
    return SqlScript(name)


def split_statements(script: str) -> list[str]:
    """Split a script of plain DDL (no triggers) into statements, skipping comment lines."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema", run_sql_file("0001_initial.sql")),
    Migration(2, "financing status history", run_sql_file("0002_financing_history.sql")),
    Migration(3, "summit identifier", run_sql_file("0003_summit_uid.sql")),
    Migration(4, "names in other languages", run_sql_file("0004_local_names.sql")),
    Migration(5, "a version per row", version_rows, server=version_rows_on_server),
    Migration(6, "meeting scheduling limits", run_sql_file("0006_meeting_limits.sql")),
]

SCHEMA_VERSION = MIGRATIONS[-1].version


def apply_steps(path: Path, from_version: int, steps: list[Migration]) -> None:
    """Apply the steps newer than from_version to the file at path, each in one transaction."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")  # steps may rebuild tables
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
        for step in steps:
            if step.version <= from_version:
                continue
            connection.execute("BEGIN IMMEDIATE")
            try:
                step.apply(connection)
                problems = connection.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise SummitFileError(
                        tr(
                            "Upgrading to file format {version} ({description}) left {count} "
                            "broken references."
                        ).format(
                            version=step.version, description=step.description, count=len(problems)
                        )
                    )
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {step.version}")
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:  # SQLite may have ended it (a full disk)
                    connection.execute("ROLLBACK")
                raise
    finally:
        connection.close()


def apply_migrations(
    path: Path,
    from_version: int,
    *,
    backup_dir: Path | None = None,
    steps: list[Migration] | None = None,
) -> Path | None:
    """Bring the file at path up to the newest schema; return the backup made, if any.

    A new, empty file (from_version 0) is migrated in place; an existing file is backed up
    into backup_dir (unless the caller has just done so and passes None), then migrated as a
    copy that replaces it only once every step has succeeded.
    """
    steps = MIGRATIONS if steps is None else steps
    if from_version == 0:
        apply_steps(path, 0, steps)
        return None
    backup = None
    try:
        if backup_dir is not None:
            backup = take_backup(path, backup_dir).path
        with temporary_beside(path, "migrating") as working:
            copy_into(path, working)
            apply_steps(working, from_version, steps)
            os.replace(working, path)
    except (sqlite3.Error, OSError) as error:
        if backup is not None and backup.exists():
            text = tr(
                "{name} could not be upgraded to the current file format ({write_failure}); "
                "it was left as it was, and a copy is in {backup}."
            )
        else:
            text = tr(
                "{name} could not be upgraded to the current file format ({write_failure}); "
                "it was left as it was."
            )
        raise SummitFileError(
            text.format(name=path.name, write_failure=write_failure(error), backup=backup)
        ) from error
    return backup
