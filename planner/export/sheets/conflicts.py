"""The Conflicts sheet: the conflicts of the meetings exported, or their counts (internal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.conflict_report import Severity
from planner.export.table import Column
from planner.labels import conflict_kind_labels, severity_labels
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_conflicts(export: Exporter) -> None:
    if not export.internal:
        return
    report = export.overview.report
    wanted = {f.id for f in export.facts}
    found = [c for c in report.listed if not wanted.isdisjoint(c.meetings)]
    groups = report.groups if report.cut else []
    groups = [g for g in groups if not wanted.isdisjoint(g.meetings)]
    errors = sum(c.severity is Severity.ERROR for c in found)
    listed = ", ".join(
        (
            trn("%n error", "%n errors", errors),
            trn("%n warning", "%n warnings", len(found) - errors),
        )
    )
    if groups:
        listed = (
            tr(
                "the first %1; %2; the rest are counted by delegation, person or room and day "
                "on the Conflicts sheet"
            )
            .replace("%1", f"{len(found):,}")
            .replace("%2", listed)
        )
    export.count(tr("Conflicts listed"), listed)
    if groups:
        pairs = sum(g.pairs for g in groups)
        export.count(
            tr("Overlaps counted, not listed"),
            trn(
                "%n group of overlapping meetings (%1 pairs)",
                "%n groups of overlapping meetings (%1 pairs)",
                len(groups),
            ).replace("%1", f"{pairs:,}"),
        )
    if not found and not groups:
        return
    sheet = export.table(
        tr("Conflicts"),
        [
            Column(tr("Severity"), 10),
            Column(tr("Kind"), 24, wrap=True),
            Column(tr("Meetings"), 12, wrap=True),
            Column(tr("Explanation"), 90, wrap=True),
        ],
    )
    severities, kinds = severity_labels(), conflict_kind_labels()
    for conflict in found:
        sheet.add(
            [
                severities[conflict.severity],
                kinds[conflict.kind],
                ", ".join(str(i) for i in conflict.meetings),
                conflict.message,
            ]
        )
    if groups:
        note = tr(
            "The list above is cut: the summit's first %1 conflicts are listed (those of "
            "these meetings among them); below, the overlaps by delegation, person or room "
            "and day, counted."
        ).replace("%1", f"{len(report.listed):,}")
        sheet.add(["", "", "", sheet.cell(note, bold=True, wrap=True)])
    for group in groups:
        sheet.add(
            [
                severities[group.severity],
                kinds[group.kind],
                trn("%n meeting", "%n meetings", len(group.meetings)),
                group.message,
            ]
        )
