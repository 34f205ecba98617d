"""Summits on a PostgreSQL server: connecting (psycopg 3), creating, migrating and opening one.

Each summit is a schema of its own in the server's database, reached by a connection whose
search_path is that schema: every query, constraint and unique index is the file's, unchanged,
and a summit can be granted, dumped (pg_dump -n) or dropped as a whole. Its format version is
kept in the schema's summit_format table, where a file keeps it in its header.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import peewee
import psycopg
from peewee import Database, DatabaseError, PostgresqlDatabase
from psycopg.adapt import Dumper
from psycopg.postgres import types as pg_types
from psycopg.types.string import StrDumperUnknown

from db import server_roles
from db.dialect import placeholders
from db.errors import NewerSummitFileError, SummitFileError
from db.location import ServerLocation
from db.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration

FORMAT_TABLE = "summit_format"
APPLICATION = "summit-planner"


# psycopg's errors, raised as peewee's own: peewee turns only the DB-API classes into its errors
# (not SerializationFailure under TransactionRollback under OperationalError), and SQL run on
# a raw cursor (executemany) meets no peewee wrapper at all.
DBAPI_ERRORS: tuple[tuple[type[Exception], type[Exception]], ...] = (
    (psycopg.IntegrityError, peewee.IntegrityError),
    (psycopg.DataError, peewee.DataError),
    (psycopg.OperationalError, peewee.OperationalError),
    (psycopg.ProgrammingError, peewee.ProgrammingError),
    (psycopg.InternalError, peewee.InternalError),
    (psycopg.NotSupportedError, peewee.NotSupportedError),
    (psycopg.InterfaceError, peewee.InterfaceError),
    (psycopg.DatabaseError, DatabaseError),
)
# psycopg warns on its logger when it ends a pipeline a refused statement aborted; the
# refusal itself is what the user is told
logging.getLogger("psycopg").addHandler(logging.NullHandler())


class ConnectionLostError(SummitFileError):
    """The server's connection broke (the server restarted, the network went); nothing of the
    transaction it was in was saved, and the next statement connects again."""


class NotPermittedError(SummitFileError):
    """The server's roles do not allow this person to read or change that; nothing changed."""


def not_permitted(error: psycopg.Error) -> NotPermittedError:
    reason = " ".join(str(error).split()).rstrip(".")
    return NotPermittedError(
        f"The summit server refused this ({reason}): your role may not read or change it; "
        "ask the summit's owners for the role that may (see the README's team mode)."
    )


@contextmanager
def dbapi_errors(connection: psycopg.Connection[Any]) -> Iterator[None]:
    """psycopg's errors as peewee's (the original, with its SQLSTATE, as cause and orig); a
    broken connection as one sentence the user is shown."""
    try:
        yield
    except psycopg.Error as error:
        if connection.broken:
            reason = " ".join(str(error).split()).rstrip(".")
            raise ConnectionLostError(
                f"The connection to the summit server was lost ({reason}); nothing of this "
                "change was saved, and the next try connects again."
            ) from error
        if isinstance(error, psycopg.errors.InsufficientPrivilege):
            raise not_permitted(error) from error
        kind = next((ours for theirs, ours in DBAPI_ERRORS if isinstance(error, theirs)), None)
        if kind is None:
            raise
        raised = kind(str(error))
        raised.orig = error  # type: ignore[attr-defined]  # as peewee's own wrapper keeps it
        raise raised from error


class ServerCursor(psycopg.Cursor[Any]):
    """psycopg's cursor taking the `?` placeholders the planner's SQL is written with."""

    def execute(  # the same call as psycopg's, with the query translated first
        self, query: Any, params: Any = None, **options: Any
    ) -> ServerCursor:
        if isinstance(query, str):
            query, params = placeholders(query), () if params is None else params
        with dbapi_errors(self.connection):
            super().execute(query, params, **options)
        return self

    def executemany(self, query: Any, params_seq: Iterable[Any], **options: Any) -> None:
        if isinstance(query, str):
            query = placeholders(query)
        with dbapi_errors(self.connection):
            super().executemany(query, params_seq, **options)


class BooleanAsInteger(Dumper):
    """True and False as 1 and 0: a summit keeps booleans in INTEGER columns, as the file does."""

    oid = pg_types["int4"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class TextWithoutNul(StrDumperUnknown):
    """Text as the server can keep it: PostgreSQL refuses the NUL character, which a file may
    hold; it becomes U+FFFD, as bytes that are not text already read from a file."""

    def dump(self, obj: str) -> bytes | bytearray | memoryview | None:
        return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)


class ServerDatabase(PostgresqlDatabase):
    """Our connection to one summit on a server: peewee's, on psycopg 3, in its schema."""

    param = "?"  # peewee writes the placeholders the cursor above translates
    shared = True  # several people write it at once: rows' versions are checked

    def __init__(self, location: ServerLocation, *, readonly: bool = False) -> None:
        options = f"-c search_path={location.summit}"
        if readonly:
            options += " -c default_transaction_read_only=on"
        super().__init__(
            location.conninfo,
            prefer_psycopg3=True,
            conninfo=location.conninfo,
            options=options,
            application_name=APPLICATION,
            cursor_factory=ServerCursor,
        )
        self.location = location
        self.readonly = readonly
        # the confidential columns this connection's role may not read (see db.fields)
        self.hidden_columns: frozenset[tuple[str, str]] = frozenset()

    @property
    def summit(self) -> str:
        return self.location.summit

    def cursor(self, *args: Any, **kwargs: Any) -> Any:
        """peewee's cursor; a connection the server dropped is replaced by a new one first,
        between transactions (inside one, its statements fail, and the transaction with them)."""
        base = plain(self)  # calls through peewee's own (untyped) methods
        if not base.is_closed() and base.connection().broken and not base.in_transaction():
            base.close()  # peewee opens a new connection for the cursor below
        return PostgresqlDatabase.cursor(base, *args, **kwargs)

    def _connect(self) -> psycopg.Connection[Any]:
        connection: psycopg.Connection[Any] = super()._connect()  # type: ignore[misc]  # untyped
        connection.adapters.register_dumper(bool, BooleanAsInteger)
        connection.adapters.register_dumper(str, TextWithoutNul)
        self.hidden_columns = server_roles.unreadable_columns(connection, self.summit)
        return connection


def plain(database: Database) -> Database:
    return database


def sql(database: Database, query: str, params: tuple[object, ...] = ()) -> Any:
    """Run one statement on database (a plain peewee Database, as its stubs type it)."""
    return database.execute_sql(query, params)


def connect_server(location: ServerLocation, *, readonly: bool = False) -> ServerDatabase:
    """A connected database for location; a sentence when the server cannot be reached."""
    database = ServerDatabase(location, readonly=readonly)
    try:
        database.connect()
    except DatabaseError as error:
        raise connection_refused(location, error) from error
    return database


def connection_refused(location: ServerLocation, error: Exception) -> SummitFileError:
    """One sentence for a connection that failed: where, why, and what to check."""
    cause = getattr(error, "orig", None) or error.__cause__ or error
    text = " ".join(str(cause).split())
    reason = re.split(r" Is the server | - host: |\bHINT: ", text.rsplit("failed: ", 1)[-1])[0]
    reason = reason.rstrip(". ")
    reason = re.sub(r"^(FATAL|ERROR):\s*", "", reason)
    if "password" in reason or "authentication" in reason:
        advice = "check the user name, and the password in ~/.pgpass or PGPASSWORD"
    elif "SSL" in reason or "ssl" in reason:
        advice = "the URI's sslmode asks for TLS, which that server must offer"
    elif "does not exist" in reason:
        advice = "check the database's name in the URI"
    else:
        advice = "check the address, the network, and that the server is running"
    return SummitFileError(
        f"The summit server ({location.where}) could not be reached: {reason}; {advice}."
    )


def server_identity(location: ServerLocation) -> tuple[object, ...]:
    """The server, database and summit a location reaches, however its URI spells the host
    (an alias, an address, a socket folder) and the port: the cluster's system identifier
    where the role may read it, else the server's address and port as it sees them."""
    database = connect_server(location, readonly=True)
    try:
        try:
            with database.atomic():  # a refusal ends only this savepoint
                cluster = sql(database, "SELECT system_identifier FROM pg_control_system()")
                server: tuple[object, ...] = tuple(cluster.fetchone())
        except (DatabaseError, SummitFileError):
            found = sql(
                database,
                "SELECT inet_server_addr()::text, coalesce(inet_server_port(), "
                "current_setting('port')::int), current_setting('unix_socket_directories')",
            )
            server = tuple(found.fetchone())
        named = sql(database, "SELECT current_database()").fetchone()[0]
        return (*server, named, location.summit)
    finally:
        database.close()


def summit_version(database: ServerDatabase) -> int | None:
    """The format version of the database's summit, or None when there is no such summit."""
    cursor = sql(
        database,
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename = ?",
        (database.summit, FORMAT_TABLE),
    )
    if cursor.fetchone()[0] == 0:
        exists = sql(
            database,
            "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = ?",
            (database.summit,),
        ).fetchone()[0]
        if exists and database.get_tables(database.summit):
            raise SummitFileError(
                f"The schema {database.summit} of {database.location.where} holds tables but "
                "no summit; choose another summit= name."
            )
        return None
    found = sql(database, f'SELECT application_id, version FROM "{FORMAT_TABLE}"').fetchone()
    if found is None or found[0] != APPLICATION_ID:
        raise SummitFileError(
            f"The schema {database.summit} of {database.location.where} is not a summit."
        )
    version: int = found[1]
    return version


def migrate(
    database: ServerDatabase, from_version: int, steps: list[Migration] | None = None
) -> None:
    """Apply the steps newer than from_version, inside the caller's transaction."""
    cursor = plain(database).cursor()
    for step in MIGRATIONS if steps is None else steps:
        if step.version > from_version:
            step.apply_on_server(cursor)
            cursor.execute(f'UPDATE "{FORMAT_TABLE}" SET version = ?', (step.version,))
    server_roles.grant_privileges(database, database.summit)  # tables new steps added too


def lock_summit(database: ServerDatabase) -> None:
    """Serialise schema changes of this summit among everyone (until the transaction ends)."""
    sql(
        database,
        "SELECT pg_advisory_xact_lock(hashtext('summit-planner:' || ?))",
        (database.summit,),
    )


@contextmanager
def creating(location: ServerLocation, *, replace: bool = False) -> Iterator[ServerDatabase]:
    """A new summit at location, its schema migrated, filled by the caller in the same
    transaction; on any failure nothing stays on the server. Refuses an existing summit unless
    replace, which drops it in that same transaction."""
    database = connect_server(location)
    try:
        with database.atomic():
            lock_summit(database)
            if summit_version(database) is not None:
                if not replace:
                    raise SummitFileError(
                        f"There is already a summit {location.summit} in {location.where}; "
                        "give --replace to overwrite it, or choose another summit= name."
                    )
                sql(database, f'DROP SCHEMA "{location.summit}" CASCADE')
            sql(database, f'CREATE SCHEMA IF NOT EXISTS "{location.summit}"')
            if server_roles.may_create_roles(database):
                server_roles.create_roles(database, location.summit)
            sql(
                database,
                f'CREATE TABLE "{FORMAT_TABLE}" (application_id INTEGER NOT NULL, '
                "version INTEGER NOT NULL)",
            )
            sql(database, f'INSERT INTO "{FORMAT_TABLE}" VALUES (?, 0)', (APPLICATION_ID,))
            migrate(database, 0)
            yield database
    except BaseException:
        database.close()
        raise


def open_server(location: ServerLocation, *, readonly: bool = False) -> ServerDatabase:
    """Connect to an existing summit, migrating it first when it is older (never creating)."""
    database = connect_server(location, readonly=readonly)
    try:
        version = summit_version(database)
        if version is None:
            raise SummitFileError(
                f"There is no summit {location.summit} in {location.where}; create one with "
                "“summit-planner new URI” or copy a file there with “summit-planner copy”."
            )
        if version > SCHEMA_VERSION:
            raise NewerSummitFileError(
                f"The summit {location.summit} was saved by a newer version of Summit Planner "
                f"(format {version}, this version reads up to {SCHEMA_VERSION}); install it."
            )
        if version < SCHEMA_VERSION:
            if readonly:
                raise SummitFileError(
                    f"The summit {location.summit} uses an older format and must be upgraded "
                    "by someone who may write it before it can be opened read-only."
                )
            with database.atomic():
                lock_summit(database)
                current = summit_version(database) or 0  # someone may have just done it
                migrate(database, current)
    except BaseException:
        database.close()
        raise
    return database


def reset_row_ids(database: ServerDatabase, tables: Iterable[str]) -> None:
    """After rows were inserted with their ids, let new rows be numbered after them."""
    for table in tables:
        sql(
            database,
            f"SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) "
            f'FROM "{table}"',
            (f'"{table}"',),
        )
