"""Create, change, delete and restore rows, with what undo needs to put everything back.

One mechanism for every table: a deletion is planned first (what it takes with it, what it
empties, what forbids it), shown to the user, then carried out; the plan holds the rows, so
undo restores them with their original ids and every reference to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Protocol

from peewee import DatabaseError, ForeignKeyField

from db.models import ALL_MODELS, BaseModel, LocalName, database_proxy
from db.safe_files import write_failure
from planner import row_versions
from planner.errors import InUseError, PlannerError
from planner.local_names import local_names_of
from planner.translation import tr

Row = dict[str, Any]


class RecordChanges(Protocol):
    """What changing records of one kind needs (the one summit row has only this).

    `values` and the old/new states are whatever the kind edits with (a dict of fields, a
    meeting draft); `change` makes a new edit and returns (old, new), each fit to pass to
    `put`, or None when nothing changed.
    """

    kind: str

    def change(self, row_id: int, values: Any) -> tuple[Any, Any] | None: ...

    def put(self, row_id: int, state: Any) -> None:
        """Put back a state `change` returned (undo, redo). By default that is changing to
        it; a kind whose new edits keep a rule that a stored state need not (a meeting
        within the summit's days, which may have shrunk since) puts it back as it was."""
        self.change(row_id, state)


class RecordOperations(RecordChanges, Protocol):
    """What adding, changing and removing records of one kind needs; the operations of
    planner.edits use only this."""

    def add(self, values: Any) -> int: ...

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan: ...

    def remove(self, plan: DeletionPlan) -> None: ...

    def restore(self, plan: DeletionPlan) -> None: ...


def fetch(model: type[BaseModel], row_id: int) -> Row:
    row = model.select().where(model.id == row_id).dicts().first()
    if row is None:
        raise PlannerError(
            tr("The {label} no longer exists; it may have been deleted.").format(label=label(model))
        )
    row_versions.note_read(model, row_id, row.get("version"))
    return row


def label(model: type[BaseModel]) -> str:
    """The kind of record in words of the chosen language ("meeting", "agenda issue")."""
    table: str = model._meta.table_name
    words = {
        "delegation": tr("delegation"),
        "person": tr("person"),
        "room": tr("room"),
        "meeting": tr("meeting"),
        "meeting_delegation": tr("meeting delegation"),
        "attendee": tr("attendee"),
        "track": tr("track"),
        "agenda_issue": tr("agenda issue"),
        "meeting_issue": tr("agenda item"),
        "position": tr("position"),
        "lender": tr("lender"),
        "envelope": tr("envelope"),
        "exchange_rate": tr("exchange rate"),
        "financing_request": tr("financing request"),
        "financing_meeting": tr("financing request's meeting"),
        "financing_status_change": tr("financing status change"),
        "summit": tr("summit"),
    }
    return words.get(table, table.replace("_", " "))


@contextmanager
def writing(what: str) -> Iterator[None]:
    """One transaction; a database refusal (locked, full disk, constraint) becomes a sentence."""
    try:
        with database_proxy.atomic():
            yield
    except DatabaseError as error:
        # write_failure names the first cause: on a full disk SQLite has already rolled back,
        # and the rollback that follows fails with "no transaction is active"
        reason = write_failure(error)
        settle_after_failure()
        raise PlannerError(
            tr("{what} could not be saved: {reason}. Nothing was changed.").format(
                what=what, reason=reason
            )
        ) from error


def settle_after_failure() -> None:
    """After a write the disk refused, SQLite puts back what the transaction had written only
    when the connection next reads: read now, so that the file is as it was and no journal is
    left beside it for the next program (closing at once would leave both)."""
    if row_versions.shared():
        return  # a server has rolled the transaction back by itself
    with suppress(DatabaseError):
        database_proxy.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()


def create(model: type[BaseModel], values: Row) -> int:
    """Insert a row of already validated values; return its id."""
    with writing(tr("The {label}").format(label=label(model))):
        row_id: int = model.insert(values).execute()
    return row_id


def update(model: type[BaseModel], row_id: int, values: Row) -> Row:
    """Change the given fields of one row; return their previous values, for undo."""
    with writing(tr("The {label}").format(label=label(model))):
        before = fetch(model, row_id)
        previous = {name: before[name] for name in values}
        row_versions.written(model, row_id, values)  # refused if changed by someone since
    return previous


@dataclass
class DeletionPlan:
    """Everything a deletion removes or empties, and what forbids it."""

    model: type[BaseModel]
    ids: list[int]
    removed: dict[type[BaseModel], list[Row]] = field(default_factory=dict)
    emptied: list[tuple[type[BaseModel], str, int, Any]] = field(default_factory=list)
    blockers: dict[tuple[type[BaseModel], str], int] = field(default_factory=dict)

    def count(self, model: type[BaseModel]) -> int:
        return len(self.removed.get(model, []))

    def emptied_count(self, model: type[BaseModel], field_name: str) -> int:
        return sum(1 for m, name, _, _ in self.emptied if m is model and name == field_name)


def referencing_fields(model: type[BaseModel]) -> list[ForeignKeyField]:
    return [
        fk
        for other in ALL_MODELS
        for fk in other._meta.refs
        if fk.rel_model is model and fk.model is other
    ]


def plan_deletion(model: type[BaseModel], ids: list[int]) -> DeletionPlan:
    """Work out, without changing anything, what deleting these rows would do."""
    plan = DeletionPlan(model, list(ids))
    collect(plan, model, list(ids))
    return plan


def collect(plan: DeletionPlan, model: type[BaseModel], ids: list[int]) -> None:
    if not ids:
        return
    rows = list(model.select().where(model.id.in_(ids)).dicts())
    known = {row["id"] for row in plan.removed.get(model, [])}
    new_rows = [row for row in rows if row["id"] not in known]
    if not new_rows:
        return
    plan.removed.setdefault(model, []).extend(new_rows)
    new_ids = [row["id"] for row in new_rows]
    # their names in other languages go with them (local_name names a record by kind and id)
    names = list(local_names_of(model, new_ids).dicts())
    if names:
        plan.removed.setdefault(LocalName, []).extend(names)
    for fk in referencing_fields(model):
        referring = fk.model
        query = referring.select(referring.id, fk).where(fk.in_(new_ids))
        action = (fk.on_delete or "").upper()
        if action == "CASCADE":
            collect(plan, referring, [row.id for row in query])
        elif action == "SET NULL":
            for row in query:
                plan.emptied.append((referring, fk.name, row.id, row.__data__.get(fk.name)))
        else:
            count = query.count()
            if count:
                key = (referring, fk.name)
                plan.blockers[key] = plan.blockers.get(key, 0) + count


def delete(plan: DeletionPlan) -> None:
    """Carry out a plan; refuse, changing nothing, when something still refers to the rows."""
    if plan.blockers:
        raise InUseError(
            tr("The {label} is still in use and was not deleted.").format(label=label(plan.model))
        )
    with writing(tr("Deleting the {label}").format(label=label(plan.model))):
        # refused if someone changed one of the rows since it was read
        row_versions.deleted(plan.model, plan.ids, plan.removed.get(plan.model))
        names = [row["id"] for row in plan.removed.get(LocalName, [])]
        if names:
            LocalName.delete().where(LocalName.id.in_(names)).execute()


def restore(plan: DeletionPlan) -> None:
    """Put back everything a carried-out plan deleted or emptied, with the same ids."""
    with writing(tr("Restoring the {label}").format(label=label(plan.model))):
        for model in ALL_MODELS:
            rows = plan.removed.get(model)
            if rows:
                model.insert_many(rows).execute()
        for model, field_name, row_id, value in plan.emptied:
            model.update({field_name: value}).where(model.id == row_id).execute()
