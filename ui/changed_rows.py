"""Which rows of a table a typed change names: its own kind's ids, and the rows that show
something of another kind (a track's name, a count of meetings) that the change touched."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from planner import history
from planner.history import Change

# A change naming more rows than this reloads the whole list: placing each one anew would
# cost more than loading them all.
RELOAD_SOME = 1_000


class Relation(Protocol):
    """How rows depend on records of another kind."""

    def rows(self, shown: list[Any], ids: frozenset[Any] | None) -> set[Any] | None:
        """The ids of the rows (among `shown`, as last loaded) that records of these ids
        (None: any) may have changed; None: any row may have."""
        ...


@dataclass(frozen=True)
class Via:
    """Rows that show a record of the other kind by its id in these fields (an issue's
    track, a person's delegation): those whose field holds a changed id."""

    fields: tuple[str, ...]

    def rows(self, shown: list[Any], ids: frozenset[Any] | None) -> set[Any] | None:
        if ids is None:
            return None
        return {row.id for row in shown if any(getattr(row, f) in ids for f in self.fields)}


@dataclass(frozen=True)
class Recount:
    """Rows that show a count of records of the other kind (an issue's meetings): counted
    again in one query, and the rows whose count differs are the ones that changed. Exact
    for any change, also one that removed the record (the row cannot say what it counted)."""

    counts: Callable[[], Mapping[Any, Any]]
    value: Callable[[Any], Any]  # the count a row shows
    none: Any = 0  # what a row shows when counts() leaves it out

    def rows(self, shown: list[Any], ids: frozenset[Any] | None) -> set[Any]:
        counts, value, none = self.counts(), self.value, self.none
        return {row.id for row in shown if counts.get(row.id, none) != value(row)}


def changed_rows(
    change: Change,
    kind: str | None,
    follows: Mapping[str, Relation],
    shown: list[Any],
) -> set[Any] | None:
    """The ids of the rows a change names: of the table's own kind, and through the
    relations to other kinds; None when it names no ids (every record of a kind) or too
    many, and the whole list is to be loaded again."""
    found: set[Any] = set()
    for each, ids in change.records.items():
        if each == kind:
            if ids is history.ALL:
                return None
            found |= ids
        elif each in follows:
            related = follows[each].rows(shown, ids)
            if related is None:
                return None
            found |= related
        if len(found) > RELOAD_SOME:
            return None
    return found


def merged_rows(
    rows: Iterable[Any],
    fresh: Collection[Any],
    changed: Collection[Any],
    order: Callable[[Any], Any] | None,
) -> list[Any]:
    """The rows with those of the changed ids replaced by `fresh` (gone when not in it);
    a row that is new or moved in the loader's `order` is placed by it (at the end when
    the loader's order is not known)."""
    by_id = {row.id: row for row in fresh}
    kept: list[Any] = []
    placed: list[Any] = []
    for row in rows:
        if row.id not in changed:
            kept.append(row)
            continue
        new = by_id.pop(row.id, None)
        if new is None:
            continue
        if order is None or order(new) == order(row):
            kept.append(new)
        else:
            placed.append(new)
    placed.extend(by_id.values())
    for row in placed:
        if order is None:
            kept.append(row)
        else:
            bisect.insort(kept, row, key=order)
    return kept
