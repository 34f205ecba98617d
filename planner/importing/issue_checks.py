"""Checking each row of an issue list: its values read, its track, lead and issue matched by
any of their names, the rows around the table passed over, unchanged rows told apart."""

from __future__ import annotations

from datetime import date
from typing import Any

from db.models import AgendaIssue
from planner.importing.bounds import Progress, report
from planner.importing.bounds import column_letter as letter
from planner.importing.mapping import PRIORITY_WORDS, STATUS_WORDS, to_date, word_to
from planner.importing.matching import Delegations, Names
from planner.importing.plan import (
    CREATE,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    PlannedRow,
    Problem,
    rows_around,
)
from planner.importing.reading import Cell, Sheet
from planner.importing.words import fold
from planner.issues import normalise_tags
from planner.translation import tr

# The fields of an issue a mapped column updates; an unmapped field keeps its value.
UPDATED_FIELDS = ("title", "track", "priority", "lead_delegation", "status", "due_date",
                  "tags", "description", "code")  # fmt: skip


class Checker:
    """Turns each data row into values, matches it, and records every problem."""

    def __init__(self, plan: ImportPlan, sheet: Sheet, keep_unmapped: bool) -> None:
        self.plan, self.sheet, self.keep_unmapped = plan, sheet, keep_unmapped
        self.columns = {name: column for column, name in plan.mapping.items()}
        self.by_code = {
            code.upper(): i
            for i, code in AgendaIssue.select(AgendaIssue.id, AgendaIssue.code).tuples()
        }
        self.by_title = Names("issue", loose=False)
        self.tracks = Names("track")
        self.delegations = Delegations()
        self.seen: dict[str, PlannedRow] = {}
        self.words: dict[tuple[str, Cell], str | None] = {}
        self.tags: dict[Cell, str] = {}

    def problem(self, row: int, field_name: str, message: str) -> None:
        column = self.columns.get(field_name, 0)
        where = self.plan.header.columns.get(column, "") if column else ""
        label = f"{letter(column)} ({where})" if column else ""
        self.plan.problems.append(Problem(self.sheet.name, row, label, message))

    def run(self, progress: Progress = None) -> None:
        start = self.plan.header.row
        around = rows_around(self.sheet, self.plan.header)
        self.plan.around = list(around.values())
        for number, cells in enumerate(self.sheet.rows[start:], start=start + 1):
            report(progress, number)
            if number not in around and any(cell is not None for cell in cells):
                self.plan_row(number, cells)  # blank rows are passed over silently
        self.mark_unchanged()

    def cell(self, cells: list[Cell], field_name: str) -> Any:
        column = self.columns.get(field_name, 0)
        return cells[column - 1] if 0 < column <= len(cells) else None

    def plan_row(self, number: int, cells: list[Cell]) -> None:
        title = str(self.cell(cells, "title") or "").strip()
        if not title:
            self.problem(number, "title", tr("The title is empty; the row was skipped."))
            self.plan.rows.append(PlannedRow(number, SKIP, {}))
            return
        values: dict[str, Any] = {"title": title[:255]}
        code = str(self.cell(cells, "code") or "").strip().upper()
        issue_id = self.by_code.get(code) if code else None
        if issue_id is None:
            issue_id = self.by_title.find(title)
        if issue_id is None or "track" in self.columns:
            self.read_track(cells, values)
        self.read_words(number, cells, values)
        self.read_lead_and_date(number, cells, values)
        tags = self.cell(cells, "tags")
        if tags not in self.tags:  # a list repeats a few sets of tags
            self.tags[tags] = normalise_tags(tags)
        values["tags"] = self.tags[tags]
        description = str(self.cell(cells, "description") or "")
        if self.keep_unmapped:
            extra = [
                f"{self.plan.header.columns[c]}: {cells[c - 1]}"
                for c in self.plan.header.columns
                if c not in self.plan.mapping and c <= len(cells) and cells[c - 1] is not None
            ]
            description = "\n".join(part for part in [description, *extra] if part)
        values["description"] = description
        if code:
            values["code"] = code
        planned = PlannedRow(number, UPDATE if issue_id else CREATE, values, issue_id)
        key = code or fold(title)
        if key in self.seen:
            earlier = self.seen[key]
            earlier.action = SKIP
            self.problem(
                number,
                "code" if code else "title",
                tr("Row {row} repeats row {earlier}; the later row is imported.").format(
                    row=number, earlier=earlier.row
                ),
            )
        self.seen[key] = planned
        self.plan.rows.append(planned)

    def read_track(self, cells: list[Cell], values: dict[str, Any]) -> None:
        name = str(self.cell(cells, "track") or "").strip() or "Imported"
        track_id = self.tracks.find(name)
        if track_id is None:
            known = next((n for n in self.plan.new_tracks if fold(n) == fold(name)), None)
            if known is None:
                self.plan.new_tracks.append(name)
            name = known or name
        values["track"] = track_id if track_id is not None else name

    def word(self, words: dict[str, tuple[str, ...]], field_name: str, raw: Cell) -> str | None:
        key = (field_name, raw)
        if key not in self.words:
            self.words[key] = word_to(words, raw)
        return self.words[key]

    def read_words(self, number: int, cells: list[Cell], values: dict[str, Any]) -> None:
        for field_name, words, default in (
            ("priority", PRIORITY_WORDS, "medium"),
            ("status", STATUS_WORDS, "open"),
        ):
            raw = self.cell(cells, field_name)
            found = self.word(words, field_name, raw) if raw is not None else default
            if found is None:
                self.problem(
                    number,
                    field_name,
                    tr("“{value}” is not a known {field}; {default} was taken.").format(
                        value=raw, field=field_name, default=default
                    ),
                )
                found = default
            values[field_name] = found

    def read_lead_and_date(self, number: int, cells: list[Cell], values: dict[str, Any]) -> None:
        lead = self.cell(cells, "lead_delegation")
        values["lead_delegation"] = None
        if lead is not None:
            found = self.delegations.find(lead)
            if found is None:
                self.problem(
                    number,
                    "lead_delegation",
                    tr("“{lead}” is not a delegation of this summit; no lead was set.").format(
                        lead=lead
                    ),
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
                    tr(
                        "“{due}” is not a date (use 16.06.2025 or 2025-06-16); no due date was set."
                    ).format(due=due),
                )

    def mark_unchanged(self) -> None:
        """An update that would change no mapped field is reported as unchanged (our own
        export imported again changes nothing)."""
        updates = {row.issue_id: row for row in self.plan.rows if row.action == UPDATE}
        if not updates:
            return
        mapped = set(self.plan.mapping.values())
        compared = [f for f in UPDATED_FIELDS if f in mapped or f == "title"]
        columns = [getattr(AgendaIssue, f) for f in compared]
        ids = list(updates)
        for done in range(0, len(ids), 900):
            query = AgendaIssue.select(AgendaIssue.id, *columns).where(
                AgendaIssue.id.in_(ids[done : done + 900])
            )
            for issue_id, *current in query.tuples():
                planned = updates[issue_id]
                pairs = zip(compared, current, strict=True)
                if all(same(f, planned.values.get(f), c) for f, c in pairs):
                    planned.action = UNCHANGED


def same(field_name: str, planned: Any, current: Any) -> bool:
    """Whether importing the planned value would leave the stored one as it is."""
    if field_name == "code":
        return str(planned or current).upper() == str(current).upper()
    if isinstance(planned, date) and isinstance(current, str):
        return planned.isoformat() == current
    return bool(planned == current)
