"""The Conflicts sheet: the conflicts of the meetings exported, or their counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.table import Column

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_conflicts(export: Exporter) -> None:
    report = export.overview.report
    wanted = {f.id for f in export.facts}
    found = [c for c in report.listed if not wanted.isdisjoint(c.meetings)]
    groups = report.groups if report.cut else []
    groups = [g for g in groups if not wanted.isdisjoint(g.meetings)]
    if not found and not groups:
        return
    sheet = export.table(
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
