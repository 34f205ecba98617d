"""The Excel export: summary, schedule, a wall-chart sheet per day, issues, positions,
financing and conflicts, each printable, with frozen headers and filters."""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from db.models import Position
from planner import __version__
from planner.conflicts import Severity
from planner.day_layout import ColumnMode, GridBlock, day_layout
from planner.errors import PlannerError
from planner.export.cells import CellMaker, header_cells
from planner.export.common import (
    agenda_codes,
    delegation_id,
    meetings_of,
    request_codes,
    write_safely,
)
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
CLASH_FILL = "FFCDD2"
CHART_WIDTH = 26  # characters per room column of the day charts
STEPS = ("summary", "schedule", "days", "issues", "positions", "financing", "conflicts")


LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 27  # Excel's tallest row is 409 points


def text_lines(text: str, width: float) -> int:
    """About how many lines text takes in a wrapped cell of width characters."""
    room = max(int(width * 1.1), 1)  # column widths count wide characters; text is narrower
    return sum(max(1, -(-len(paragraph) // room)) for paragraph in text.split("\n"))


def text_colour_on(fill: str | None) -> str | None:
    """White on a dark fill, the default (black) elsewhere."""
    if not fill:
        return None
    red, green, blue = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "FFFFFF" if 0.299 * red + 0.587 * green + 0.114 * blue < 140 else None


def block_lines(block: GridBlock, rows: int) -> list[str]:
    """A meeting's text on the wall chart, one line per time-slot row it covers, as on paper:
    the title (wrapped), the hours, the delegations; cut with an ellipsis if it is short."""
    lines = textwrap.wrap(block.title, int(CHART_WIDTH * 1.1)) or [""]
    lines += [f"{block.start:%H:%M}–{block.end:%H:%M}", block.participants]
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = lines[-1][: int(CHART_WIDTH * 1.1) - 1] + "…"
    return lines


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
        self.widths = [width for _title, width in columns]
        self.filter = filter
        sheet.freeze_panes = "A2"
        for number, (_title, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        header = max(text_lines(title, width) for title, width in columns)
        sheet.row_dimensions[1].height = min(header, MAX_LINES) * LINE_HEIGHT
        sheet.append(header_cells(sheet, [title for title, _width in columns]))
        self.rows = 1
        self.make = CellMaker(sheet)
        self.lines, self.column = 1, 0  # of the row being made

    def cell(self, value: Any, *, wrap: bool = False, **options) -> Any:
        if wrap and isinstance(value, str):
            width = self.widths[self.column] if self.column < len(self.widths) else 10
            self.lines = max(self.lines, text_lines(value, width))
        self.column += 1
        return self.make(value, wrap=wrap, **options)

    def add(self, values: list) -> None:
        """Append a row made with cell(), tall enough for its wrapped text: neither Excel nor
        LibreOffice grows a row to fit when it opens a file, so the height is set here."""
        self.rows += 1
        if self.lines > 1:
            self.sheet.row_dimensions[self.rows].height = min(self.lines, MAX_LINES) * LINE_HEIGHT
        self.sheet.append(values)
        self.lines, self.column = 1, 0

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
        self.delegation = delegation_id(self.overview, delegation)
        self.facts = meetings_of(self.overview, self.delegation)
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
        try:
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
        except BaseException:
            for table in self.tables:  # finish the sheets' scratch files before they go
                with contextlib.suppress(Exception):
                    table.sheet.close()
            raise

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
        for fact in self.facts:
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
                [("Time", 7), *[(c.title, CHART_WIDTH) for c in layout.columns]],
                filter=False,
            )
            step = timedelta(minutes=layout.slot_minutes)
            covering: dict[tuple[int, datetime], list] = {}
            lines: dict[tuple[int, datetime], list[str]] = {}
            for block in layout.blocks:
                moment = layout.first + (block.start - layout.first) // step * step
                slots = []
                while moment < block.end:
                    covering.setdefault((block.column, moment), []).append(block)
                    slots.append(moment)
                    moment += step
                for moment, line in zip(slots, block_lines(block, len(slots)), strict=False):
                    lines.setdefault((block.column, moment), []).append(line)
            moment = layout.first
            while moment < layout.last:
                line = [sheet.cell(moment.time(), number_format=TIME, bold=moment.minute == 0)]
                for number in range(len(layout.columns)):
                    here = covering.get((number, moment), [])
                    fill = None
                    if here:  # two meetings in one room at once show as a clash
                        fill = CLASH_FILL if len(here) > 1 else here[0].host_colour
                    text = " / ".join(lines.get((number, moment), []))
                    line.append(sheet.cell(text, fill=fill, colour=text_colour_on(fill)))
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
            for team, _code, _name in matrix.delegations:
                stance = matrix.stances.get((issue.id, team))  # blank: nothing recorded yet
                line.append(sheet.cell(stance, fill=STANCE_FILL[stance or "unknown"]))
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
                    sheet.cell(
                        "no rate" if row.converted is None else row.converted,
                        number_format=None if row.converted is None else MONEY,
                    ),
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


def export_workbook(
    path: Path,
    *,
    delegation: str | None = None,
    positions: bool = True,
    progress: Callable[[str], bool] | None = None,
) -> None:
    """The workbook at path: the whole summit or one delegation's meetings, with or without
    the positions. progress(step) is called before each part; False cancels."""
    exporter = Exporter(delegation, positions, progress)
    write_safely(path, exporter.write)
