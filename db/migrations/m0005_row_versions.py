"""Summit format 5: every table's rows carry a version and who last wrote them, so that an
edit of a row someone else changed since it was read is refused instead of overwriting theirs.

Generic over the tables present when it runs, so tables earlier steps added (whoever wrote
them) are versioned too. Frozen once released, like the SQL steps.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.migrations import Executes

VERSION_COLUMNS = ("version", "edited_by")
ADD = (
    'ALTER TABLE "{table}" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0',
    """ALTER TABLE "{table}" ADD COLUMN "edited_by" TEXT NOT NULL DEFAULT ''""",
)

# On a server every change of a row, by whatever program, counts up its version and records
# the server role that made it; a new row names its maker through the column's default, and a
# copied row keeps the editor it had.
SERVER_FUNCTION = """
CREATE FUNCTION summit_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.edited_by := current_user;
    RETURN NEW;
END
$$
"""
SERVER_TRIGGER = (
    'CREATE TRIGGER "{table}_row_version" BEFORE UPDATE ON "{table}" '
    "FOR EACH ROW EXECUTE FUNCTION summit_row_version()"
)


def version_rows(connection: sqlite3.Connection) -> None:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    for table in tables:
        for statement in ADD:
            connection.execute(statement.format(table=table))


def version_rows_on_server(cursor: Executes) -> None:
    cursor.execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "AND tablename <> 'summit_format' ORDER BY tablename"
    )
    tables = [name for (name,) in cursor.fetchall()]
    cursor.execute(SERVER_FUNCTION)
    for table in tables:
        for statement in ADD:
            cursor.execute(statement.format(table=table).replace("''", "current_user"))
        cursor.execute(SERVER_TRIGGER.format(table=table))
