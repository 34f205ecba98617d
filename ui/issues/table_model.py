"""The Issues table model and its filter: track, status, priority, lead and free text."""

from __future__ import annotations

from planner.issues import IssueRow, list_issues
from ui.i18n import tr
from ui.labels import issue_status_labels, priority_labels
from ui.record_table_model import Column, RecordTableModel, SourceSortProxy

NO_DUE_DATE = 10**7


class IssueTableModel(RecordTableModel):
    CODE, TITLE, TRACK, PRIORITY, LEAD, STATUS, DUE, MEETINGS = range(8)

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
                lambda r: r.due_date.strftime("%d %b %Y") if r.due_date else "",
                # A number, which Qt sorts; issues without a date come last.
                sort=lambda r: r.due_date.toordinal() if r.due_date else NO_DUE_DATE,
            ),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(columns, list_issues, parent)


class IssueFilterProxy(SourceSortProxy):
    """Filters by track, status, priority and lead delegation, and by words found in the
    code, title, description or tags (every word must be found). The issues model decides
    every row at once (see RecordTableModel), from text prepared when the issues load."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.track: int | None = None
        self.status: str | None = None
        self.priority: str | None = None
        self.lead: int | None = None
        self.words: list[str] = []
        self.searched: list[IssueRow] | None = None  # the rows haystacks were made for
        self.haystacks: list[str] = []  # each row's searchable text

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.decide = self.decide

    def set_filters(self, track, status, priority, lead) -> None:
        self.track, self.status, self.priority, self.lead = track, status, priority, lead
        self.sourceModel().refilter()

    def setFilterFixedString(self, text: str) -> None:
        """The pane's filter field: words instead of one fixed string."""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.words = text.casefold().split()
        self.sourceModel().refilter()

    def decide(self, rows: list[IssueRow]) -> list[bool]:
        if self.searched is not rows:  # loaded afresh: prepare the text once
            self.searched = rows
            self.haystacks = [
                f"{r.code} {r.title} {r.description} {r.tags}".casefold() for r in rows
            ]
        texts, words = self.haystacks, self.words
        if len(words) == 1:  # the usual case while typing: one pass with `in`
            (word,) = words
            found = [word in text for text in texts]
        elif words:
            found = [all(word in text for word in words) for text in texts]
        else:
            found = [True] * len(rows)
        track, status, priority, lead = self.track, self.status, self.priority, self.lead
        if track is None and status is None and priority is None and lead is None:
            return found
        return [
            hit
            and (track is None or row.track_id == track)
            and (status is None or row.status == status)
            and (priority is None or row.priority == priority)
            and (lead is None or row.lead_id == lead)
            for row, hit in zip(rows, found, strict=True)
        ]
