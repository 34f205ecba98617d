"""The Excel export: summary, schedule, a wall-chart sheet per day, issues, positions,
financing and conflicts, each printable, with frozen headers and filters."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from db.models import AgendaIssue, FinancingMeeting, FinancingRequest, MeetingIssue, Position
from planner import __version__
from planner.conflicts import Severity
from planner.day_layout import ColumnMode, day_layout
from planner.errors import PlannerError
from planner.export.cells import cell, header_cells
from planner.financing import list_requests, load_rates, totals
from planner.info import summit_info
from planner.issues import list_issues
from planner.meetings import kind_of
from planner.positions import load_matrix
from planner.schedule import load_overview
from planner.timezones import utc_to_local

DATE, TIME, MONEY = "yyyy-mm-dd", "hh:mm", "#,##0.00"
STANCE_FILL = {
    "support": "C8E6C9",
    "conditional": "F0F4C3",
    "neutral": "EEEEEE",
    "oppose": "FFCDD2",
    "unknown": "FFFFFF",
}
STEPS = ("summary", "schedule", "days", "issues", "positions", "financing", "conflicts")


class Table:
    """One sheet written row by row. A write-only sheet writes its layout (frozen header,
    widths, page set-up) with its first row, so all of that is settled here, before it."""

    def __init__(
        self,
        book: Workbook,
        title: str,
        columns: list[tuple[str, int]],
        *,
        landscape: bool = True,
        filter: bool = True,
    ) -> None:
        self.sheet = sheet = book.create_sheet(title)
        self.width = len(columns)
        self.filter = filter
        sheet.freeze_panes = "A2"
        for number, (_title, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.append(header_cells(sheet, [title for title, _width in columns]))
        self.rows = 1

    def cell(self, value: Any, **options) -> Any:
        return cell(self.sheet, value, **options)

    def add(self, values: list) -> None:
        self.sheet.append(values)
        self.rows += 1

    def close(self) -> None:
        if self.filter and self.rows > 1:
            self.sheet.auto_filter.ref = f"A1:{get_column_letter(self.width)}{self.rows}"


class Exporter:
    def __init__(self, delegation: str | None, positions: bool, progress) -> None:
        self.overview = load_overview()
        self.info = summit_info()
        self.frame = self.overview.frame
        self.positions = positions
        self.progress = progress or (lambda _step: True)
        self.delegation = None
        if delegation is not None:
            wanted = delegation.strip().upper()
            teams = self.overview.directory.delegations
            self.delegation = next((i for i, (code, _) in teams.items() if code == wanted), None)
            if self.delegation is None:
                known = ", ".join(sorted(code for code, _ in teams.values()))
                raise PlannerError(
                    f"There is no delegation {wanted} in this summit (it has {known})."
                )
        self.facts = [
            f
            for f in self.overview.facts
            if self.delegation is None or self.delegation in f.delegations
        ]
        self.book = Workbook(write_only=True)
        self.tables: list[Table] = []

    def table(self, title: str, columns: list[tuple[str, int]], **options) -> Table:
        table = Table(self.book, title, columns, **options)
        self.tables.append(table)
        return table

    def step(self, what: str) -> None:
        if self.progress(what) is False:
            raise PlannerError("The export was cancelled; the earlier file was left as it was.")

    def local(self, moment: datetime) -> datetime:
        return utc_to_local(moment, self.frame.timezone)

    def write(self, path: Path) -> None:
        for name in STEPS:
            self.step(name)
            getattr(self, f"write_{name}")()
        for table in self.tables:
            table.close()
        properties = self.book.properties
        properties.title = f"{self.info.name} — schedule and briefing"
        properties.creator = f"Summit Planner {__version__}"
        properties.created = datetime.now(UTC).replace(tzinfo=None)
        self.book.save(path)

    def write_summary(self) -> None:
        sheet = self.table("Summary", [("Item", 22), ("Value", 60)], landscape=False)
        errors = sum(1 for c in self.overview.conflicts if c.severity is Severity.ERROR)
        view = (
            "whole summit"
            if self.delegation is None
            else "meetings of " + self.overview.directory.delegations[self.delegation][0]
        )
        rows = [
            ("Summit", self.info.name, None),
            ("City", self.info.city, None),
            ("Venue", self.info.venue, None),
            ("First day", self.frame.first_day, DATE),
            ("Last day", self.frame.last_day, DATE),
            ("Time zone", self.frame.timezone, None),
            ("Generated", datetime.now(UTC).replace(tzinfo=None, microsecond=0), DATE + " hh:mm"),
            ("View", view, None),
            ("Meetings", len(self.facts), None),
            ("Delegations", self.info.counts["delegations"], None),
            ("Agenda issues", self.info.counts["issues"], None),
            ("Financing requests", self.info.counts["financing_requests"], None),
            (
                "Open conflicts",
                f"{errors} errors, {len(self.overview.conflicts) - errors} warnings",
                None,
            ),
        ]
        for label, value, number_format in rows:
            sheet.add(
                [sheet.cell(label, bold=True), sheet.cell(value, number_format=number_format)]
            )

    def write_schedule(self) -> None:
        sheet = self.table(
            "Schedule",
            [
                ("Day", 11),
                ("Start", 7),
                ("End", 7),
                ("Minutes", 8),
                ("Kind", 12),
                ("Level", 15),
                ("Title", 48),
                ("Delegations", 22),
                ("Room", 18),
                ("Status", 11),
                ("Agenda issues", 24),
                ("Financing requests", 18),
                ("Meeting ID", 10),
            ],
        )
        directory = self.overview.directory
        agenda = agenda_codes()
        requests = request_codes()
        total = len(directory.delegations)
        for fact in sorted(self.facts, key=lambda f: (f.start, f.id)):
            start, end = self.local(fact.start), self.local(fact.end)
            room = directory.rooms.get(fact.room_id, ("", "", 0))[0] if fact.room_id else ""
            sheet.add(
                [
                    sheet.cell(start.date(), number_format=DATE),
                    sheet.cell(start.time(), number_format=TIME),
                    sheet.cell(end.time(), number_format=TIME),
                    sheet.cell(int((fact.end - fact.start).total_seconds() // 60)),
                    sheet.cell(kind_of(len(fact.delegations), total)),
                    sheet.cell(fact.level.replace("_", " ")),
                    sheet.cell(fact.title, wrap=True),
                    sheet.cell(", ".join(directory.delegations[d][0] for d in fact.delegations)),
                    sheet.cell(room),
                    sheet.cell(fact.status),
                    sheet.cell(", ".join(agenda.get(fact.id, [])), wrap=True),
                    sheet.cell(", ".join(requests.get(fact.id, []))),
                    sheet.cell(fact.id),
                ]
            )

    def write_days(self) -> None:
        """A wall chart per day: a row per time slot, a column per room."""
        for day in self.frame.days:
            layout = day_layout(self.overview, day, ColumnMode.ROOMS, delegation=self.delegation)
            sheet = self.table(
                f"{day:%a %d %b}",
                [("Time", 7), *[(c.title, 26) for c in layout.columns]],
                filter=False,
            )
            step = timedelta(minutes=layout.slot_minutes)
            moment = layout.first
            while moment < layout.last:
                line = [sheet.cell(moment.time(), number_format=TIME, bold=moment.minute == 0)]
                for number in range(len(layout.columns)):
                    here = next(
                        (
                            b
                            for b in layout.blocks
                            if b.column == number and b.start <= moment < b.end
                        ),
                        None,
                    )
                    text = ""
                    if here is not None and here.start == moment:
                        hours = f"{here.start:%H:%M}–{here.end:%H:%M}"
                        text = f"{here.title}\n{hours} {here.participants}"
                    fill = here.host_colour if here is not None else None
                    line.append(sheet.cell(text, wrap=True, fill=fill))
                sheet.add(line)
                moment += step

    def write_issues(self) -> None:
        sheet = self.table(
            "Issues",
            [
                ("Code", 10),
                ("Title", 44),
                ("Track", 12),
                ("Priority", 9),
                ("Lead", 7),
                ("Status", 17),
                ("Due", 11),
                ("Tags", 20),
                ("Description", 60),
                ("Meetings", 9),
                ("Issue ID", 9),
            ],
        )
        for row in list_issues():
            sheet.add(
                [
                    sheet.cell(row.code),
                    sheet.cell(row.title, wrap=True),
                    sheet.cell(row.track),
                    sheet.cell(row.priority),
                    sheet.cell(row.lead),
                    sheet.cell(row.status),
                    sheet.cell(row.due_date, number_format=DATE),
                    sheet.cell(row.tags),
                    sheet.cell(row.description, wrap=True),
                    sheet.cell(row.meetings),
                    sheet.cell(row.id),
                ]
            )

    def write_positions(self) -> None:
        if not self.positions:
            return
        matrix = load_matrix()
        codes = [code for _, code, _ in matrix.delegations]
        sheet = self.table(
            "Positions", [("Code", 10), ("Issue", 44), *[(code, 12) for code in codes]]
        )
        for issue in matrix.issues:
            line = [sheet.cell(issue.code), sheet.cell(issue.title)]
            for delegation_id, _code, _name in matrix.delegations:
                stance = matrix.stance((issue.id, delegation_id))
                line.append(sheet.cell(stance, fill=STANCE_FILL[stance]))
            sheet.add(line)
        notes = self.table(
            "Talking points",
            [
                ("Code", 10),
                ("Delegation", 10),
                ("Stance", 12),
                ("Talking points", 50),
                ("Red lines", 40),
                ("Fallback", 40),
            ],
        )
        codes_by_id = {i.id: i.code for i in matrix.issues}
        teams = {d: code for d, code, _ in matrix.delegations}
        for issue_id, team, stance, points, red, fallback in Position.select(
            Position.issue,
            Position.delegation,
            Position.stance,
            Position.talking_points,
            Position.red_lines,
            Position.fallback,
        ).tuples():
            if points or red or fallback:
                notes.add(
                    [
                        notes.cell(codes_by_id.get(issue_id, "")),
                        notes.cell(teams.get(team, "")),
                        notes.cell(stance),
                        notes.cell(points, wrap=True),
                        notes.cell(red, wrap=True),
                        notes.cell(fallback, wrap=True),
                    ]
                )

    def write_financing(self) -> None:
        rates = load_rates()
        rows = list_requests(rates)
        sheet = self.table(
            "Financing",
            [
                ("Code", 9),
                ("Title", 44),
                ("Borrower", 9),
                ("Lender", 10),
                ("Instrument", 17),
                ("Sector", 16),
                ("Amount", 18),
                ("Currency", 9),
                (f"Amount in {rates.reporting}", 20),
                ("Status", 13),
                ("Issue", 9),
                ("Envelope", 12),
            ],
        )
        for row in rows:
            converted = (
                sheet.cell(row.converted, number_format=MONEY)
                if row.converted is not None
                else sheet.cell("no rate")
            )
            sheet.add(
                [
                    sheet.cell(row.code),
                    sheet.cell(row.title, wrap=True),
                    sheet.cell(row.borrower),
                    sheet.cell(row.lender),
                    sheet.cell(row.instrument),
                    sheet.cell(row.sector),
                    sheet.cell(row.amount, number_format=MONEY),
                    sheet.cell(row.currency),
                    converted,
                    sheet.cell(row.status),
                    sheet.cell(row.issue),
                    sheet.cell(row.envelope),
                ]
            )
        summary = self.table(
            "Financing totals",
            [
                ("By", 10),
                ("Group", 16),
                ("Requests", 10),
                (f"Total in {rates.reporting}", 22),
                ("Without a rate", 24),
            ],
            landscape=False,
        )
        for dimension in ("borrower", "lender", "status"):
            for total in totals(rows, dimension):
                summary.add(
                    [
                        summary.cell(dimension),
                        summary.cell(total.key),
                        summary.cell(total.count),
                        summary.cell(total.amount, number_format=MONEY),
                        summary.cell(", ".join(total.without_rate)),
                    ]
                )

    def write_conflicts(self) -> None:
        wanted = {f.id for f in self.facts}
        found = [c for c in self.overview.conflicts if set(c.meetings) & wanted]
        if not found:
            return
        sheet = self.table(
            "Conflicts", [("Severity", 9), ("Kind", 18), ("Meetings", 10), ("Explanation", 100)]
        )
        for conflict in found:
            sheet.add(
                [
                    sheet.cell(conflict.severity.value),
                    sheet.cell(conflict.kind.value),
                    sheet.cell(", ".join(str(i) for i in conflict.meetings)),
                    sheet.cell(conflict.message, wrap=True),
                ]
            )


def agenda_codes() -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for meeting, code in (
        MeetingIssue.select(MeetingIssue.meeting, AgendaIssue.code)
        .join(AgendaIssue)
        .order_by(MeetingIssue.sort_order)
        .tuples()
    ):
        result.setdefault(meeting, []).append(code)
    return result


def request_codes() -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for meeting, code in (
        FinancingMeeting.select(FinancingMeeting.meeting, FinancingRequest.code)
        .join(FinancingRequest)
        .order_by(FinancingRequest.code)
        .tuples()
    ):
        result.setdefault(meeting, []).append(code)
    return result


def export_workbook(
    path: Path,
    *,
    delegation: str | None = None,
    positions: bool = True,
    progress: Callable[[str], bool] | None = None,
) -> None:
    """Write the workbook under a temporary name and move it into place when complete, so
    that an interrupted export leaves an earlier file as it was."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.writing")
    try:
        Exporter(delegation, positions, progress).write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise PlannerError(f"{path.name} could not be written: {error.strerror}.") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
