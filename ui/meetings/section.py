"""The Meetings section: every meeting in a filterable table, edited through the editor."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QVBoxLayout, QWidget

from planner.errors import USER_ERRORS
from planner.meetings import (
    MEETING_OPERATIONS,
    MeetingDraft,
    allowed_statuses,
    check_draft,
    duplicated,
    fetch_draft,
    with_status,
)
from planner.vocabulary import MeetingStatus
from ui import dialogs
from ui.combo import select_data
from ui.document import SummitDocument
from ui.i18n import trn
from ui.labels import status_labels
from ui.meetings.editor import MeetingEditor
from ui.meetings.table_model import MeetingFilterProxy, MeetingTableModel
from ui.record_pane import RecordPane
from ui.schedule_monitor import ScheduleMonitor
from ui.undo_commands import add_record, change_record, remove_records


class MeetingsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: SummitDocument | None = None
        self.monitor: ScheduleMonitor | None = None
        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.pane = RecordPane(
            self.tr("Meetings"), self.model, MeetingTableModel.TITLE, proxy=self.proxy
        )
        self.pane.add_button.setText(self.tr("New Meeting…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected meeting (Ctrl+D)"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.pane.buttons.insertWidget(2, self.duplicate_button)
        self.day_filter = QComboBox()
        self.delegation_filter = QComboBox()
        self.status_filter = QComboBox()
        for position, combo in enumerate(
            (self.day_filter, self.delegation_filter, self.status_filter), start=1
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
            self.pane.bar.insertWidget(position, combo)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, label in status_labels().items():
            self.status_filter.addItem(label, str(status))

        self.pane.add_requested.connect(self.new_meeting)
        self.pane.edit_requested.connect(self.edit_meeting)
        self.pane.delete_requested.connect(self.delete_meetings)
        self.pane.selection_changed.connect(self.update_buttons)
        self.pane.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pane.view.customContextMenuRequested.connect(self.show_context_menu)
        duplicate = QShortcut(QKeySequence("Ctrl+D"), self.pane.view)
        duplicate.setContext(Qt.ShortcutContext.WidgetShortcut)
        duplicate.activated.connect(self.duplicate_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)
        self.update_buttons([])

    def set_document(self, document: SummitDocument | None, monitor: ScheduleMonitor | None):
        self.document, self.monitor = document, monitor
        if monitor is None:
            self.model.show_overview(None)
            return
        monitor.updated.connect(self.on_updated)
        self.pane.set_editable(not document.readonly)
        self.on_updated()

    def fill_filters(self) -> None:
        """Offer the summit's days and delegations, keeping the present choices if they
        still exist, and apply the filters."""
        overview = self.monitor.overview
        day, delegation = self.day_filter.currentData(), self.delegation_filter.currentData()
        for combo in (self.day_filter, self.delegation_filter):
            combo.blockSignals(True)
            combo.clear()
        self.day_filter.addItem(self.tr("All days"), None)
        for each in overview.frame.days:
            self.day_filter.addItem(each.strftime("%a %d %b"), each)
        self.delegation_filter.addItem(self.tr("All delegations"), None)
        teams = sorted(overview.directory.delegations.items(), key=lambda item: item[1])
        for delegation_id, (code, name) in teams:
            self.delegation_filter.addItem(f"{code} — {name}", delegation_id)
        select_data(self.day_filter, day)
        select_data(self.delegation_filter, delegation)
        for combo in (self.day_filter, self.delegation_filter):
            combo.blockSignals(False)
        self.apply_filters()

    def on_updated(self) -> None:
        selected = self.pane.selected_ids()
        self.model.show_overview(self.monitor.overview)
        self.fill_filters()
        self.update_day_counts()
        self.pane.select_ids(selected)
        self.pane.fit_columns()

    def update_day_counts(self) -> None:
        counts: dict = {}
        for row in self.model.rows:
            counts[row.day] = counts.get(row.day, 0) + 1
        for index in range(1, self.day_filter.count()):
            day = self.day_filter.itemData(index)
            label = f"{day:%a %d %b} ({counts.get(day, 0)})"
            self.day_filter.setItemText(index, label)

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            self.day_filter.currentData(),
            self.delegation_filter.currentData(),
            self.status_filter.currentData(),
        )

    def show_meetings(self, ids: list[int]) -> None:
        """Select these meetings, clearing the filters that would hide them."""
        visible = {
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(self.proxy.rowCount())
        }
        wanted = {self.model.row_of_id(i) for i in ids}
        if not wanted <= visible:
            for combo in (self.day_filter, self.delegation_filter, self.status_filter):
                combo.setCurrentIndex(0)
            self.pane.filter_edit.clear()
            self.apply_filters()
        self.pane.select_ids(ids)
        self.pane.view.setFocus()

    def update_buttons(self, ids: list[int]) -> None:
        self.duplicate_button.setEnabled(self.pane.editable and len(ids) == 1)

    # Editing

    def editable(self) -> bool:
        return self.document is not None and not self.document.readonly

    def run_editor(self, title: str, draft: MeetingDraft, meeting_id: int | None, submit):
        editor = MeetingEditor(title, self.monitor.overview, draft, meeting_id, submit, self)
        dialogs.run_dialog(editor)

    def new_meeting(self) -> None:
        if not self.editable():
            return
        frame = self.monitor.overview.frame
        day = self.day_filter.currentData() or frame.first_day
        start = datetime.combine(day, max(frame.day_start, time(9, 0)))
        draft = MeetingDraft(title="", start=start, minutes=60)
        document = self.document

        def submit(values: MeetingDraft) -> None:
            meeting_id = add_record(document, MEETING_OPERATIONS, values, self.tr("New Meeting"))
            self.pane.select_id(meeting_id)

        self.run_editor(self.tr("New Meeting"), draft, None, submit)

    def edit_meeting(self, meeting_id: int) -> None:
        if not self.editable():
            return
        document = self.document
        try:
            draft = fetch_draft(meeting_id)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Edit"), str(error))
            return

        def submit(values: MeetingDraft) -> None:
            check_draft(values)  # the editor keeps meetings within the summit's days
            text = self.tr("Edit “%1”").replace("%1", values.title.strip())
            change_record(document, MEETING_OPERATIONS, meeting_id, values, text)

        self.run_editor(self.tr("Edit Meeting"), draft, meeting_id, submit)

    def delete_meetings(self, ids: list[int]) -> None:
        """Delete at once: the step is undoable, so no question is asked."""
        if not self.editable() or not ids:
            return
        try:
            plan = MEETING_OPERATIONS.plan_removal(ids)
            text = trn("Delete %n meeting", "Delete %n meetings", len(ids))
            remove_records(self.document, MEETING_OPERATIONS, plan, text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))

    def duplicate_selected(self) -> None:
        ids = self.pane.selected_ids()
        if not self.editable() or len(ids) != 1:
            return
        try:
            copy = duplicated(fetch_draft(ids[0]))
            new_id = add_record(
                self.document, MEETING_OPERATIONS, copy, self.tr("Duplicate Meeting")
            )
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Duplicate"), str(error))
            return
        self.pane.select_id(new_id)

    def set_status(self, meeting_id: int, status: MeetingStatus) -> None:
        try:
            draft = with_status(fetch_draft(meeting_id), status)
            label = status_labels()[status]
            text = self.tr("Mark “%1” %2").replace("%1", draft.title).replace("%2", label)
            change_record(self.document, MEETING_OPERATIONS, meeting_id, draft, text)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Change the Status"), str(error))

    def show_context_menu(self, position) -> None:
        ids = self.pane.selected_ids()
        if not self.editable() or not ids:
            return
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("Edit…"), lambda: self.edit_meeting(ids[0]))
            menu.addAction(self.tr("Duplicate"), self.duplicate_selected)
            statuses = menu.addMenu(self.tr("Status"))
            current = MeetingStatus(fetch_draft(ids[0]).status)
            for status in allowed_statuses(current)[1:]:
                action = QAction(status_labels()[status], statuses)
                action.triggered.connect(lambda _=False, s=status: self.set_status(ids[0], s))
                statuses.addAction(action)
        menu.addAction(self.tr("Delete"), lambda: self.delete_meetings(ids))
        menu.popup(self.pane.view.viewport().mapToGlobal(position))
