"""Edits as one undoable step each: the planner's operations (planner.edits) run through the
open summit's history. A refused edit raises to the caller with its message, nothing changed
and no step kept."""

from __future__ import annotations

from typing import Any

from planner.edits import AddRecord, BulkEdits, BulkOperation, ChangeRecord, RemoveRecords
from planner.records import DeletionPlan, RecordChanges, RecordOperations
from ui.document import SummitDocument


def add_record(document: SummitDocument, ops: RecordOperations, values: Any, text: str) -> int:
    """Add a record; return its id."""
    operation = AddRecord(ops, values, text)
    document.run(operation)
    assert operation.row_id is not None
    return operation.row_id


def change_record(
    document: SummitDocument, ops: RecordChanges, row_id: int, values: Any, text: str
) -> bool:
    """Change a record; return False when nothing actually changed (no step kept)."""
    return bool(document.run(ChangeRecord(ops, row_id, values, text)))


def remove_records(
    document: SummitDocument, ops: RecordOperations, plan: DeletionPlan, text: str
) -> None:
    """Carry out a deletion plan."""
    document.run(RemoveRecords(ops, plan, text))


def bulk_edit(document: SummitDocument, edits: BulkEdits, request: Any, text: str) -> bool:
    """Carry out a bulk edit (cells, an import); return False when nothing changed."""
    return bool(document.run(BulkOperation(edits, request, text)))
