"""Undoable edits: each calls the planner's operations for one kind of record.

Each edit is carried out first, outside the undo stack, so that a refused edit raises to the
caller with its message and leaves the stack untouched; the command pushed afterwards skips its
first redo. A later undo or redo that fails is reported and the command is dropped, so the
stack never claims a state the file is not in.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QUndoCommand

from planner.errors import USER_ERRORS
from planner.records import DeletionPlan, RecordOperations
from ui.document import SummitDocument

log = logging.getLogger(__name__)


class RecordCommand(QUndoCommand):
    def __init__(self, document: SummitDocument, ops: RecordOperations, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.ops = ops
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action) -> None:
        try:
            action()
        except Exception as error:
            if not isinstance(error, USER_ERRORS):
                log.exception("undo step failed")
            self.setObsolete(True)
            self.document.report_failure(str(error))
        finally:
            self.document.notify(self.ops.kind)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddRecordCommand(RecordCommand):
    def __init__(self, document: SummitDocument, ops: RecordOperations, row_id: int, text: str):
        super().__init__(document, ops, text)
        self.row_id = row_id
        self.plan: DeletionPlan | None = None

    def apply(self) -> None:
        if self.plan is not None:
            self.ops.restore(self.plan)

    def revert(self) -> None:
        self.plan = self.ops.plan_removal([self.row_id])
        self.ops.remove(self.plan)


class ChangeRecordCommand(RecordCommand):
    def __init__(
        self,
        document: SummitDocument,
        ops: RecordOperations,
        row_id: int,
        old: Any,
        new: Any,
        text: str,
    ) -> None:
        super().__init__(document, ops, text)
        self.row_id, self.old, self.new = row_id, old, new

    def apply(self) -> None:
        self.ops.change(self.row_id, self.new)

    def revert(self) -> None:
        self.ops.change(self.row_id, self.old)


class RemoveRecordsCommand(RecordCommand):
    def __init__(
        self, document: SummitDocument, ops: RecordOperations, plan: DeletionPlan, text: str
    ):
        super().__init__(document, ops, text)
        self.plan = plan

    def apply(self) -> None:
        self.ops.remove(self.plan)

    def revert(self) -> None:
        self.ops.restore(self.plan)


def add_record(document: SummitDocument, ops: RecordOperations, values: Any, text: str) -> int:
    """Add a record as one undoable step; raises PlannerError (nothing changed) if refused."""
    row_id = ops.add(values)
    document.undo_stack.push(AddRecordCommand(document, ops, row_id, text))
    document.notify(ops.kind)
    return row_id


def change_record(
    document: SummitDocument, ops: RecordOperations, row_id: int, values: Any, text: str
) -> bool:
    """Change a record as one undoable step; return False when nothing actually changed."""
    states = ops.change(row_id, values)
    if states is None:
        return False
    old, new = states
    document.undo_stack.push(ChangeRecordCommand(document, ops, row_id, old, new, text))
    document.notify(ops.kind)
    return True


def remove_records(
    document: SummitDocument, ops: RecordOperations, plan: DeletionPlan, text: str
) -> None:
    """Carry out a deletion plan as one undoable step."""
    ops.remove(plan)
    document.undo_stack.push(RemoveRecordsCommand(document, ops, plan, text))
    document.notify(ops.kind)
