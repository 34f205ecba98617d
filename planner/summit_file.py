"""Opening, creating and closing the summit file the rest of the planner works on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError

from db import connection
from db.location import ServerLocation, location_of
from db.models import Summit
from db.opening import create_location, open_location
from db.safe_files import real_path
from db.schema_check import RepairableFileError
from planner import paths, row_versions
from planner.errors import PlannerError
from planner.summit_settings import default_settings
from planner.translation import tr

SUFFIX = connection.FILE_SUFFIX
Location = Path | ServerLocation


def summit_location(text: str | Path | ServerLocation) -> Location:
    """A file path or a server summit, from what was typed (a path, or a postgresql:// URI)."""
    return text if isinstance(text, ServerLocation) else location_of(text)


def name_of(location: Location) -> str:
    """How sentences name a summit: its file's name, or its server URI (without a password)."""
    return location.shown if isinstance(location, ServerLocation) else Path(location).name


def with_suffix(path: Path) -> Path:
    """Give a path typed without an extension the summit file's extension."""
    path = Path(path)
    return path if path.suffix else path.with_suffix(SUFFIX)


def check_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a healthy summit file we can read.

    A file that holds what a summit file may not (a trigger or view of its author's, values
    the planner cannot read) raises RepairableFileError: planner.repair makes a cleaned copy.
    """
    connection.check_summit_file(Path(path))


def file_problems(path: Location, limit: int = 100) -> list[RepairableFileError]:
    """What a cleaned copy would fix in the file at path (at most limit of them), found
    without writing to it; raises, as check_file does, for what no copy can fix. A server
    summit has none: its server keeps its schema and constraints."""
    if isinstance(path, ServerLocation):
        return []
    _version, problems = connection.inspect_summit_file(Path(path), limit=limit)
    return problems


def open_summit_file(path: Path | str | ServerLocation, *, readonly: bool = False) -> None:
    """Open an existing summit file or server summit (never creating one) and make it the
    current summit."""
    location = summit_location(path)
    row_versions.forget_all()
    server = isinstance(location, ServerLocation)
    backup_dir = None if readonly or server else paths.writable_backups_dir()
    open_location(location, backup_dir=backup_dir, readonly=readonly)
    try:
        described = Summit.select().count() == 1
    except DatabaseError as error:
        connection.close_summit()
        raise PlannerError(
            tr("{name} cannot be read: {error}.").format(name=name_of(location), error=error)
        ) from error
    if not described:
        connection.close_summit()
        raise PlannerError(
            tr("{name} holds no summit description; it is incomplete.").format(
                name=name_of(location)
            )
        )


def new_summit_file(
    path: Path | str | ServerLocation,
    *,
    populate: Callable[[], None] | None = None,
    overwrite: bool = False,
) -> None:
    """Create a summit file, empty or filled by populate, and make it current.

    An empty summit is named after the file (or the server summit) and starts from default
    settings.
    """
    location = summit_location(path)
    name = location.summit if isinstance(location, ServerLocation) else location.stem

    def fill(_database: object) -> None:
        if populate is not None:
            populate()
        else:
            Summit.create(**default_settings(name))

    create_location(location, fill, overwrite=overwrite)


def close_summit_file() -> None:
    connection.close_summit()
    row_versions.forget_all()


def save_copy(source: Path, destination: Path) -> None:
    """Write a complete, consistent copy of the open summit file, even while it is in use."""
    source, destination = Path(source), Path(destination)
    if real_path(source) == real_path(destination):
        raise PlannerError(
            tr("A copy cannot replace the file it is made from; choose another name.")
        )
    connection.copy_summit(source, destination)


def in_own_connection(function: Callable[[], object]) -> object:
    """Run function on a worker thread: it reads the open summit through a connection of its
    own, closed when it returns (the UI thread's connection is left alone)."""
    import threading

    from db.models import database_proxy

    try:
        return function()
    finally:
        if threading.current_thread() is not threading.main_thread():
            database_proxy.close()  # peewee keeps one connection per thread; this is ours
