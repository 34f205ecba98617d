"""Edits that lose nothing on a shared server: the version of each row this program last saw,
and the refusal of a change to a row someone else has changed since.

A row's version is noted when this program first reads it and after each of its own writes; a
change is written only if the row is still at that version (one conditional UPDATE, so two
people can never both win). Otherwise it is refused, naming who changed the row and what it
holds now, and the newer version is noted, so that applying the change again puts it over
theirs knowingly. Undo is a change like any other: it refuses when someone changed the row
after our edit. On a file, which one program writes at a time, versions are not consulted.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from peewee import DatabaseError

from db.models import ALL_MODELS, BaseModel, database_proxy
from db.safe_files import write_failure
from planner.errors import PlannerError

T = TypeVar("T")
RETRIED = {"40001", "40P01"}  # PostgreSQL's serialization_failure and deadlock_detected
ATTEMPTS = 10

VERSION_FIELDS = ("version", "edited_by")
_seen: dict[tuple[str, int], int] = {}
_lock = threading.Lock()


class ChangedMeanwhileError(PlannerError):
    """Someone else changed the row since this program read it; nothing was written."""

    def __init__(self, message: str, editor: str, current: dict[str, Any]) -> None:
        super().__init__(message)
        self.editor = editor
        self.current = current


def shared() -> bool:
    """Whether the open summit is one several people write at once (a server summit)."""
    return bool(getattr(database_proxy.obj, "shared", False))


def hidden(model: type[BaseModel]) -> frozenset[str]:
    """The model's fields that this connection's role may not read (a server's confidential
    fields without their grant): read as empty, never written back."""
    columns = getattr(database_proxy.obj, "hidden_columns", ())
    table = model._meta.table_name
    return frozenset(
        field.name
        for field in model._meta.sorted_fields
        if (table, field.column_name) in columns
    )


def unreadable_fields(kind: str) -> frozenset[str]:
    """hidden() of the records of a kind ("position", "meeting", "financing_request"), for
    the window to show those fields empty and read-only."""
    model = next((m for m in ALL_MODELS if m._meta.table_name == kind), None)
    return frozenset() if model is None else hidden(model)


def key(model: type[BaseModel], row_id: int) -> tuple[str, int]:
    return model._meta.table_name, row_id


def note_read(model: type[BaseModel], row_id: int, version: int | None) -> None:
    """The row as it was first read: the version this program's edits of it are based on."""
    if version is not None and shared():
        with _lock:
            _seen.setdefault(key(model, row_id), version)


def note_version(model: type[BaseModel], row_id: int, version: int) -> None:
    with _lock:
        _seen[key(model, row_id)] = version


def expected(model: type[BaseModel], row_id: int) -> int | None:
    with _lock:
        return _seen.get(key(model, row_id))


def forget_all() -> None:
    """A summit was closed or opened: no version seen belongs to it."""
    with _lock:
        _seen.clear()


def written(model: type[BaseModel], row_id: int, values: dict[str, Any]) -> None:
    """Write values to the row, inside the caller's transaction, if nobody has changed it
    since this program read it; refuse with ChangedMeanwhileError otherwise."""
    unwritten = hidden(model).union(VERSION_FIELDS)  # what the role may not read stays as is
    values = {name: value for name, value in values.items() if name not in unwritten}
    if not values:
        values = {"id": row_id}  # still checked and counted as a change of the row
    query = model.update(values).where(model.id == row_id)
    based_on = expected(model, row_id) if shared() else None
    if based_on is not None:
        query = query.where(model.version == based_on)
    if query.execute() == 0 and based_on is not None:
        raise changed_meanwhile(model, row_id, values)
    if shared():
        version = model.select(model.version).where(model.id == row_id).scalar()
        if version is not None:
            note_version(model, row_id, version)


def deleted(
    model: type[BaseModel], row_ids: list[int], planned: list[dict[str, Any]] | None = None
) -> None:
    """Delete the rows, inside the caller's transaction; on a server each only if nobody has
    changed it since this program read it (or since the deletion was planned, for a row read
    then), refusing with ChangedMeanwhileError otherwise, as a change is refused."""
    if not shared():
        model.delete().where(model.id.in_(row_ids)).execute()
        return
    rows = {row["id"]: row for row in planned or ()}
    for row_id in row_ids:
        seen = rows.get(row_id, {})
        based_on = expected(model, row_id)
        if based_on is None:
            based_on = seen.get("version")
        query = model.delete().where(model.id == row_id)
        if based_on is not None:
            query = query.where(model.version == based_on)
        if query.execute() == 0 and based_on is not None:
            current = model.select().where(model.id == row_id).dicts().first()
            if current is None:
                continue  # deleted by someone already: what this deletion wanted
            differing = {
                name: value
                for name, value in current.items()
                if name in seen and seen[name] != value and name not in VERSION_FIELDS
            }
            if not differing:  # changed before the plan read it: say what it is called now
                named = [name for name in ("name", "title", "code") if name in current]
                differing = {name: current[name] for name in named[:1]}
            raise changed_meanwhile(model, row_id, differing)
        with _lock:
            _seen.pop(key(model, row_id), None)


def changed_meanwhile(
    model: type[BaseModel], row_id: int, values: dict[str, Any]
) -> ChangedMeanwhileError:
    row = model.select().where(model.id == row_id).dicts().first()
    what = model._meta.table_name.replace("_", " ")
    if row is None:
        return ChangedMeanwhileError(
            f"Someone deleted this {what} since you read it; your change was not saved.", "", {}
        )
    note_version(model, row_id, row["version"])  # applying it again now overwrites knowingly
    editor = row["edited_by"] or "someone"
    now = "; ".join(
        f"{name.replace('_', ' ')} is now “{shown(row[name])}”" for name in values if name in row
    )
    return ChangedMeanwhileError(
        f"{editor} changed this {what} since you read it{f' ({now})' if now else ''}; your "
        "change was not saved "
        "and is still yours to apply again over theirs.",
        editor,
        row,
    )


def shown(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def serialised(what: str, work: Callable[[], T]) -> T:
    """Run work (its own transactions become savepoints) in one SERIALIZABLE transaction on a
    server, again from the start when the server refuses it for a concurrent one (several
    people importing at once), so that every one of them commits; on a file, just run it."""
    if not shared():
        return work()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with database_proxy.atomic(isolation_level="SERIALIZABLE"):
                return work()
        except (PlannerError, DatabaseError) as error:
            if attempt == ATTEMPTS or not retryable(error):
                if isinstance(error, PlannerError):
                    raise
                raise PlannerError(
                    f"{what} could not be saved: {write_failure(error)}. Nothing was changed."
                ) from error
            time.sleep(random.uniform(0.0, 0.02 * attempt))  # let the other one finish
    raise AssertionError("unreachable: the last attempt returns or raises")


def retryable(error: BaseException | None) -> bool:
    """Whether the server refused the transaction only because of a concurrent one."""
    seen = 0
    while error is not None and seen < 10:
        original = getattr(error, "orig", None)
        for candidate in (error, original):
            if getattr(candidate, "sqlstate", None) in RETRIED:
                return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False
