"""Importing agenda issues: checking every row, then committing in one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peewee import fn

from db.models import AgendaIssue, Track, database_proxy
from planner import records
from planner.history import Change
from planner.importing.bounds import CommitProgress, Progress, step
from planner.importing.headers import around_table
from planner.importing.issue_checks import Checker
from planner.importing.mapping import (
    ISSUE_FIELDS,
    NUMBERING,
    Header,
    find_header,
    map_columns,
)
from planner.importing.plan import (
    CREATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    PlannedRow,
    Problem,
    choose_sheet,
    reading_problems,
)
from planner.importing.reading import ImportRefused, Sheet, read_file
from planner.importing.words import fold
from planner.issue_codes import prefix_of
from planner.translation import tr

__all__ = [
    "CREATE",
    "SKIP",
    "UNCHANGED",
    "UPDATE",
    "ImportPlan",
    "PlannedRow",
    "Problem",
    "choose_sheet",
    "reading_problems",
]

CHUNK = 1_000  # rows written between two progress reports (each a chance to cancel)
# What undoing or redoing an import puts back: rows to remove, insert and overwrite.
ImportState = dict[str, Any]
# The fields of an issue a mapped column updates; an unmapped field keeps its value.
UPDATED_FIELDS = ("title", "track", "priority", "lead_delegation", "status", "due_date",
                  "tags", "description", "code")  # fmt: skip


def plan_issue_import(
    path: Path,
    sheet_name: str | None = None,
    overrides: dict[str, str] | None = None,
    *,
    keep_unmapped: bool = False,
) -> ImportPlan:
    """Read the file and decide, row by row, what importing it would do; change nothing."""
    return plan_issues(
        read_file(Path(path)), Path(path).name, sheet_name, overrides, keep_unmapped=keep_unmapped
    )


def issue_columns(
    sheet: Sheet, source: str, overrides: dict[str, str] | None = None
) -> tuple[Header, dict[int, str]]:
    """The sheet's header row and which field each column is; refused when it has none. A
    column of running numbers (1, 2, 3 …) is the rows' numbering, never their codes."""
    header = find_header(sheet)
    if header is None:
        raise ImportRefused(
            tr(
                "Sheet “{sheet}” of {source} has no header row naming at least two of "
                "{fields} in its first 30 rows."
            ).format(sheet=sheet.name, source=source, fields=", ".join(ISSUE_FIELDS))
        )
    mapping = map_columns(header, overrides)
    around = set(around_table(sheet, header))
    chosen = {fold(k) for k, v in (overrides or {}).items() if v}
    for column, name in list(mapping.items()):
        if fold(header.columns[column]) in chosen:
            continue
        if name == "code" and running_numbers(sheet, header.row, column, around):
            mapping[column] = NUMBERING
        elif (
            name == NUMBERING
            and "code" not in mapping.values()
            and not running_numbers(sheet, header.row, column, around, empty=True)
        ):
            mapping[column] = "code"  # a "№" column of codes (ECO-06), not running numbers
    if "title" not in mapping.values():
        raise ImportRefused(
            tr(
                "No column of sheet “{sheet}” is the issue's title; map one with "
                '--map "HEADER=title" (or in the import window).'
            ).format(sheet=sheet.name)
        )
    return header, mapping


def running_numbers(
    sheet: Sheet, header_row: int, column: int, around: set[int], empty: bool = False
) -> bool:
    """Whether the column holds only whole numbers (a ministry's № п/п, not issue codes);
    an empty column is `empty`. Rows around the table (a footer) are not looked at."""
    seen = 0
    first = header_row + 1
    for number, row in enumerate(sheet.rows[header_row : header_row + 500], start=first):
        value = row[column - 1] if column <= len(row) and number not in around else None
        if value is None:
            continue
        text = str(value).strip().rstrip(".")
        if not text.isdigit():
            return False
        seen += 1
    return seen > 0 or empty


def plan_issues(
    sheets: list[Sheet],
    source: str,
    sheet_name: str | None = None,
    overrides: dict[str, str] | None = None,
    *,
    keep_unmapped: bool = False,
    progress: Progress = None,
) -> ImportPlan:
    """What importing the sheets already read from source would do, row by row (progress
    hears the rows checked, and may cancel)."""
    sheet = choose_sheet(sheets, sheet_name, source, ISSUE_FIELDS)
    header, mapping = issue_columns(sheet, source, overrides)
    unmapped = [text for column, text in header.columns.items() if column not in mapping]
    plan = ImportPlan("issues", source, sheet.name, header, mapping, unmapped)
    plan.problems.extend(reading_problems(sheet))
    Checker(plan, sheet, keep_unmapped).run(progress)
    return plan


# Committing, and undoing


def commit_issue_import(
    plan: ImportPlan, progress: CommitProgress = None
) -> tuple[ImportState, ImportState]:
    """Carry out the plan in one transaction; return (undo state, redo state). Cancelled
    through progress, the transaction is rolled back and the file is as it was."""
    updates = plan.count(UPDATE)
    with records.writing("The import"):
        track_ids: dict[str, int] = {}
        new_tracks: list[records.Row] = []
        order = max((t for (t,) in Track.select(Track.sort_order).tuples()), default=0)
        for offset, name in enumerate(plan.new_tracks, start=1):
            track_ids[name] = Track.insert(
                name=name, colour="#808080", sort_order=order + offset
            ).execute()
            new_tracks.append(records.fetch(Track, track_ids[name]))
        counters: dict[str, int] = {}
        taken = {code.upper() for (code,) in AgendaIssue.select(AgendaIssue.code).tuples()}
        inserts: list[dict[str, Any]] = []
        old_rows: list[records.Row] = []
        new_rows: list[records.Row] = []
        mapped = {*plan.mapping.values(), "title"}
        for planned in plan.rows:
            if planned.action not in (CREATE, UPDATE):
                continue  # skipped, unchanged, or a row around the table
            values = dict(planned.values)
            if planned.action == UPDATE:  # a field no column gives keeps its value
                values = {k: v for k, v in values.items() if k in mapped}
            if isinstance(values.get("track"), str):
                values["track"] = track_ids[values["track"]]
            if planned.action == UPDATE:
                assert planned.issue_id is not None  # a planned update names its issue
                if len(old_rows) % CHUNK == 0:
                    step(progress, "update", len(old_rows), updates)
                before = records.fetch(AgendaIssue, planned.issue_id)
                old_rows.append(before)
                new_code = str(values.get("code") or "").upper()
                if new_code and new_code != before["code"].upper() and new_code in taken:
                    values.pop("code")  # the code belongs to another issue: keep this one's
                elif new_code:
                    taken.add(new_code)  # so that no new issue below is numbered with it
                AgendaIssue.update(values).where(AgendaIssue.id == planned.issue_id).execute()
                new_rows.append(records.fetch(AgendaIssue, planned.issue_id))
            else:
                if not values.get("code") or values["code"].upper() in taken:
                    values["code"] = next_code(values["track"], counters, taken)
                taken.add(values["code"].upper())
                inserts.append(values)
        last_before = AgendaIssue.select(fn.MAX(AgendaIssue.id)).scalar() or 0
        # executemany: the ORM's per-row work would double the time of a large import.
        cursor = database_proxy.cursor()
        for done in range(0, len(inserts), CHUNK):
            step(progress, "create", done, len(inserts))
            cursor.executemany(INSERT_ISSUE, [issue_tuple(v) for v in inserts[done : done + CHUNK]])
        step(progress, "create", len(inserts), len(inserts))
        created = [
            row
            for row in database_proxy.execute_sql(
                f"SELECT id, {', '.join(ISSUE_COLUMNS)} FROM agenda_issue WHERE id > ?",
                (last_before,),
            )
        ]
        created_ids = [row[0] for row in created]
    undo = {
        "remove_issues": created_ids,
        "remove_tracks": [t["id"] for t in new_tracks],
        "put_issues": old_rows,
    }
    redo = {"insert_tracks": new_tracks, "insert_rows": created, "put_issues": new_rows}
    return undo, redo


ISSUE_COLUMNS = (
    "code",
    "title",
    "track_id",
    "description",
    "priority",
    "lead_delegation_id",
    "status",
    "due_date",
    "tags",
)
INSERT_ISSUE = (
    f"INSERT INTO agenda_issue ({', '.join(ISSUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ISSUE_COLUMNS))})"
)


def issue_tuple(values: dict[str, Any]) -> tuple[Any, ...]:
    due = values.get("due_date")
    return (
        values["code"],
        values["title"],
        values["track"],
        values.get("description", ""),
        values["priority"],
        values.get("lead_delegation"),
        values["status"],
        due.isoformat() if due else None,
        values.get("tags", ""),
    )


def next_code(track_id: int, counters: dict[str, int], taken: set[str]) -> str:
    prefix = prefix_of(track_id)
    number = counters.get(prefix)
    if number is None:
        number = max(
            (
                int(c.split("-")[1])
                for c in taken
                if c.startswith(f"{prefix}-") and c.split("-")[1].isdigit()
            ),
            default=0,
        )
    number += 1
    counters[prefix] = number
    return f"{prefix}-{number:02d}"


def apply_state(state: ImportState) -> None:
    """Put back or redo an import: rows removed, inserted or overwritten, in one step."""
    with records.writing("Undoing the import"):
        if state.get("remove_issues"):
            AgendaIssue.delete().where(AgendaIssue.id.in_(state["remove_issues"])).execute()
        if state.get("insert_tracks"):
            Track.insert_many(state["insert_tracks"]).execute()
        if state.get("insert_rows"):
            columns = ", ".join(("id", *ISSUE_COLUMNS))
            marks = ", ".join("?" * (len(ISSUE_COLUMNS) + 1))
            database_proxy.cursor().executemany(
                f"INSERT INTO agenda_issue ({columns}) VALUES ({marks})", state["insert_rows"]
            )
        for row in state.get("put_issues", []):
            AgendaIssue.update({k: v for k, v in row.items() if k != "id"}).where(
                AgendaIssue.id == row["id"]
            ).execute()
        if state.get("remove_tracks"):
            Track.delete().where(Track.id.in_(state["remove_tracks"])).execute()


class IssueImportEdits:
    """The issue import as one bulk edit (see edits.BulkEdits): committed from its plan, then
    undone and redone by putting back the states it returned."""

    def commit(self, request: ImportPlan) -> tuple[ImportState, ImportState]:
        return commit_issue_import(request)

    def put(self, state: ImportState) -> None:
        apply_state(state)

    def changed(self, state: ImportState) -> Change:
        return Change.everything("issue", "track")  # an import may add tracks


ISSUE_IMPORT = IssueImportEdits()
