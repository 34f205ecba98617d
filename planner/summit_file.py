"""Opening, creating and closing the summit file the rest of the planner works on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from peewee import DatabaseError

from db import connection
from db.models import Summit
from planner import paths
from planner.errors import PlannerError

SUFFIX = connection.FILE_SUFFIX


@dataclass(frozen=True)
class SummitSettings:
    """The one-row description of the event, with the defaults of a new, empty summit."""

    name: str = "New summit"
    city: str = ""
    venue: str = ""
    first_day: date = date(2025, 6, 16)
    last_day: date = date(2025, 6, 17)
    timezone: str = "UTC"
    reporting_currency: str = "USD"
    day_start: time = time(8, 0)
    day_end: time = time(20, 0)
    slot_minutes: int = 15
    transfer_minutes: int = 10


def with_suffix(path: Path) -> Path:
    """Give a path typed without an extension the summit file's extension."""
    path = Path(path)
    return path if path.suffix else path.with_suffix(SUFFIX)


def check_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a healthy summit file we can read."""
    connection.check_summit_file(Path(path))


def open_summit_file(path: Path, *, readonly: bool = False) -> None:
    """Open an existing summit file (never creating one) and make it the current summit."""
    connection.open_summit(Path(path), backup_dir=paths.backups_dir(), readonly=readonly)
    try:
        described = Summit.select().count() == 1
    except DatabaseError as error:
        connection.close_summit()
        raise PlannerError(f"{Path(path).name} cannot be read: {error}.") from error
    if not described:
        connection.close_summit()
        raise PlannerError(f"{Path(path).name} holds no summit description; it is incomplete.")


def new_summit_file(
    path: Path,
    *,
    settings: SummitSettings | None = None,
    populate: Callable[[], None] | None = None,
    overwrite: bool = False,
) -> None:
    """Create a summit file, with settings or filled by populate, and make it current."""
    settings = settings or SummitSettings()

    def fill(_database: object) -> None:
        if populate is not None:
            populate()
        else:
            Summit.create(**settings.__dict__)

    connection.create_summit(Path(path), fill, overwrite=overwrite)


def close_summit_file() -> None:
    connection.close_summit()


def save_copy(source: Path, destination: Path) -> None:
    """Write a complete, consistent copy of the open summit file, even while it is in use."""
    source, destination = Path(source), Path(destination)
    if source.resolve() == destination.resolve():
        raise PlannerError("A copy cannot replace the file it is made from; choose another name.")
    connection.copy_summit(source, destination)
