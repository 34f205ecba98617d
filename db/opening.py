"""The one place that opens or creates a summit wherever it is: a file or a server summit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import Database

from db import connection
from db.location import ServerLocation

Location = Path | ServerLocation


def open_location(
    location: Location, *, backup_dir: Path | None = None, readonly: bool = False
) -> Database:
    """Open the summit at location and bind the models to it (a file is checked, backed up
    and migrated as db.connection does; a server summit is migrated when older)."""
    if isinstance(location, ServerLocation):
        from db.server import open_server

        database = open_server(location, readonly=readonly)
        connection.bind(database)
        return database
    return connection.open_summit(location, backup_dir=backup_dir, readonly=readonly)


def create_location(
    location: Location,
    populate: Callable[[Database], None] | None = None,
    *,
    overwrite: bool = False,
) -> Database:
    """Create a summit at location, fill it with populate in the same transaction, bind the
    models to it; a failure leaves nothing behind."""
    if isinstance(location, ServerLocation):
        from db.server import creating, open_server

        with creating(location, replace=overwrite) as database:
            connection.bind(database)
            if populate is not None:
                populate(database)
        connection.close_summit()
        database = open_server(location)
        connection.bind(database)
        return database
    return connection.create_summit(location, populate, overwrite=overwrite)
