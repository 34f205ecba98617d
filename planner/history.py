"""Edits as operations, their undo history per open summit, and the typed change each reports.

Every edit of a summit is an `Operation`: a description ("Move Meeting") and `apply`/`revert`,
each calling planner functions and returning the `Change` it made. A `History` runs them,
undoes and redoes them, knows its clean state and tells its listeners every `Change`. No Qt:
the window only adapts this (menu texts, shortcuts, views refreshing what a change names).

A `Change` is plain data (kinds of records and their ids, nothing that refers to Python
objects), so that a change made elsewhere — another person's edit on a shared server — can
arrive as the same value and be shown the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

ALL = None  # in a Change: every record of that kind may have changed
RecordId = Hashable  # a row id, or a (issue id, delegation id) cell for positions
DEFAULT_LIMIT = 500  # steps kept; the oldest go first


@dataclass(frozen=True)
class Change:
    """Which records changed: for each kind ("meeting", "position", …) the ids, or ALL."""

    records: Mapping[str, frozenset[RecordId] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, ids: Iterable[RecordId] | None = ALL) -> Change:
        return cls({kind: ALL if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls, *kinds: str) -> Change:
        return cls(dict.fromkeys(kinds, ALL))

    def __bool__(self) -> bool:
        return bool(self.records)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> frozenset[RecordId] | None:
        """The ids of that kind that changed (empty when none did), or ALL."""
        return self.records.get(kind, frozenset())

    def merged(self, other: Change) -> Change:
        """Both changes as one (e.g. several arriving before views could refresh)."""
        records = dict(self.records)
        for kind, ids in other.records.items():
            if kind in records:
                mine = records[kind]
                records[kind] = ALL if mine is ALL or ids is ALL else mine | ids
            else:
                records[kind] = ids
        return Change(records)

    def to_data(self) -> dict[str, list[Any] | None]:
        """As JSON-ready data (a cell becomes a two-item list)."""
        return {
            kind: None
            if ids is ALL
            else sorted((list(i) if isinstance(i, tuple) else i) for i in ids)
            for kind, ids in self.records.items()
        }

    @classmethod
    def from_data(cls, data: Mapping[str, list[Any] | None]) -> Change:
        return cls(
            {
                kind: ALL
                if ids is None
                else frozenset(tuple(i) if isinstance(i, list) else i for i in ids)
                for kind, ids in data.items()
            }
        )


NO_CHANGE = Change()


class Operation(Protocol):
    """One user edit. `apply` carries it out (the first time, it may be refused with a
    PlannerError, changing nothing), `revert` puts back the state before it; each returns
    the Change it made (empty: nothing changed, and the operation is not kept)."""

    description: str

    def apply(self) -> Change: ...

    def revert(self) -> Change: ...


Listener = Callable[[Change], None]


class History:
    """The undo history of one open summit: operations done (undoable) and undone (redoable)."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self.steps: list[tuple[Operation, Change]] = []
        self.index = 0  # steps[:index] are done, steps[index:] undone
        self.clean_index: int | None = 0  # None: the clean state can no longer be reached
        self.listeners: list[Listener] = []

    def __len__(self) -> int:
        return len(self.steps)

    def add_listener(self, listener: Listener) -> None:
        self.listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self.listeners.remove(listener)

    def announce(self, change: Change) -> None:
        """Tell every listener about a change (one of ours, or one that came from outside)."""
        if change:
            for listener in list(self.listeners):
                listener(change)

    def run(self, operation: Operation) -> Change:
        """Carry out an operation and keep it as the step to undo next. A refusal raises with
        nothing changed and nothing kept; an operation that changed nothing is not kept."""
        return self.record(operation, operation.apply())

    def record(self, operation: Operation, change: Change) -> Change:
        """Keep an operation already carried out (elsewhere, e.g. committed on a worker
        thread) as the step to undo next, and announce its change; an empty change keeps
        nothing."""
        if not change:
            return change
        if self.clean_index is not None and self.clean_index > self.index:
            self.clean_index = None  # the undone steps leading back to it are gone
        del self.steps[self.index :]
        self.steps.append((operation, change))
        self.index += 1
        if len(self.steps) > self.limit:
            drop = len(self.steps) - self.limit
            del self.steps[:drop]
            self.index -= drop
            if self.clean_index is not None:
                self.clean_index = self.clean_index - drop if self.clean_index >= drop else None
        self.announce(change)
        return change

    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.steps)

    @property
    def undo_text(self) -> str:
        return self.steps[self.index - 1][0].description if self.can_undo() else ""

    @property
    def redo_text(self) -> str:
        return self.steps[self.index][0].description if self.can_redo() else ""

    def undo(self) -> Change:
        """Undo the latest step. If that fails, the step is dropped (the history never claims
        a state the file is not in), listeners still hear of it, and the error is raised."""
        if not self.can_undo():
            return NO_CHANGE
        self.index -= 1
        operation, known = self.steps[self.index]
        try:
            change = operation.revert()
        except BaseException:
            self.drop(self.index, known)
            raise
        self.announce(change or known)
        return change or known

    def redo(self) -> Change:
        """Redo the latest undone step (a failure is handled as in undo)."""
        if not self.can_redo():
            return NO_CHANGE
        operation, known = self.steps[self.index]
        try:
            change = operation.apply()
        except BaseException:
            self.drop(self.index, known)
            raise
        self.index += 1
        self.announce(change or known)
        return change or known

    def drop(self, position: int, known: Change) -> None:
        del self.steps[position]
        self.clean_index = None  # whatever the file is now, it is not known to be clean
        self.announce(known)  # what the failed step may have touched

    def is_clean(self) -> bool:
        """True when the file is as it was when last marked clean (opened, saved elsewhere)."""
        return self.clean_index == self.index

    def mark_clean(self) -> None:
        self.clean_index = self.index

    def clear(self) -> None:
        """Forget every step (the state now is where history starts, and clean)."""
        self.steps.clear()
        self.index = 0
        self.clean_index = 0
