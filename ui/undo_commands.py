"""Undoable edits (delegations, people, rooms, the summit's settings), calling planner/.

Each edit is carried out first, outside the undo stack, so that a refused edit raises to the
caller with its message and leaves the stack untouched; the command pushed afterwards skips its
first redo.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QUndoCommand

from planner import delegations, summit_settings
from planner.delegations import Kind
from planner.errors import USER_ERRORS
from planner.records import DeletionPlan, Row
from ui.document import SummitDocument

log = logging.getLogger(__name__)


class RecordCommand(QUndoCommand):
    """Shared plumbing: skip the first redo, report failures instead of raising into Qt."""

    def __init__(self, document: SummitDocument, kind: str, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.kind = kind
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
            # The step did not happen: drop it, so the stack never claims otherwise.
            self.setObsolete(True)
            self.document.report_failure(str(error))
        finally:
            self.document.notify(str(self.kind))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddRecordCommand(RecordCommand):
    def __init__(self, document: SummitDocument, kind: Kind, row_id: int, text: str) -> None:
        super().__init__(document, kind, text)
        self.row_id = row_id
        self.plan: DeletionPlan | None = None

    def apply(self) -> None:
        if self.plan is not None:
            delegations.restore(self.plan)

    def revert(self) -> None:
        self.plan = delegations.plan_removal(self.kind, [self.row_id])
        delegations.remove(self.plan)


class ChangeRecordCommand(RecordCommand):
    def __init__(
        self, document: SummitDocument, kind: Kind, row_id: int, old: Row, new: Row, text: str
    ) -> None:
        super().__init__(document, kind, text)
        self.row_id, self.old, self.new = row_id, old, new

    def apply(self) -> None:
        delegations.change(self.kind, self.row_id, self.new)

    def revert(self) -> None:
        delegations.change(self.kind, self.row_id, self.old)


class RemoveRecordsCommand(RecordCommand):
    def __init__(self, document: SummitDocument, kind: Kind, plan: DeletionPlan, text: str):
        super().__init__(document, kind, text)
        self.plan = plan

    def apply(self) -> None:
        delegations.remove(self.plan)

    def revert(self) -> None:
        delegations.restore(self.plan)


def add_record(document: SummitDocument, kind: Kind, values: Row, text: str) -> int:
    """Add a record as one undoable step; raises PlannerError (nothing changed) if refused."""
    row_id = delegations.add(kind, values)
    document.undo_stack.push(AddRecordCommand(document, kind, row_id, text))
    document.notify(kind.value)
    return row_id


def change_record(
    document: SummitDocument, kind: Kind, row_id: int, values: Row, text: str
) -> bool:
    """Change a record as one undoable step; return False when nothing actually changed."""
    old = delegations.change(kind, row_id, values)
    if not old:
        return False
    stored = delegations.fetch(kind, row_id)
    new = {name: stored[name] for name in old}
    document.undo_stack.push(ChangeRecordCommand(document, kind, row_id, old, new, text))
    document.notify(kind.value)
    return True


def remove_records(document: SummitDocument, kind: Kind, plan: DeletionPlan, text: str) -> None:
    """Carry out a deletion plan as one undoable step."""
    delegations.remove(plan)
    document.undo_stack.push(RemoveRecordsCommand(document, kind, plan, text))
    document.notify(kind.value)


SUMMIT = "summit"
"""The kind of change notice sent when the summit's own settings change."""


class ChangeSettingsCommand(RecordCommand):
    def __init__(self, document: SummitDocument, old: Row, new: Row, text: str) -> None:
        super().__init__(document, SUMMIT, text)
        self.old, self.new = old, new

    def apply(self) -> None:
        summit_settings.change_settings(self.new)

    def revert(self) -> None:
        summit_settings.change_settings(self.old)


def change_settings(document: SummitDocument, values: Row, text: str) -> bool:
    """Change the summit's settings as one undoable step; False when nothing changed."""
    old = summit_settings.change_settings(values)
    if not old:
        return False
    stored = summit_settings.fetch_settings()
    new = {name: stored[name] for name in old}
    document.undo_stack.push(ChangeSettingsCommand(document, old, new, text))
    document.notify(SUMMIT)
    return True
