"""Other people on the test server: roles that log in, and their own connections."""

from __future__ import annotations

import psycopg
from psycopg import sql

from db.location import ServerLocation, parse_server


def person(location: ServerLocation, name: str, *, write: bool = True) -> ServerLocation:
    """A role name that may log in (created once per cluster) with rights on the summit; the
    location of the same summit as that person reaches it."""
    with psycopg.connect(location.conninfo, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        schema, role = sql.Identifier(location.summit), sql.Identifier(name)
        admin.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, role))
        rights = "SELECT, INSERT, UPDATE, DELETE" if write else "SELECT"
        admin.execute(
            sql.SQL("GRANT " + rights + " ON ALL TABLES IN SCHEMA {} TO {}").format(schema, role)
        )
        if write:
            admin.execute(
                sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(schema, role)
            )
    uri = location.conninfo.replace("postgresql://postgres@", f"postgresql://{name}@", 1)
    return parse_server(f"{uri}&summit={location.summit}")


def connection_of(location: ServerLocation) -> psycopg.Connection[tuple[object, ...]]:
    """A plain connection of that person's, in the summit's schema, committing each statement."""
    return psycopg.connect(
        location.conninfo, autocommit=True, options=f"-c search_path={location.summit}"
    )
