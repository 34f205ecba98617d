"""Whether a file's schema is exactly the one our migrations build: no trigger, view or other
object of its author's that would run when the file is read or edited."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from db.errors import SummitFileError
from db.migrations import MIGRATIONS
from db.translation import tr

# What SQLite itself may add to a healthy file (ANALYZE statistics): data, never code.
SQLITE_STATISTICS = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}


class RepairableFileError(SummitFileError):
    """The file is readable but holds what a summit file may not (a foreign schema object or a
    forbidden value); a cleaned copy can be made of it, the file itself stays as it is."""

    def __init__(self, name: str, problem: str) -> None:
        """problem: the whole sentence saying what the file holds, its name in it, without
        the full stop ("T.summit holds the trigger “e”, which…")."""
        super().__init__(tr("{problem}; it was left as it is.").format(problem=problem))
        self.name = name
        self.problem = problem

    @property
    def description(self) -> str:
        """The problem alone, as a diagnosis lists it: "T.summit holds the trigger “e”…"."""
        return tr("{problem}.").format(problem=self.problem)

    def as_json(self) -> dict[str, object]:
        """The problem for check --json (a value's table, row and column where known)."""
        return {
            "table": None,
            "row": None,
            "column": None,
            "value": None,
            "message": self.description,
        }


class ForeignSchemaError(RepairableFileError):
    """The file's tables, columns or indexes differ from ours, or it holds extra objects."""

    def __init__(self, name: str, difference: Difference) -> None:
        template, item = difference
        super().__init__(name, template.format(file=name, object=item.described()))


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger, view
    name: str
    table: str
    sql: str | None

    def described(self) -> str:
        """The object as a sentence names it, in the chosen language: the index “x”."""
        phrases = {
            "table": tr("the table “{name}”"),
            "index": tr("the index “{name}”"),
            "trigger": tr("the trigger “{name}”"),
            "view": tr("the view “{name}”"),
        }
        phrase = phrases.get(self.kind) or tr("the {kind} “{name}”")
        return phrase.format(kind=self.kind, name=self.name)


# What differs, as a sentence with {file} and {object} (in the chosen language), and the object.
Difference = tuple[str, SchemaObject]


def normalised(sql: str | None) -> str | None:
    return None if sql is None else re.sub(r"\s+", " ", sql).strip()


def schema_objects(connection: sqlite3.Connection, schema: str = "main") -> set[SchemaObject]:
    rows = connection.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master")
    return {SchemaObject(kind, name, table, normalised(sql)) for kind, name, table, sql in rows}


@cache
def expected_schema(version: int) -> frozenset[SchemaObject]:
    """The schema of file format version, built once by our own migrations in memory."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS:
            if step.version <= version:
                step.apply(memory)
        return frozenset(schema_objects(memory))
    finally:
        memory.close()


def schema_difference(connection: sqlite3.Connection, version: int) -> Difference | None:
    """None when the schema is that of the format version, else what differs."""
    present = schema_objects(connection)
    expected = expected_schema(version)
    statistics = {
        item
        for item in present
        if item.kind == "table" and SQLITE_STATISTICS.get(item.name) == item.sql
    }
    order = {"table": 0, "index": 1, "trigger": 2, "view": 3}
    extra = sorted(present - expected - statistics, key=lambda i: (order.get(i.kind, 9), i.name))
    missing = sorted(expected - present, key=lambda i: (order.get(i.kind, 9), i.name))
    present_names = {(item.kind, item.name) for item in present}
    incomplete = tr("{file} is not complete: {object} is missing")
    for item in missing:
        if item.kind == "table" and (item.kind, item.name) not in present_names:
            return incomplete, item
    expected_names = {(item.kind, item.name) for item in expected}
    for item in extra:
        if (item.kind, item.name) in expected_names:
            return tr("{file} has {object} defined differently from a summit file"), item
    for item in extra:
        if item.kind in ("trigger", "view"):
            return (
                tr(
                    "{file} holds {object}, which is not part of a summit file and could "
                    "change or hide its data"
                ),
                item,
            )
    if extra:
        return tr("{file} holds {object}, which is not part of a summit file"), extra[0]
    if missing:
        return incomplete, missing[0]
    return None


def tables_as_ours(connection: sqlite3.Connection, version: int) -> set[str]:
    """The tables defined exactly as in the format version: the only ones whose values are
    read (a table of another definition, a virtual one say, could run code of its own)."""
    ours = {item for item in expected_schema(version) if item.kind == "table"}
    return {item.name for item in schema_objects(connection) if item in ours}


def foreign_objects(connection: sqlite3.Connection, version: int) -> list[SchemaObject]:
    """What the file holds beyond (or instead of) the schema of the format version."""
    present = schema_objects(connection)
    return sorted(
        (
            item
            for item in present - expected_schema(version)
            if SQLITE_STATISTICS.get(item.name) != item.sql and item.sql is not None
        ),
        key=lambda item: (item.kind, item.name),
    )


def check_schema(connection: sqlite3.Connection, name: str, version: int) -> None:
    """Raise ForeignSchemaError unless the schema is exactly that of the format version."""
    difference = schema_difference(connection, version)
    if difference is not None:
        raise ForeignSchemaError(name, difference)
