"""The kinds of import (issues, meetings, positions), one registry for the command line and
the window: how each finds its columns, plans from sheets already read and commits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner import row_versions
from planner.edits import BulkEdits, BulkOperation
from planner.importing.bounds import CommitProgress, Progress, Sheet
from planner.importing.issue_import import (
    ISSUE_IMPORT,
    ImportPlan,
    commit_issue_import,
    issue_columns,
    plan_issues,
)
from planner.importing.mapping import ISSUE_FIELDS, Header
from planner.importing.meeting_import import (
    MEETING_FIELDS,
    MEETING_IMPORT,
    commit_meeting_import,
    meeting_columns,
    plan_meetings,
)
from planner.importing.position_import import (
    POSITION_IMPORT,
    commit_position_import,
    plan_positions,
    position_columns,
)
from planner.importing.reading import read_file

Columns = Callable[[Sheet, str, "dict[str, str] | None"], tuple[Header, dict[int, str]]]
Planner = Callable[..., ImportPlan]  # (sheets, source, sheet name, overrides, **options)
Committer = Callable[[ImportPlan, CommitProgress], "tuple[Any, Any] | None"]


@dataclass(frozen=True)
class ImportKind:
    """One kind of import. `fields` are the fields a column may be mapped to (empty: the
    columns are recognised, not chosen); `options` the planning options it takes."""

    name: str
    label: str
    fields: dict[str, tuple[str, ...]]
    columns: Columns
    planner: Planner
    committer: Committer
    edits: BulkEdits
    options: tuple[str, ...] = ()

    def plan(
        self,
        sheets: list[Sheet],
        source: str,
        sheet_name: str | None = None,
        overrides: dict[str, str] | None = None,
        progress: Progress = None,
        **options: Any,
    ) -> ImportPlan:
        """What importing the sheets already read would do, row by row; nothing changes.
        progress hears the rows checked (every 500); returning False cancels."""
        taken = {k: v for k, v in options.items() if k in self.options}
        return self.planner(sheets, source, sheet_name, overrides, progress=progress, **taken)

    def plan_file(
        self,
        path: Path,
        sheet_name: str | None = None,
        overrides: dict[str, str] | None = None,
        **options: Any,
    ) -> ImportPlan:
        sheets = read_file(Path(path))
        return self.plan(sheets, Path(path).name, sheet_name, overrides, **options)

    def commit(
        self, plan: ImportPlan, progress: CommitProgress = None, description: str = ""
    ) -> BulkOperation:
        """Carry out the plan in one transaction, on the calling thread's connection, and
        return it as an undoable operation already applied (History.record keeps it). A
        cancel through progress raises ImportCancelled with the file as it was."""
        states = row_versions.serialised("The import", lambda: self.committer(plan, progress))
        return BulkOperation.committed(self.edits, states, description or f"Import {plan.source}")


KINDS: dict[str, ImportKind] = {
    kind.name: kind
    for kind in (
        ImportKind(
            "issues",
            "Agenda issues",
            ISSUE_FIELDS,
            issue_columns,
            plan_issues,
            commit_issue_import,
            ISSUE_IMPORT,
            options=("keep_unmapped",),
        ),
        ImportKind(
            "meetings",
            "Meetings (a programme)",
            MEETING_FIELDS,
            meeting_columns,
            plan_meetings,
            commit_meeting_import,
            MEETING_IMPORT,
            options=("new_rooms", "rooms_as"),
        ),
        ImportKind(
            "positions",
            "Positions (issues × delegations)",
            {},
            position_columns,
            plan_positions,
            commit_position_import,
            POSITION_IMPORT,
        ),
    )
}


def changed_nothing(states: tuple[Any, Any] | None) -> bool:
    """Whether a committed import's (undo, redo) states show that it changed nothing: no record
    added (nothing for its undo to remove) and every record it updated as it was before, as
    when the same list is imported again. Such an import leaves no step to undo."""
    if states is None:
        return True
    undo, redo = states
    if not (isinstance(undo, dict) and isinstance(redo, dict)):
        return bool(undo == redo)
    if any(value for key, value in undo.items() if str(key).startswith("remove")):
        return False
    shared = set(undo) & set(redo)  # the records updated, as they were and as they are
    added = [redo[key] for key in redo if key not in shared]  # records (re)inserted by redo
    return all(undo[key] == redo[key] for key in shared) and not any(added)
