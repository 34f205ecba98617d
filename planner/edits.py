"""The operations every edit is made of: records added, changed or removed one kind at a time
(over records.RecordOperations), and bulk edits of many records kept as their state before
and after (position cells, imports). Run them through a history.History."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from planner.history import Change
from planner.records import DeletionPlan, RecordChanges, RecordOperations


def removal_change(kind: str, plan: Any) -> Change:
    """The records a removal plan names; a kind's own plan (a track moving its issues)
    counts as a change of every record of that kind."""
    return Change.of(kind, plan.ids) if isinstance(plan, DeletionPlan) else Change.of(kind)


@dataclass
class AddRecord:
    """A new record; undone by removing it (with what refers to it by then), redone by
    putting it back with the same id."""

    ops: RecordOperations
    values: Any
    description: str
    row_id: int | None = None
    plan: DeletionPlan | None = None

    def apply(self) -> Change:
        if self.row_id is None:
            self.row_id = self.ops.add(self.values)
        elif self.plan is not None:
            self.ops.restore(self.plan)
        return Change.of(self.ops.kind, [self.row_id])

    def revert(self) -> Change:
        assert self.row_id is not None, "an addition is undone only after it was made"
        self.plan = self.ops.plan_removal([self.row_id])
        self.ops.remove(self.plan)
        return Change.of(self.ops.kind, [self.row_id])


@dataclass
class ChangeRecord:
    """New values for one record; the first apply makes the edit and finds its old state
    (nothing changed: an empty Change, and the history keeps no step), undo and redo put
    back the states."""

    ops: RecordChanges
    row_id: int
    values: Any
    description: str
    states: tuple[Any, Any] | None = field(default=None, init=False)

    def apply(self) -> Change:
        if self.states is None:
            self.states = self.ops.change(self.row_id, self.values)
            if self.states is None:
                return Change()
        else:
            self.ops.put(self.row_id, self.states[1])
        return Change.of(self.ops.kind, [self.row_id])

    def revert(self) -> Change:
        assert self.states is not None, "a change is undone only after it was made"
        self.ops.put(self.row_id, self.states[0])
        return Change.of(self.ops.kind, [self.row_id])


@dataclass
class RemoveRecords:
    """A deletion plan carried out; undone by restoring every row it held, with their ids."""

    ops: RecordOperations
    plan: Any  # a DeletionPlan, or the kind's own (see tracks.TrackRemoval)
    description: str

    def apply(self) -> Change:
        self.ops.remove(self.plan)
        return removal_change(self.ops.kind, self.plan)

    def revert(self) -> Change:
        self.ops.restore(self.plan)
        return removal_change(self.ops.kind, self.plan)


class BulkEdits(Protocol):
    """Edits of many records at once, undone by putting back the state before them.

    `commit` carries out what was asked (a set of cells, an import plan) and returns the
    states before and after, each fit for `put`, or None when nothing changed; `changed`
    names the records a state touches."""

    def commit(self, request: Any) -> tuple[Any, Any] | None: ...

    def put(self, state: Any) -> None: ...

    def changed(self, state: Any) -> Change: ...


@dataclass
class BulkOperation:
    """A bulk edit as one step of the history, kept as its before and after states."""

    edits: BulkEdits
    request: Any
    description: str
    states: tuple[Any, Any] | None = field(default=None, init=False)

    @classmethod
    def committed(
        cls, edits: BulkEdits, states: tuple[Any, Any] | None, description: str
    ) -> BulkOperation:
        """A bulk edit already carried out (states from its commit): keep it with
        History.record; it is undone and redone like any other."""
        operation = cls(edits, None, description)
        operation.states = states
        return operation

    def change(self) -> Change:
        """What the edit changed once carried out (empty when nothing did)."""
        return Change() if self.states is None else self.edits.changed(self.states[1])

    def apply(self) -> Change:
        if self.states is None:
            self.states = self.edits.commit(self.request)
            self.request = None  # the states are all that is needed from now on
            if self.states is None:
                return Change()
        else:
            self.edits.put(self.states[1])
        return self.edits.changed(self.states[1])

    def revert(self) -> Change:
        assert self.states is not None, "a bulk edit is undone only after it was made"
        self.edits.put(self.states[0])
        return self.edits.changed(self.states[0])
