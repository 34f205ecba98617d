"""The Summary sheet: the summit, the view exported and its counts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from planner.export.table import DATE, Column

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_summary(export: Exporter) -> None:
    sheet = export.table("Summary", [Column("Item", 22), Column("Value", 60)], landscape=False)
    report = export.overview.report
    view = (
        "whole summit"
        if export.delegation is None
        else "meetings of " + export.overview.directory.delegations[export.delegation][0]
    )
    rows = [
        ("Summit", export.info.name, None),
        ("City", export.info.city, None),
        ("Venue", export.info.venue, None),
        ("First day", export.frame.first_day, DATE),
        ("Last day", export.frame.last_day, DATE),
        ("Time zone", export.frame.timezone, None),
        ("Generated", datetime.now(UTC).replace(tzinfo=None, microsecond=0), DATE + " hh:mm"),
        ("View", view, None),
        ("Meetings", len(export.facts), None),
        ("Delegations", export.info.counts["delegations"], None),
        ("Agenda issues", export.info.counts["issues"], None),
        ("Financing requests", export.info.counts["financing_requests"], None),
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
