"""Opening, creating and closing the summit file the rest of the planner works on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError

from db import connection
from db.models import Summit
from db.safe_files import real_path
from db.schema_check import RepairableFileError
from planner import paths
from planner.errors import PlannerError
from planner.summit_settings import default_settings
from planner.translation import tr

SUFFIX = connection.FILE_SUFFIX


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


def file_problems(path: Path, limit: int = 100) -> list[RepairableFileError]:
    """What a cleaned copy would fix in the file at path (at most limit of them), found
    without writing to it; raises, as check_file does, for what no copy can fix."""
    _version, problems = connection.inspect_summit_file(Path(path), limit=limit)
    return problems


def open_summit_file(path: Path, *, readonly: bool = False) -> None:
    """Open an existing summit file (never creating one) and make it the current summit."""
    backup_dir = None if readonly else paths.writable_backups_dir()  # read-only needs none
    connection.open_summit(Path(path), backup_dir=backup_dir, readonly=readonly)
    try:
        described = Summit.select().count() == 1
    except DatabaseError as error:
        connection.close_summit()
        raise PlannerError(
            tr("{name} cannot be read: {error}.").format(name=Path(path).name, error=error)
        ) from error
    if not described:
        connection.close_summit()
        raise PlannerError(
            tr("{name} holds no summit description; it is incomplete.").format(name=Path(path).name)
        )


def new_summit_file(
    path: Path,
    *,
    populate: Callable[[], None] | None = None,
    overwrite: bool = False,
) -> None:
    """Create a summit file, empty or filled by populate, and make it current.

    An empty summit is named after the file and starts from default settings.
    """
    path = Path(path)

    def fill(_database: object) -> None:
        if populate is not None:
            populate()
        else:
            Summit.create(**default_settings(path.stem))

    connection.create_summit(Path(path), fill, overwrite=overwrite)


def close_summit_file() -> None:
    connection.close_summit()


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
