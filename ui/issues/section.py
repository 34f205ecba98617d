"""The Issues section: the agenda issues, filtered and searched, with each one's thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from planner import delegations as delegation_records
from planner.errors import USER_ERRORS
from planner.history import Change
from planner.issues import ISSUE_OPERATIONS, fetch_issue, new_issue_defaults, removal_consequences
from planner.meeting_edits import agenda_addition
from planner.meetings import takes_agenda
from planner.tracks import list_tracks
from ui import dialogs
from ui.combo import select_data
from ui.issues.table_model import IssueFilterProxy, IssueTableModel
from ui.issues.thread_panel import ThreadPanel
from ui.issues.tracks_dialog import TracksDialog
from ui.labels import issue_status_labels, priority_labels
from ui.local_dates import day_and_time
from ui.record_dialog import FieldSpec, RecordDialog, edit_in_dialog, run_through_dialog
from ui.record_pane import RecordPane
from ui.section import Section
from ui.undo_commands import remove_records


class IssuesSection(Section, QWidget):
    watched = ("issue", "track", "meeting", "delegation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssueTableModel(self)
        self.proxy = IssueFilterProxy(self)
        self.pane = RecordPane(
            self.tr("Agenda issues"), self.model, IssueTableModel.TITLE, proxy=self.proxy
        )
        self.pane.filter_edit.setPlaceholderText(self.tr("Search code, title, description, tags…"))
        self.pane.filter_edit.setMaximumWidth(320)
        self.pane.add_button.setText(self.tr("New Issue…"))
        self.track_filter, self.status_filter = QComboBox(), QComboBox()
        self.priority_filter, self.lead_filter = QComboBox(), QComboBox()
        for position, combo in enumerate(
            (self.track_filter, self.status_filter, self.priority_filter, self.lead_filter), 1
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
            self.pane.bar.insertWidget(position, combo)
        self.add_to_meeting_button = QPushButton(self.tr("Add to Meeting…"))
        self.add_to_meeting_button.clicked.connect(self.add_to_meeting)
        self.tracks_button = QPushButton(self.tr("Tracks…"))
        self.tracks_button.clicked.connect(self.edit_tracks)
        self.pane.buttons.insertWidget(3, self.add_to_meeting_button)
        self.pane.buttons.addWidget(self.tracks_button)
        self.thread = ThreadPanel()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.pane)
        split.addWidget(self.thread)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 320])  # the issues' titles first; the thread wraps
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.pane.add_requested.connect(self.new_issue)
        self.pane.edit_requested.connect(self.edit_issue)
        self.pane.delete_requested.connect(self.delete_issues)
        self.pane.selection_changed.connect(self.show_thread)

    def clear(self) -> None:
        self.model.clear()
        self.thread.show_issue(None)

    def set_editable(self, editable: bool) -> None:
        self.pane.set_editable(editable)
        self.add_to_meeting_button.setEnabled(editable)
        self.tracks_button.setEnabled(editable)

    def reload(self) -> None:
        self.fill_filters()
        self.pane.reload()
        self.show_thread(self.pane.selected_ids())

    def record_panes(self) -> list[RecordPane]:
        return [self.pane]

    def after_change(self, change: Change) -> None:
        if change.touches(("track", "delegation")):  # the filters offer them
            self.fill_filters()
        self.show_thread(self.pane.selected_ids())  # its meetings may have changed

    def fill_filters(self) -> None:
        choices = (
            (self.track_filter, self.tr("All tracks"), [(t.id, t.name) for t in list_tracks()]),
            (self.status_filter, self.tr("All statuses"), list(issue_status_labels().items())),
            (self.priority_filter, self.tr("All priorities"), list(priority_labels().items())),
            (
                self.lead_filter,
                self.tr("Any lead"),
                [(d.id, d.code) for d in delegation_records.list_delegations()],
            ),
        )
        for combo, everything, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for data, text in items:
                combo.addItem(text, str(data) if not isinstance(data, int) else data)
            select_data(combo, chosen)
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            self.track_filter.currentData(),
            self.status_filter.currentData(),
            self.priority_filter.currentData(),
            self.lead_filter.currentData(),
        )

    def selected_row(self):
        ids = self.pane.selected_ids()
        if len(ids) != 1:
            return None
        index = self.model.row_of_id(ids[0])
        return self.model.rows[index] if index is not None else None

    def show_thread(self, _ids=None) -> None:
        self.thread.show_issue(self.selected_row())
        self.add_to_meeting_button.setEnabled(self.selected_row() is not None and self.editable())

    # Editing

    def fields(self) -> list[FieldSpec]:
        tracks = [(t.id, t.name) for t in list_tracks()]
        leads = [(None, self.tr("None"))] + [
            (d.id, f"{d.code} — {d.name}") for d in delegation_records.list_delegations()
        ]
        return [
            FieldSpec(
                "code", self.tr("Code"), placeholder=self.tr("left empty: the track's next number")
            ),
            FieldSpec("title", self.tr("Title")),
            FieldSpec("track", self.tr("Track"), kind="choice", choices=tracks),
            FieldSpec(
                "priority",
                self.tr("Priority"),
                "choice",
                [(str(k), v) for k, v in priority_labels().items()],
            ),
            FieldSpec("lead_delegation", self.tr("Lead delegation"), "choice", leads),
            FieldSpec(
                "status",
                self.tr("Status"),
                "choice",
                [(str(k), v) for k, v in issue_status_labels().items()],
            ),
            FieldSpec("due_date", self.tr("Due"), kind="optional-date"),
            FieldSpec("tags", self.tr("Tags"), placeholder=self.tr("separated by commas")),
            FieldSpec("description", self.tr("Description"), kind="multiline"),
        ]

    def new_issue(self) -> None:
        if not self.editable():
            return
        edit_in_dialog(
            self,
            self.document,
            ISSUE_OPERATIONS,
            self.tr("New Issue"),
            self.fields(),
            new_issue_defaults(self.track_filter.currentData()),
            self.tr("New Issue"),
            saved=self.pane.select_id,
        )

    def edit_issue(self, issue_id: int) -> None:
        if not self.editable():
            return
        try:
            values = fetch_issue(issue_id)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Edit"), str(error))
            return
        edit_in_dialog(
            self,
            self.document,
            ISSUE_OPERATIONS,
            self.tr("Edit Issue"),
            self.fields(),
            values,
            lambda typed: self.tr("Edit Issue %1").replace("%1", str(typed.get("code") or "")),
            row_id=issue_id,
        )

    def delete_issues(self, ids: list[int]) -> None:
        if not self.editable() or not ids:
            return
        try:
            plan = ISSUE_OPERATIONS.plan_removal(ids)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))
            return
        codes = ", ".join(row["code"] for row in plan.removed.get(plan.model, []))
        details = " ".join(removal_consequences(plan))
        details = (details + " " if details else "") + self.tr("You can undo this.")
        if not dialogs.confirm(
            self, self.tr("Delete"), self.tr("Delete %1?").replace("%1", codes), details
        ):
            return
        text = self.tr("Delete %1").replace("%1", codes)
        remove_records(self.document, ISSUE_OPERATIONS, plan, text)

    def add_to_meeting(self) -> None:
        row = self.selected_row()
        if row is None or self.monitor is None or not self.editable():
            return
        overview = self.monitor.overview
        meetings = [
            (m.id, f"{day_and_time(m.start)}  {m.title}")
            for m in overview.rows
            if takes_agenda(m.status)
        ]
        fields = [
            FieldSpec("meeting", self.tr("Meeting"), kind="choice", choices=meetings),
            FieldSpec("minutes", self.tr("Minutes"), kind="int", maximum=600),
        ]

        title = self.tr("Add %1 to a Meeting").replace("%1", row.code)
        run_through_dialog(
            lambda submit: RecordDialog(title, fields, {"minutes": 15}, submit, self),
            self.document,
            lambda values: agenda_addition(
                row.id, values["meeting"], values["minutes"] or None, title
            ),
        )

    def edit_tracks(self) -> None:
        if not self.editable():
            return
        dialog = TracksDialog(self.document, self)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
