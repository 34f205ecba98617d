"""The Excel export: summary, schedule, a wall-chart sheet per day, issues, positions,
financing and conflicts, each printable, with frozen headers and filters."""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from db.models import Position
from planner import __version__
from planner.day_layout import ColumnMode, GridBlock, day_layout
from planner.errors import PlannerError
from planner.export.cells import CellMaker, new_sheet
from planner.export.common import (
    agenda_codes,
    delegation_id,
    meetings_of,
    request_codes,
    save_workbook,
    write_safely,
)
from planner.financing import list_requests, load_rates, totals
from planner.info import summit_info
from planner.issues import list_issues
from planner.meetings import kind_of
from planner.positions import load_matrix
from planner.schedule import load_overview
from planner.text import clean_line
from planner.timezones import utc_to_local

DATE, TIME, MONEY = "yyyy-mm-dd", "hh:mm", "#,##0.00"
STANCE_FILL = {
    "support": "C8E6C9",
    "conditional": "F0F4C3",
    "neutral": "EEEEEE",
    "oppose": "FFCDD2",
}
CLASH_FILL = "FFCDD2"
CHART_WIDTH = 26  # characters per room column of the day charts
STEPS = ("summary", "schedule", "days", "issues", "positions", "financing", "conflicts")


LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 27  # Excel's tallest row is 409 points


def text_lines(text: str, width: float) -> int:
    """About how many lines text takes in a wrapped cell of width characters."""
    room = max(int(width * 1.1), 1)  # column widths count wide characters; text is narrower
    if len(text) <= room and "\n" not in text:
        return 1  # the common case, without splitting
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
    width = int(CHART_WIDTH * 1.1)
    # Only what the rows can show is wrapped: textwrap takes minutes over a long word.
    title = clean_line(block.title[: 2 * (rows + 1) * width])
    if len(title) <= width and title and not (title[0].isspace() or title[-1].isspace()):
        lines = [title]  # as textwrap would have it, many times faster
    else:
        lines = textwrap.wrap(title, width) or [""]
    lines += [f"{block.start:%H:%M}–{block.end:%H:%M}", block.participants]
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = lines[-1][: width - 1] + "…"
    return lines


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # in characters
    number_format: str | None = None
    wrap: bool = False


class Table:
    """One sheet written row by row. A write-only sheet writes its layout (frozen header,
    widths, page set-up) with its first row, so all of that is settled here, before it.

    A row is a list of values, formatted as their column says, or of cells from cell() for
    what differs cell by cell (a fill, bold); None leaves a cell empty."""

    def __init__(
        self,
        book: Workbook,
        title: str,
        columns: list[Column],
        *,
        landscape: bool = True,
        filter: bool = True,
    ) -> None:
        self.sheet = sheet = new_sheet(book, title)
        self.columns = columns
        self.filter = filter
        sheet.freeze_panes = "A2"
        for number, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        sheet.page_setup.orientation = "landscape" if landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.print_title_rows = "1:1"
        # bold header text is wider than the body text text_lines() reckons with
        header = max(text_lines(column.title, column.width * 0.8) for column in columns)
        sheet.set_height(1, min(header, MAX_LINES) * LINE_HEIGHT)
        self.make = make = CellMaker(sheet)
        sheet.append([make.header(column.title) for column in columns])
        self.rows = 1
        self.cell = make  # a cell styled on its own: cell(value, fill=..., bold=...)

    def add(self, values: Sequence[object], made: list[Cell | None] | None = None) -> None:
        """Append a row, tall enough for its wrapped text: neither Excel nor LibreOffice
        grows a row to fit when it opens a file, so the height is set here. The row may end
        with cells from cell() (or None) that need no look: made, after the values."""
        make, lines, cells = self.make, 1, list[Cell | None]()
        columns = self.columns if made is None else self.columns[: len(self.columns) - len(made)]
        for value, column in zip(values, columns, strict=True):
            if value is None or isinstance(value, Cell):
                cells.append(value)
                continue
            cell = make(value, column.number_format, column.wrap)
            text = cell._value if cell is not None else None  # type: ignore[attr-defined]
            if column.wrap and isinstance(text, str):
                lines = max(lines, text_lines(text, column.width))  # as cleaned and cut
            cells.append(cell)
        if made:
            cells += made
        self.rows += 1
        if lines > 1:
            self.sheet.set_height(self.rows, min(lines, MAX_LINES) * LINE_HEIGHT)
        self.sheet.append(cells)

    def close(self) -> None:
        if self.filter and self.rows > 1:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A1:{last}{self.rows}"


class Exporter:
    def __init__(
        self, delegation: str | None, positions: bool, progress: Callable[[str], bool] | None
    ) -> None:
        self.overview = load_overview()
        self.info = summit_info()
        self.frame = self.overview.frame
        self.positions = positions
        self.progress = progress or (lambda _step: True)
        self.delegation = delegation_id(self.overview, delegation)
        self.facts = meetings_of(self.overview, self.delegation)
        self.book = Workbook(write_only=True)
        self.tables: list[Table] = []

    def table(self, title: str, columns: list[Column], **options: bool) -> Table:
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
            # written as XML as it is: a control character would make the file unreadable
            properties.title = clean_line(f"{self.info.name} — schedule and briefing", 1_000)
            properties.creator = f"Summit Planner {__version__}"
            properties.created = datetime.now(UTC).replace(tzinfo=None)
            save_workbook(self.book, path)
        except BaseException:
            for table in self.tables:  # finish the sheets' scratch files before they go
                with contextlib.suppress(Exception):
                    table.sheet.close()
            raise

    def write_summary(self) -> None:
        sheet = self.table("Summary", [Column("Item", 22), Column("Value", 60)], landscape=False)
        report = self.overview.report
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
            ("Open conflicts", f"{report.errors} errors, {report.warnings} warnings", None),
        ]
        if report.cut:
            rows.append(
                (
                    "Conflicts listed",
                    f"the first {len(report.listed)}; the rest are counted by delegation, "
                    "person or room and day on the Conflicts sheet",
                    None,
                )
            )
        for label, value, number_format in rows:
            sheet.add([sheet.cell(label, bold=True), sheet.cell(value, number_format)])

    def write_schedule(self) -> None:
        sheet = self.table(
            "Schedule",
            [
                Column("Day", 11, DATE),
                Column("Start", 7, TIME),
                Column("End", 7, TIME),
                Column("Minutes", 8),
                Column("Kind", 12),
                Column("Level", 15),
                Column("Title", 48, wrap=True),
                Column("Delegations", 22),
                Column("Room", 18),
                Column("Status", 11),
                Column("Agenda issues", 24, wrap=True),
                Column("Financing requests", 18),
                Column("Meeting ID", 10),
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
                    start.date(),
                    start.time(),
                    end.time(),
                    int((fact.end - fact.start).total_seconds() // 60),
                    kind_of(len(fact.delegations), total),
                    fact.level.replace("_", " "),
                    fact.title,
                    ", ".join(directory.delegations[d][0] for d in fact.delegations),
                    room,
                    fact.status,
                    ", ".join(agenda.get(fact.id, [])),
                    ", ".join(requests.get(fact.id, [])),
                    fact.id,
                ]
            )

    def write_days(self) -> None:
        """A wall chart per day: a row per time slot, a column per room."""
        for day in self.frame.days:
            layout = day_layout(self.overview, day, ColumnMode.ROOMS, delegation=self.delegation)
            sheet = self.table(
                f"{day:%a %d %b}",
                [Column("Time", 7), *[Column(c.title, CHART_WIDTH) for c in layout.columns]],
                filter=False,
            )
            step = timedelta(minutes=layout.slot_minutes)
            covering: dict[tuple[int, datetime], list[GridBlock]] = {}
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
                row = [sheet.cell(moment.time(), TIME, bold=moment.minute == 0)]
                for number in range(len(layout.columns)):
                    here = covering.get((number, moment))
                    if not here:
                        row.append(None)
                        continue
                    # two meetings in one room at once show as a clash
                    fill = CLASH_FILL if len(here) > 1 else here[0].host_colour
                    text = " / ".join(lines.get((number, moment), []))
                    row.append(sheet.cell(text, fill=fill, colour=text_colour_on(fill)))
                sheet.add(row)
                moment += step

    def write_issues(self) -> None:
        sheet = self.table(
            "Issues",
            [
                Column("Code", 10),
                Column("Title", 44, wrap=True),
                Column("Track", 12),
                Column("Priority", 9),
                Column("Lead", 7),
                Column("Status", 17),
                Column("Due", 11, DATE),
                Column("Tags", 20),
                Column("Description", 60, wrap=True),
                Column("Meetings", 9),
                Column("Issue ID", 9),
            ],
        )
        for row in list_issues():
            sheet.add(
                [
                    row.code,
                    row.title,
                    row.track,
                    row.priority,
                    row.lead,
                    row.status,
                    row.due_date,
                    row.tags,
                    row.description,
                    row.meetings,
                    row.id,
                ]
            )

    def write_positions(self) -> None:
        if not self.positions:
            return
        matrix = load_matrix()
        codes = [code for _, code, _ in matrix.delegations]
        sheet = self.table(
            "Positions",
            [
                Column("Code", 10),
                Column("Issue", 44, wrap=True),
                *[Column(code, 12) for code in codes],
            ],
        )
        # The matrix is sparse (a cell is blank until a stance is recorded): each issue's
        # row is made from its own stances, not by asking every delegation.
        place = {team: number for number, (team, _code, _name) in enumerate(matrix.delegations)}
        recorded: dict[int, list[tuple[int, str]]] = {}
        for (issue_id, team), stance in matrix.stances.items():
            if team in place:
                recorded.setdefault(issue_id, []).append((place[team], stance))
        blank: list[Cell | None] = [None] * len(place)
        cell = sheet.cell
        for issue in matrix.issues:
            line = blank.copy()
            for number, stance in recorded.get(issue.id, ()):
                line[number] = cell(stance, fill=STANCE_FILL.get(stance))
            sheet.add([issue.code, issue.title], line)
        notes = self.table(
            "Talking points",
            [
                Column("Code", 10),
                Column("Delegation", 10),
                Column("Stance", 12),
                Column("Talking points", 50, wrap=True),
                Column("Red lines", 40, wrap=True),
                Column("Fallback", 40, wrap=True),
            ],
        )
        codes_by_id = {i.id: i.code for i in matrix.issues}
        code_of = {d: code for d, code, _ in matrix.delegations}
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
                        codes_by_id.get(issue_id, ""),
                        code_of.get(team, ""),
                        stance,
                        points,
                        red,
                        fallback,
                    ]
                )

    def write_financing(self) -> None:
        rates = load_rates()
        rows = list_requests(rates)
        sheet = self.table(
            "Financing",
            [
                Column("Code", 9),
                Column("Title", 44, wrap=True),
                Column("Borrower", 9),
                Column("Lender", 10),
                Column("Instrument", 17),
                Column("Sector", 16),
                Column("Amount", 18, MONEY),
                Column("Currency", 9),
                Column(f"Amount in {rates.reporting}", 20, MONEY),
                Column("Status", 13),
                Column("Issue", 9),
                Column("Envelope", 12),
            ],
        )
        for row in rows:
            sheet.add(
                [
                    row.code,
                    row.title,
                    row.borrower,
                    row.lender,
                    row.instrument,
                    row.sector,
                    row.amount,
                    row.currency,
                    "no rate" if row.converted is None else row.converted,
                    row.status,
                    row.issue,
                    row.envelope,
                ]
            )
        summary = self.table(
            "Financing totals",
            [
                Column("By", 10),
                Column("Group", 16),
                Column("Requests", 10),
                Column(f"Total in {rates.reporting}", 22, MONEY),
                Column("Without a rate", 24),
            ],
            landscape=False,
        )
        for dimension in ("borrower", "lender", "status"):
            for total in totals(rows, dimension):
                summary.add(
                    [
                        dimension,
                        total.key,
                        total.count,
                        total.amount,
                        ", ".join(total.without_rate),
                    ]
                )

    def write_conflicts(self) -> None:
        report = self.overview.report
        wanted = {f.id for f in self.facts}
        found = [c for c in report.listed if not wanted.isdisjoint(c.meetings)]
        groups = report.groups if report.cut else []
        groups = [g for g in groups if not wanted.isdisjoint(g.meetings)]
        if not found and not groups:
            return
        sheet = self.table(
            "Conflicts",
            [
                Column("Severity", 9),
                Column("Kind", 18),
                Column("Meetings", 10),
                Column("Explanation", 100, wrap=True),
            ],
        )
        for conflict in found:
            sheet.add(
                [
                    conflict.severity.value,
                    conflict.kind.value,
                    ", ".join(str(i) for i in conflict.meetings),
                    conflict.message,
                ]
            )
        if groups:
            unlisted = report.total - len(report.listed)
            note = (
                f"The list above is cut: {unlisted} more conflicts are counted but not listed; "
                "here are the overlaps by delegation, person or room and day."
            )
            sheet.add(["", "", "", sheet.cell(note, bold=True)])
        for group in groups:
            sheet.add(
                [
                    group.severity.value,
                    group.kind.value,
                    f"{len(group.meetings)} meetings",
                    group.message,
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
