"""Importing agenda issues: checking every row, then committing in one undoable step."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import fn

from db.models import AgendaIssue, Delegation, Track, database_proxy
from planner import records
from planner.history import Change
from planner.importing.bounds import CommitProgress, Progress, report, step
from planner.importing.bounds import column_letter as letter
from planner.importing.mapping import (
    ISSUE_FIELDS,
    NAMES,
    PRIORITY_WORDS,
    STATUS_WORDS,
    Header,
    find_header,
    map_columns,
    normal,
    to_date,
    word_to,
)
from planner.importing.reading import Cell, ImportRefused, Sheet, read_file
from planner.issue_codes import prefix_of
from planner.issues import normalise_tags

CREATE, UPDATE, SKIP = "create", "update", "skip"
CHUNK = 1_000  # rows written between two progress reports (each a chance to cancel)
# What undoing or redoing an import puts back: rows to remove, insert and overwrite.
ImportState = dict[str, Any]


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class PlannedRow:
    row: int
    action: str
    values: dict[Any, Any]  # by field name; for positions, by cell (issue id, delegation id)
    issue_id: int | None = None


@dataclass
class ImportPlan:
    kind: str
    source: str
    sheet: str
    header: Header
    mapping: dict[int, str]
    unmapped: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_tracks: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


def choose_sheet(sheets: list[Sheet], wanted: str | None, source: str) -> Sheet:
    if not sheets:  # a damaged workbook can list no worksheet at all
        raise ImportRefused(f"{source} holds no sheet to import from; save it again from Excel.")
    if wanted is not None:
        for sheet in sheets:
            if sheet.name == wanted:
                return sheet
        names = ", ".join(s.name for s in sheets)
        raise ImportRefused(f"{source} has no sheet called “{wanted}”; its sheets are {names}.")
    with_header = [s for s in sheets if find_header(s) is not None]
    candidates = with_header or sheets
    return max(candidates, key=lambda s: len(s.rows))


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
    """The sheet's header row and which field each column is; refused when it has none."""
    header = find_header(sheet)
    if header is None:
        raise ImportRefused(
            f"Sheet “{sheet.name}” of {source} has no header row naming at least two of "
            f"{', '.join(ISSUE_FIELDS)} in its first 30 rows."
        )
    mapping = map_columns(header, overrides)
    if "title" not in mapping.values():
        raise ImportRefused(
            f"No column of sheet “{sheet.name}” is the issue's title; map one with "
            '--map "HEADER=title" (or in the import window).'
        )
    return header, mapping


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
    sheet = choose_sheet(sheets, sheet_name, source)
    header, mapping = issue_columns(sheet, source, overrides)
    unmapped = [text for column, text in header.columns.items() if column not in mapping]
    plan = ImportPlan("issues", source, sheet.name, header, mapping, unmapped)
    plan.problems.extend(reading_problems(sheet))
    Checker(plan, sheet, keep_unmapped).run(progress)
    return plan


def reading_problems(sheet: Sheet) -> list[Problem]:
    """What reading the sheet cut or where it stopped (a limit is never silent)."""
    return [Problem(sheet.name, row, letter(column), note) for row, column, note in sheet.notes]


class Checker:
    """Turns each data row into values, matches it, and records every problem."""

    def __init__(self, plan: ImportPlan, sheet: Sheet, keep_unmapped: bool) -> None:
        self.plan, self.sheet, self.keep_unmapped = plan, sheet, keep_unmapped
        self.by_code = {
            code.upper(): i
            for i, code in AgendaIssue.select(AgendaIssue.id, AgendaIssue.code).tuples()
        }
        self.by_title = {
            normal(title): i
            for i, title in AgendaIssue.select(AgendaIssue.id, AgendaIssue.title).tuples()
        }
        self.tracks = {normal(name): i for i, name in Track.select(Track.id, Track.name).tuples()}
        self.delegations: dict[str, int] = {}
        for i, code, name in Delegation.select(
            Delegation.id, Delegation.code, Delegation.name
        ).tuples():
            self.delegations[normal(code)] = i
            self.delegations[normal(name)] = i
            for other in NAMES.get(code, ()):
                self.delegations[normal(other)] = i
        self.next_number: dict[str, int] = {}
        self.seen: dict[str, PlannedRow] = {}

    def problem(self, row: int, field_name: str, message: str) -> None:
        column = next((c for c, f in self.plan.mapping.items() if f == field_name), 0)
        where = self.plan.header.columns.get(column, "") if column else ""
        label = f"{letter(column)} ({where})" if column else ""
        self.plan.problems.append(Problem(self.sheet.name, row, label, message))

    def run(self, progress: Progress = None) -> None:
        start = self.plan.header.row
        for number, cells in enumerate(self.sheet.rows[start:], start=start + 1):
            report(progress, number)
            if not any(cell is not None for cell in cells):
                continue  # blank rows are passed over silently
            self.plan_row(number, cells)

    def cell(self, cells: list[Cell], field_name: str) -> Any:
        for column, name in self.plan.mapping.items():
            if name == field_name and column <= len(cells):
                return cells[column - 1]
        return None

    def plan_row(self, number: int, cells: list[Cell]) -> None:
        title = str(self.cell(cells, "title") or "").strip()
        if not title:
            self.problem(number, "title", "The title is empty; the row was skipped.")
            self.plan.rows.append(PlannedRow(number, SKIP, {}))
            return
        values: dict[str, Any] = {"title": title[:255]}
        self.read_track(number, cells, values)
        self.read_words(number, cells, values)
        self.read_lead_and_date(number, cells, values)
        values["tags"] = normalise_tags(self.cell(cells, "tags"))
        description = str(self.cell(cells, "description") or "")
        if self.keep_unmapped:
            extra = [
                f"{self.plan.header.columns[c]}: {cells[c - 1]}"
                for c in self.plan.header.columns
                if c not in self.plan.mapping and c <= len(cells) and cells[c - 1] is not None
            ]
            description = "\n".join(part for part in [description, *extra] if part)
        values["description"] = description
        code = str(self.cell(cells, "code") or "").strip().upper()
        issue_id = self.by_code.get(code) if code else None
        if issue_id is None:
            issue_id = self.by_title.get(normal(title))
        if code:
            values["code"] = code
        planned = PlannedRow(number, UPDATE if issue_id else CREATE, values, issue_id)
        key = code or normal(title)
        if key in self.seen:
            earlier = self.seen[key]
            earlier.action = SKIP
            self.problem(
                number,
                "code" if code else "title",
                f"Row {number} repeats row {earlier.row}; the later row is imported.",
            )
        self.seen[key] = planned
        self.plan.rows.append(planned)

    def read_track(self, number: int, cells: list[Cell], values: dict[str, Any]) -> None:
        name = str(self.cell(cells, "track") or "").strip() or "Imported"
        track_id = self.tracks.get(normal(name))
        if track_id is None and name not in self.plan.new_tracks:
            self.plan.new_tracks.append(name)
        values["track"] = track_id if track_id is not None else name

    def read_words(self, number: int, cells: list[Cell], values: dict[str, Any]) -> None:
        for field_name, words, default in (
            ("priority", PRIORITY_WORDS, "medium"),
            ("status", STATUS_WORDS, "open"),
        ):
            raw = self.cell(cells, field_name)
            found = word_to(words, raw) if raw is not None else default
            if found is None:
                self.problem(
                    number, field_name, f"“{raw}” is not a known {field_name}; {default} was taken."
                )
                found = default
            values[field_name] = found

    def read_lead_and_date(self, number: int, cells: list[Cell], values: dict[str, Any]) -> None:
        lead = self.cell(cells, "lead_delegation")
        values["lead_delegation"] = None
        if lead is not None:
            found = self.delegations.get(normal(lead))
            if found is None:
                self.problem(
                    number,
                    "lead_delegation",
                    f"“{lead}” is not a delegation of this summit; no lead was set.",
                )
            values["lead_delegation"] = found
        due = self.cell(cells, "due_date")
        values["due_date"] = None
        if due is not None:
            values["due_date"] = to_date(due)
            if values["due_date"] is None:
                self.problem(
                    number,
                    "due_date",
                    f"“{due}” is not a date (use 16.06.2025 or 2025-06-16); no due date was set.",
                )


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
        for planned in plan.rows:
            if planned.action == SKIP:
                continue
            values = dict(planned.values)
            if isinstance(values["track"], str):
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
