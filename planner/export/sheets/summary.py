"""The Summary sheet: the summit, what the export covers, who it is for, and what each of
its sheets holds, counted as the sheets were written."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.export.scope import left_out_of_external
from planner.export.table import DATE, Column
from planner.local_formats import long_day
from planner.translation import tr

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def start_summary(export: Exporter) -> None:
    """The sheet, first in the workbook; its rows come once the other sheets are written."""
    export.summary = export.table(
        tr("Summary"),
        [Column(tr("Item"), 24), Column(tr("Value"), 70, wrap=True)],
        landscape=False,
        filter=False,
    )


def view_of(export: Exporter) -> str:
    directory = export.overview.directory
    if export.scope.person is not None:
        name = directory.people[export.scope.person][0]
        return tr("programme of %1").replace("%1", name)
    if export.delegation is not None:
        code, name = directory.delegations[export.delegation]
        return tr("meetings of %1 — %2").replace("%1", code).replace("%2", name)
    return tr("whole summit")


def write_summary(export: Exporter) -> None:
    sheet = export.summary
    if sheet is None:
        return
    if export.internal:
        audience = tr("Internal: our own team only; holds what the delegation keeps to itself")
    else:
        audience = tr("External: for sending outside the delegation; leaves out %1").replace(
            "%1", left_out_of_external()
        )
    days = long_day(export.scope.day) if export.scope.day is not None else tr("all days")
    rows: list[tuple[str, object, str | None]] = [
        (tr("Summit"), export.info.name, None),
        (tr("City"), export.info.city, None),
        (tr("Venue"), export.info.venue, None),
        (tr("First day"), export.frame.first_day, DATE),
        (tr("Last day"), export.frame.last_day, DATE),
        (tr("Time zone"), export.frame.timezone, None),
        (tr("Generated"), datetime.now(UTC).replace(tzinfo=None, microsecond=0), DATE + " hh:mm"),
        (tr("For"), audience, None),
        (tr("View"), view_of(export), None),
        (tr("Days"), days, None),
    ]
    rows += [(label, value, None) for label, value in export.counts]
    for label, value, number_format in rows:
        sheet.add([sheet.cell(label, bold=True), sheet.cell(value, number_format, True)])
