"""The Issues sheet: a row per agenda issue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.table import DATE, Column
from planner.issues import list_issues

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_issues(export: Exporter) -> None:
    sheet = export.table(
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
