"""Who may do what with a server summit, decided by the server's roles and enforced by it:
read-only staff, editors and owners, and the confidential fields readable only by a role
granted them (column privileges, so that no program, ours or another, reads around them).

For a summit NAME the group roles are NAME_readers (read everything but the confidential
fields), NAME_editors (readers who may also add, change and delete), NAME_confidential
(who may also read and change the confidential fields) and NAME_owners (all of it, and they
may grant the other roles to people: GRANT NAME_editors TO anna). Privileges are granted again
after every schema step, so tables a later step adds are covered.
"""

from __future__ import annotations

from typing import Any

import psycopg
from peewee import Database

from db.fields import ConfidentialTextField
from db.models import ALL_MODELS

# The confidential fields: a delegation's talking points, red lines and fallbacks, and the
# internal notes on meetings and financing requests (the models' ConfidentialTextFields).
CONFIDENTIAL: dict[str, tuple[str, ...]] = {
    model._meta.table_name: tuple(
        field.column_name
        for field in model._meta.sorted_fields
        if isinstance(field, ConfidentialTextField)
    )
    for model in ALL_MODELS
    if any(isinstance(field, ConfidentialTextField) for field in model._meta.sorted_fields)
}
KINDS = ("readers", "editors", "confidential", "owners")


def role_names(summit: str) -> dict[str, str]:
    return {kind: f"{summit}_{kind}" for kind in KINDS}


def may_create_roles(database: Database) -> bool:
    found = database.execute_sql(
        "SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user"
    ).fetchone()
    return bool(found and found[0])


def create_roles(database: Database, summit: str) -> None:
    """The summit's group roles (once per server; they may outlive a replaced summit)."""
    names = role_names(summit)
    for name in names.values():
        exists = database.execute_sql(
            "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", (name,)
        ).fetchone()
        if not exists:
            database.execute_sql(f'CREATE ROLE "{name}" NOLOGIN')
    database.execute_sql(f'GRANT "{names["readers"]}" TO "{names["editors"]}"')
    for kind in ("editors", "confidential"):
        database.execute_sql(f'GRANT "{names[kind]}" TO "{names["owners"]}" WITH ADMIN OPTION')
    database.execute_sql(f'GRANT "{names["readers"]}" TO "{names["owners"]}" WITH ADMIN OPTION')


def grant_privileges(database: Database, summit: str) -> None:
    """Grant each role what it may do on every table of the summit as it is now."""
    names = role_names(summit)
    exists = database.execute_sql(
        "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ANY(?)",
        (list(names.values()),),
    ).fetchone()[0]
    if exists != len(names):
        return  # made by someone who could not create roles: the summit is its owner's
    readers, editors = f'"{names["readers"]}"', f'"{names["editors"]}"'
    confidential, owners = f'"{names["confidential"]}"', f'"{names["owners"]}"'
    schema = f'"{summit}"'
    for role in (readers, confidential, owners):
        database.execute_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
    database.execute_sql(f"GRANT CREATE ON SCHEMA {schema} TO {owners}")
    database.execute_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {owners}")
    database.execute_sql(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {owners}")
    database.execute_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {editors}")
    for table, columns in table_columns(database, summit).items():
        if table == "summit_format":  # the format version: read by all, changed by owners
            database.execute_sql(f'GRANT SELECT ON "{table}" TO {readers}')
            continue
        hidden = CONFIDENTIAL.get(table, ())
        open_columns = ", ".join(f'"{c}"' for c in columns if c not in hidden)
        database.execute_sql(f'REVOKE SELECT, UPDATE ON "{table}" FROM {readers}, {editors}')
        database.execute_sql(f'GRANT SELECT ({open_columns}) ON "{table}" TO {readers}')
        database.execute_sql(f'GRANT INSERT, DELETE ON "{table}" TO {editors}')
        database.execute_sql(f'GRANT UPDATE ({open_columns}) ON "{table}" TO {editors}')
        if hidden:
            secret = ", ".join(f'"{c}"' for c in hidden)
            database.execute_sql(
                f'GRANT SELECT ({secret}), UPDATE ({secret}) ON "{table}" TO {confidential}'
            )


def unreadable_columns(
    connection: psycopg.Connection[Any], summit: str
) -> frozenset[tuple[str, str]]:
    """The confidential columns of the summit that the connection's role may not read, as
    (table, column): asked once when the connection is made, so that its queries read them as
    empty (db.fields.ConfidentialTextField) instead of being refused. None before the summit's
    tables exist (its creator may read everything it makes)."""
    wanted = [(table, column) for table, columns in CONFIDENTIAL.items() for column in columns]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = ? AND c.relname = ANY(?) AND a.attname = ANY(?) "
            "AND a.attnum > 0 AND NOT a.attisdropped "
            "AND NOT has_column_privilege(c.oid, a.attnum, 'SELECT')",
            (summit, [t for t, _ in wanted], [c for _, c in wanted]),
        )
        found = {(str(table), str(column)) for table, column in cursor.fetchall()}
    if not connection.autocommit:
        connection.rollback()  # leave the connection as it came: no transaction open
    return frozenset(found & set(wanted))


def table_columns(database: Database, summit: str) -> dict[str, list[str]]:
    rows: list[Any] = database.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = ? ORDER BY table_name, ordinal_position",
        (summit,),
    ).fetchall()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found
