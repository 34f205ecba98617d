"""The Excel exports: the briefing workbook (summary, schedule, a wall chart per day, issues,
positions, financing and conflicts) and the programme (a page per day of one person's, one
delegation's or the whole summit's meetings), each sheet printable, for our own team or for
sending outside the delegation."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook

from planner import __version__
from planner.errors import PlannerError
from planner.export.cells import use_named_font
from planner.export.common import save_workbook, write_safely
from planner.export.scope import Audience, Scope, in_scope, resolve_scope
from planner.export.sheets.conflicts import write_conflicts
from planner.export.sheets.days import block_lines, write_days
from planner.export.sheets.financing import write_financing
from planner.export.sheets.issues import write_issues
from planner.export.sheets.positions import write_positions
from planner.export.sheets.programme import write_programme
from planner.export.sheets.schedule import write_schedule
from planner.export.sheets.summary import start_summary, write_summary
from planner.export.table import Column, Table, text_lines
from planner.info import summit_info
from planner.schedule import Overview, load_overview
from planner.text import clean_line
from planner.timezones import utc_to_local
from planner.translation import tr

__all__ = [
    "PROGRAMME_STEPS",
    "STEPS",
    "Audience",
    "Column",
    "Exporter",
    "Table",
    "block_lines",
    "export_programme",
    "export_workbook",
    "text_lines",
]

Writers = dict[str, Callable[["Exporter"], None]]
# The parts of each export, in order: each writes its sheets (or none) through the Exporter;
# the Summary sheet comes first and is filled last, with the counts of the sheets written.
WRITERS: Writers = {
    "summary": start_summary,
    "schedule": write_schedule,
    "days": write_days,
    "issues": write_issues,
    "positions": write_positions,
    "financing": write_financing,
    "conflicts": write_conflicts,
}
PROGRAMME_WRITERS: Writers = {"summary": start_summary, "programme": write_programme}
STEPS = tuple(WRITERS)
PROGRAMME_STEPS = tuple(PROGRAMME_WRITERS)


class Exporter:
    """One export under way: what the sheet writers read (the summit, the meetings in scope,
    who it is for) and the workbook they add their tables to."""

    def __init__(
        self,
        overview: Overview,
        scope: Scope,
        positions: bool,
        progress: Callable[[str], bool] | None,
        *,
        home_time: bool = False,
    ) -> None:
        self.scope = scope
        self.summit_overview = overview
        self.overview = in_scope(overview, scope)
        self.info = summit_info()
        self.frame = self.overview.frame
        self.positions = positions and scope.internal
        self.home_time = home_time
        self.progress = progress or (lambda _step: True)
        self.delegation = scope.delegation
        self.facts = self.overview.facts  # in time order
        self.days = [scope.day] if scope.day is not None else self.frame.days
        self.book = Workbook(write_only=True)
        use_named_font(self.book)
        self.tables: list[Table] = []
        self.counts: list[tuple[str, object]] = []  # what the Summary says the sheets hold
        self.summary: Table | None = None

    @property
    def internal(self) -> bool:
        return self.scope.internal

    def table(self, title: str, columns: list[Column], **options: object) -> Table:
        table = Table(self.book, title, columns, summit=self.info.name, **options)  # type: ignore[arg-type]
        self.tables.append(table)
        return table

    def count(self, label: str, value: object) -> None:
        """A line of the Summary: what a sheet holds, counted as it was written."""
        self.counts.append((label, value))

    def step(self, what: str) -> None:
        if self.progress(what) is False:
            raise PlannerError(tr("The export was cancelled; the earlier file was left as it was."))

    def local(self, moment: datetime) -> datetime:
        return utc_to_local(moment, self.frame.timezone)

    def write(self, path: Path, writers: Writers, title: str) -> None:
        try:
            for name, write_sheets in writers.items():
                self.step(name)
                write_sheets(self)
            write_summary(self)
            for table in self.tables:
                table.close()
            properties = self.book.properties
            # written as XML as it is: a control character would make the file unreadable
            properties.title = clean_line(f"{self.info.name} — {title}", 1_000)
            properties.creator = f"Summit Planner {__version__}"
            properties.created = datetime.now(UTC).replace(tzinfo=None)
            save_workbook(self.book, path)
        except BaseException:
            for table in self.tables:  # finish the sheets' scratch files before they go
                with contextlib.suppress(Exception):
                    table.sheet.close()
            raise


def export_workbook(
    path: Path,
    *,
    delegation: str | None = None,
    positions: bool = True,
    audience: Audience | str | None = None,
    progress: Callable[[str], bool] | None = None,
) -> None:
    """The briefing workbook at path: the whole summit or one delegation's meetings, for our
    team (with the positions unless positions is False) or for outside (audience "external",
    the default for another delegation). progress(step) is called before each part; False
    cancels."""
    overview = load_overview()
    scope = resolve_scope(overview, delegation=delegation, audience=audience)
    exporter = Exporter(overview, scope, positions, progress)
    write_safely(path, lambda out: exporter.write(out, WRITERS, tr("schedule and briefing")))


def export_programme(
    path: Path,
    *,
    person: str | None = None,
    delegation: str | None = None,
    day: date | None = None,
    audience: Audience | str | None = None,
    home_time: bool = False,
    progress: Callable[[str], bool] | None = None,
) -> int:
    """The programme at path: a sheet (a page or more) per day of the meetings of one person
    (by name or id), one delegation or the whole summit, for one day or all; with the home
    capital's time beside the summit's when home_time. Returns how many meetings it lists."""
    overview = load_overview(conflicts=False)  # a programme lists meetings, not conflicts
    scope = resolve_scope(
        overview,
        delegation=delegation,
        person=person,
        day=day,
        audience=audience,
    )
    exporter = Exporter(overview, scope, False, progress, home_time=home_time)
    write_safely(path, lambda out: exporter.write(out, PROGRAMME_WRITERS, tr("programme")))
    return len(exporter.facts)
