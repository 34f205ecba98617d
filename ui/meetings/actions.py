"""What can be done to meetings from any view (list or grid), each an undoable step."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from planner.errors import USER_ERRORS
from planner.meeting_drafts import KEEP_ROOM, duplicated, moved, resized, with_status
from planner.meeting_edits import AdjustMeeting
from planner.meeting_records import MEETING_OPERATIONS, fetch_draft
from planner.meetings import MeetingDraft, allowed_statuses
from planner.vocabulary import MeetingStatus
from ui import dialogs
from ui.document import SummitDocument
from ui.i18n import tr, trn
from ui.labels import status_labels
from ui.meetings.editor import MeetingEditor
from ui.record_dialog import save_through_dialog
from ui.schedule_monitor import ScheduleMonitor
from ui.undo_commands import add_record, remove_records


class MeetingActions(QObject):
    """Opens the editor, creates, moves, resizes, duplicates, deletes and re-statuses
    meetings; refusals reach the user as one sentence. `created` names a new meeting."""

    created = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.document: SummitDocument | None = None
        self.monitor: ScheduleMonitor | None = None

    def set_document(self, document: SummitDocument | None, monitor: ScheduleMonitor | None):
        self.document, self.monitor = document, monitor

    def editable(self) -> bool:
        return self.document is not None and not self.document.readonly

    def refuse(self, title: str, error: Exception) -> None:
        dialogs.show_error(self.widget, title, str(error))

    def new_meeting(self, draft: MeetingDraft) -> None:
        """Open the editor on a prefilled draft; saving it creates the meeting."""
        if not self.editable():
            return
        overview, title = self.monitor.overview, tr("New Meeting")
        save_through_dialog(
            lambda submit: MeetingEditor(title, overview, draft, None, submit, self.widget),
            self.document,
            MEETING_OPERATIONS,
            title,
            saved=self.created.emit,
        )

    def edit_meeting(self, meeting_id: int) -> None:
        if not self.editable():
            return
        try:
            draft = fetch_draft(meeting_id)
        except USER_ERRORS as error:
            self.refuse(tr("Cannot Edit"), error)
            return
        overview, title = self.monitor.overview, tr("Edit Meeting")
        save_through_dialog(
            lambda submit: MeetingEditor(title, overview, draft, meeting_id, submit, self.widget),
            self.document,
            MEETING_OPERATIONS,
            lambda values: tr("Edit “%1”").replace("%1", values.title.strip()),
            row_id=meeting_id,
        )

    def adjust(self, meeting_id: int, make, text: str, title: str) -> bool:
        """Apply make(draft) to a meeting's own fields (time, length, room, status) as one
        undoable step, the meeting's row alone read and written; False if refused or
        unchanged."""
        if not self.editable():
            return False
        try:
            return bool(self.document.run(AdjustMeeting(meeting_id, make, text)))
        except USER_ERRORS as error:
            self.refuse(title, error)
            return False

    def move(self, meeting_id: int, start: datetime, room_id: object = KEEP_ROOM) -> bool:
        return self.adjust(
            meeting_id,
            lambda draft: moved(draft, start, room_id),
            tr("Move Meeting"),
            tr("Cannot Move the Meeting"),
        )

    def resize(self, meeting_id: int, minutes: int) -> bool:
        return self.adjust(
            meeting_id,
            lambda draft: resized(draft, minutes),
            tr("Change Duration"),
            tr("Cannot Change the Duration"),
        )

    def set_status(self, meeting_id: int, status: MeetingStatus) -> bool:
        label = status_labels()[MeetingStatus(status)]
        return self.adjust(
            meeting_id,
            lambda draft: with_status(draft, status),
            tr("Mark as %1").replace("%1", label),
            tr("Cannot Change the Status"),
        )

    def delete(self, ids: list[int]) -> None:
        """Delete at once: the step is undoable, so no question is asked."""
        if not self.editable() or not ids:
            return
        try:
            plan = MEETING_OPERATIONS.plan_removal(ids)
            text = trn("Delete %n meeting", "Delete %n meetings", len(ids))
            remove_records(self.document, MEETING_OPERATIONS, plan, text)
        except USER_ERRORS as error:
            self.refuse(tr("Cannot Delete"), error)

    def duplicate(self, meeting_id: int) -> None:
        if not self.editable():
            return
        try:
            copy = duplicated(fetch_draft(meeting_id))
            new_id = add_record(self.document, MEETING_OPERATIONS, copy, tr("Duplicate Meeting"))
        except USER_ERRORS as error:
            self.refuse(tr("Cannot Duplicate"), error)
            return
        self.created.emit(new_id)

    def context_menu(self, ids: list[int]) -> QMenu | None:
        """The menu for selected meetings: edit, duplicate, status, delete."""
        if not self.editable() or not ids:
            return None
        menu = QMenu(self.widget)
        if len(ids) == 1:
            meeting_id = ids[0]
            menu.addAction(tr("Edit…"), lambda: self.edit_meeting(meeting_id))
            menu.addAction(tr("Duplicate"), lambda: self.duplicate(meeting_id))
            statuses = menu.addMenu(tr("Status"))
            current = MeetingStatus(fetch_draft(meeting_id).status)
            for status in allowed_statuses(current)[1:]:
                action = QAction(status_labels()[status], statuses)
                action.triggered.connect(lambda _=False, s=status: self.set_status(meeting_id, s))
                statuses.addAction(action)
        menu.addAction(tr("Delete"), lambda: self.delete(ids))
        return menu
