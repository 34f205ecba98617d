"""The Issues sheet: a row per agenda issue (our team's list: internal exports only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.table import DATE, Column
from planner.issues import list_issues
from planner.labels import issue_status_labels, priority_labels
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_issues(export: Exporter) -> None:
    if not export.internal:
        return
    sheet = export.table(
        tr("Issues"),
        [
            Column(tr("Code"), 10),
            Column(tr("Title"), 40, wrap=True),
            Column(tr("Track"), 12, wrap=True),
            Column(tr("Priority"), 9),
            Column(tr("Lead"), 7),
            Column(tr("Status"), 17),
            Column(tr("Due"), 11, DATE, align="center"),
            Column(tr("Tags"), 16, wrap=True),
            Column(tr("Description"), 50, wrap=True),
            Column(tr("Meetings"), 10, align="center"),
            Column(tr("Issue ID"), 9, align="center"),
        ],
    )
    priorities, statuses = priority_labels(), issue_status_labels()
    for row in list_issues():
        sheet.add(
            [
                row.code,
                row.title,
                row.track,
                priorities.get(row.priority, row.priority),
                row.lead,
                statuses.get(row.status, row.status),
                row.due_date,
                row.tags,
                row.description,
                row.meetings,
                row.id,
            ]
        )
    export.count(tr("Agenda issues"), trn("%n issue", "%n issues", sheet.count))
