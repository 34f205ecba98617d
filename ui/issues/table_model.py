"""The Issues table model and its filter: track, status, priority, lead and free text."""

from __future__ import annotations

from planner.issues import IssueRow, issue_count, list_issues, listed_order, meeting_counts
from ui.changed_rows import Recount, Via
from ui.i18n import tr
from ui.labels import issue_status_labels, priority_labels
from ui.local_dates import date_text
from ui.record_table_model import Column, ModelFilterProxy, RecordTableModel

NO_DUE_DATE = 10**7


class IssueTableModel(RecordTableModel):
    CODE, TITLE, TRACK, PRIORITY, LEAD, STATUS, DUE, MEETINGS = range(8)
    kind = "issue"
    loads_behind_from = 5_000
    follows = {
        "track": Via(("track_id",)),  # its name and colour
        "delegation": Via(("lead_id",)),  # the lead's code
        "meeting": Recount(meeting_counts, lambda row: row.meetings),
    }

    def __init__(self, parent=None):
        priorities, statuses = priority_labels(), issue_status_labels()
        columns = [
            Column(tr("Code"), lambda r: r.code, colour=lambda r: r.track_colour),
            Column(tr("Title"), lambda r: r.title, tooltip=lambda r: r.description or r.title),
            Column(tr("Track"), lambda r: r.track),
            Column(tr("Priority"), lambda r: priorities.get(r.priority, r.priority)),
            Column(tr("Lead"), lambda r: r.lead),
            Column(tr("Status"), lambda r: statuses.get(r.status, r.status)),
            Column(
                tr("Due"),
                lambda r: date_text(r.due_date) if r.due_date else "",
                # A number, which Qt sorts; issues without a date come last.
                sort=lambda r: r.due_date.toordinal() if r.due_date else NO_DUE_DATE,
            ),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(columns, list_issues, parent, some=list_issues, order=listed_order)

    def stored_rows(self) -> int:
        return issue_count()  # an import may have just added tens of thousands


class IssueFilterProxy(ModelFilterProxy):
    """Filters by track, status, priority and lead delegation, and by words found in the
    code, title, description or tags."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.track: int | None = None
        self.status: str | None = None
        self.priority: str | None = None
        self.lead: int | None = None

    def set_filters(self, track, status, priority, lead) -> None:
        self.track, self.status, self.priority, self.lead = track, status, priority, lead
        self.refilter()

    def search_text(self, row: IssueRow) -> str:
        return f"{row.code} {row.title} {row.description} {row.tags}"

    def choosing(self) -> bool:
        return any(v is not None for v in (self.track, self.status, self.priority, self.lead))

    def accepts(self, row: IssueRow) -> bool:
        return (
            (self.track is None or row.track_id == self.track)
            and (self.status is None or row.status == self.status)
            and (self.priority is None or row.priority == self.priority)
            and (self.lead is None or row.lead_id == self.lead)
        )
