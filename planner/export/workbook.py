"""The Excel export: summary, schedule, a wall-chart sheet per day, issues, positions,
financing and conflicts, each printable, with frozen headers and filters."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from planner import __version__
from planner.errors import PlannerError
from planner.export.common import delegation_id, meetings_of, save_workbook, write_safely
from planner.export.sheets.conflicts import write_conflicts
from planner.export.sheets.days import block_lines, write_days
from planner.export.sheets.financing import write_financing
from planner.export.sheets.issues import write_issues
from planner.export.sheets.positions import write_positions
from planner.export.sheets.schedule import write_schedule
from planner.export.sheets.summary import write_summary
from planner.export.table import Column, Table, text_lines
from planner.info import summit_info
from planner.schedule import load_overview
from planner.text import clean_line
from planner.timezones import utc_to_local

__all__ = ["STEPS", "Column", "Exporter", "Table", "block_lines", "export_workbook", "text_lines"]

# The parts of the export, in order: each writes its sheets (or none) through the Exporter.
WRITERS: dict[str, Callable[[Exporter], None]] = {
    "summary": write_summary,
    "schedule": write_schedule,
    "days": write_days,
    "issues": write_issues,
    "positions": write_positions,
    "financing": write_financing,
    "conflicts": write_conflicts,
}
STEPS = tuple(WRITERS)


class Exporter:
    """One export under way: what the sheet writers read (the summit, the meetings exported)
    and the workbook they add their tables to."""

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
            for name, write_sheets in WRITERS.items():
                self.step(name)
                write_sheets(self)
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
