"""The meeting editor: who meets, when, where, at what level, and what it would clash with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QSize, Qt, QTime, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import delegations as delegation_records
from planner.conflicts import Severity
from planner.errors import USER_ERRORS, ValidationError
from planner.financing import list_requests
from planner.issues import list_issues
from planner.meetings import LONGEST_MINUTES, MeetingDraft, offered_statuses
from planner.row_versions import unreadable_fields
from planner.schedule import Overview, preview_conflicts
from planner.vocabulary import Level, MeetingStatus, Role
from ui.colours import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR
from ui.combo import select_data
from ui.labels import level_labels, status_labels
from ui.local_dates import long_day
from ui.meetings.agenda_editor import AgendaEditor
from ui.meetings.scheduling_box import SchedulingBox
from ui.server_summit import show_unreadable
from ui.time_field import TimeField
from ui.window_geometry import fit_dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingEditor(QDialog):
    """Edits a draft; `submit` saves it or raises ValidationError, shown next to the field."""

    def __init__(
        self,
        title: str,
        overview: Overview,
        draft: MeetingDraft,
        meeting_id: int | None,
        submit: Callable[[MeetingDraft], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.overview = overview
        self.meeting_id = meeting_id
        self.submit = submit
        self.original = draft
        self.errors: dict[str, QLabel] = {}
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self.update_preview)

        self.build_fields(draft)
        self.build_people(draft)
        self.notes = QPlainTextEdit(draft.notes)
        show_unreadable(self.notes, "notes" in unreadable_fields("meeting"))
        self.outcome = QPlainTextEdit(draft.outcome)
        self.agenda = AgendaEditor(list_issues(), draft.agenda)
        self.agenda.changed.connect(self.schedule_preview)
        texts = QTabWidget()
        texts.addTab(self.agenda, self.tr("Agenda"))
        self.requests = QListWidget()
        self.requests.setObjectName("meetingRequests")
        chosen = set(draft.requests)
        for row in list_requests():
            item = QListWidgetItem(f"{row.code} — {row.borrower} ← {row.lender}: {row.title}")
            item.setData(ID_ROLE, row.id)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked
            )
            self.requests.addItem(item)
        texts.addTab(self.requests, self.tr("Financing"))
        texts.addTab(self.notes, self.tr("Notes"))
        texts.addTab(self.outcome, self.tr("Outcome"))
        texts.setMaximumHeight(260)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("conflictPreview")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setMaximumHeight(80)
        self.general_error = self.error_label("general")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.scheduling = SchedulingBox(draft, self.overview.frame.days)
        self.scheduling.changed.connect(self.schedule_preview)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.scheduling)
        left.addWidget(self.error_label("tier"))
        left.addWidget(self.error_label("latest"))
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.people_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(texts)
        layout.addWidget(QLabel(self.tr("<b>Conflicts this meeting would have</b>")))
        layout.addWidget(self.conflict_list)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(880, 720))
        self.connect_changes()
        self.update_preview()

    # Building

    def error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        label.hide()
        self.errors[field] = label
        return label

    def add_row(self, text: str, widget: QWidget, *fields: str) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        for field in fields:
            box.addWidget(self.error_label(field))
        self.form.addRow(text, box)

    def build_fields(self, draft: MeetingDraft) -> None:
        self.form = QFormLayout()
        self.title_edit = QLineEdit(draft.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. KZ–CN bilateral on the railway"))
        self.level = QComboBox()
        for level, label in level_labels().items():
            self.level.addItem(label, Level(level).value)
        select_data(self.level, Level(draft.level).value)
        self.day = QComboBox()
        for day in self.overview.frame.days:
            self.day.addItem(long_day(day), day)
        if not select_data(self.day, draft.day):  # keep a day outside the summit visible
            self.day.addItem(long_day(draft.day), draft.day)
            select_data(self.day, draft.day)
        self.start = TimeField(QTime(draft.start.hour, draft.start.minute))
        self.start.setObjectName("startTime")
        self.minutes = QSpinBox()
        # From 0: a duration below the shortest is explained by the planner's refusal.
        self.minutes.setRange(0, LONGEST_MINUTES)
        self.minutes.setSingleStep(self.overview.frame.slot_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(draft.minutes)
        self.ends = QLabel()
        timing = QHBoxLayout()
        for widget in (self.start, QLabel(self.tr("for")), self.minutes, self.ends):
            timing.addWidget(widget)
        timing.addStretch(1)
        timing_widget = QWidget()
        timing_widget.setLayout(timing)
        timing.setContentsMargins(0, 0, 0, 0)
        self.room = QComboBox()
        self.room.addItem(self.tr("No room yet"), None)
        for room in delegation_records.list_rooms():
            where = f"{room.building}, " if room.building else ""
            text = self.tr("%1 (%2%3 seats)").replace("%1", room.name)
            self.room.addItem(text.replace("%2", where).replace("%3", str(room.capacity)), room.id)
        select_data(self.room, draft.room_id)
        self.status = QComboBox()
        labels = status_labels()
        current = MeetingStatus(draft.status) if self.meeting_id is not None else None
        for status in offered_statuses(current):
            self.status.addItem(labels[status], status.value)
        select_data(self.status, MeetingStatus(draft.status).value)

        self.add_row(self.tr("Title"), self.title_edit, "title")
        self.add_row(self.tr("Level"), self.level, "level")
        self.add_row(self.tr("Day"), self.day, "day")
        self.add_row(self.tr("Starts"), timing_widget, "start", "minutes")
        self.add_row(self.tr("Room"), self.room, "room")
        self.add_row(self.tr("Status"), self.status, "status")

    def build_people(self, draft: MeetingDraft) -> None:
        self.people_box = QGroupBox(self.tr("Delegations and attendees"))
        self.delegation_list = QListWidget()
        chosen = dict(draft.delegations)
        for row in delegation_records.list_delegations():
            item = QListWidgetItem(f"{row.code} — {row.name}")
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.delegation_list.addItem(item)
        self.host = QComboBox()
        self.host_id = next((d for d, role in draft.delegations if role == Role.HOST), None)
        self.attendee_tree = QTreeWidget()
        self.attendee_tree.setHeaderLabels([self.tr("Attends"), self.tr("Required")])
        self.attendee_tree.setRootIsDecorated(False)
        self.people_by_delegation: dict[int, list] = {}
        for person in delegation_records.list_people():
            self.people_by_delegation.setdefault(person.delegation_id, []).append(person)
        self.attending = dict(draft.attendees)
        grid = QGridLayout(self.people_box)
        grid.addWidget(self.delegation_list, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Host")), 1, 0)
        grid.addWidget(self.host, 1, 1)
        grid.addWidget(self.error_label("delegations"), 2, 0, 1, 2)
        grid.addWidget(self.attendee_tree, 3, 0, 1, 2)
        grid.addWidget(self.error_label("attendees"), 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.delegation_list.setMaximumHeight(140)
        self.refresh_people()

    def refresh_people(self) -> None:
        """Offer as host and attendees only the delegations that take part."""
        self.remember_attendees()
        teams = self.checked_delegations()
        self.host.blockSignals(True)
        self.host.clear()
        for item in self.delegation_items():
            if item.data(ID_ROLE) in teams:
                self.host.addItem(item.text(), item.data(ID_ROLE))
        if not select_data(self.host, self.host_id):
            self.host.setCurrentIndex(0)
            self.host_id = self.host.currentData()  # the fallback is now the user's host
        self.host.blockSignals(False)
        self.attendee_tree.blockSignals(True)
        self.attendee_tree.clear()
        for delegation_id in teams:
            for person in self.people_by_delegation.get(delegation_id, []):
                item = QTreeWidgetItem([f"{person.name} ({person.delegation_code})", ""])
                item.setData(0, ID_ROLE, person.id)
                item.setToolTip(0, person.title)
                attends = person.id in self.attending
                item.setCheckState(0, Qt.CheckState.Checked if attends else Qt.CheckState.Unchecked)
                if attends:
                    required = self.attending[person.id]
                    item.setCheckState(
                        1, Qt.CheckState.Checked if required else Qt.CheckState.Unchecked
                    )
                self.attendee_tree.addTopLevelItem(item)
        self.attendee_tree.resizeColumnToContents(0)
        self.attendee_tree.blockSignals(False)

    def connect_changes(self) -> None:
        for signal in (
            self.title_edit.textChanged,
            self.level.currentIndexChanged,
            self.day.currentIndexChanged,
            self.start.timeChanged,
            self.minutes.valueChanged,
            self.room.currentIndexChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self.schedule_preview)
        self.attendee_tree.itemChanged.connect(self.on_attendee_changed)
        self.delegation_list.itemChanged.connect(self.on_delegations_changed)
        self.host.currentIndexChanged.connect(self.on_host_changed)

    # Reading

    def delegation_items(self) -> list[QListWidgetItem]:
        return [self.delegation_list.item(i) for i in range(self.delegation_list.count())]

    def checked_delegations(self) -> list[int]:
        return [
            item.data(ID_ROLE)
            for item in self.delegation_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def remember_attendees(self) -> None:
        for index in range(self.attendee_tree.topLevelItemCount()):
            item = self.attendee_tree.topLevelItem(index)
            person = item.data(0, ID_ROLE)
            if item.checkState(0) == Qt.CheckState.Checked:
                self.attending[person] = item.checkState(1) == Qt.CheckState.Checked
            else:
                self.attending.pop(person, None)

    def draft(self) -> MeetingDraft:
        self.remember_attendees()
        teams = self.checked_delegations()
        host = self.host.currentData()
        people_in = {p.id for d in teams for p in self.people_by_delegation.get(d, [])}
        start_time = self.start.time().toPython()
        return self.scheduling.applied(MeetingDraft(
            title=self.title_edit.text(),
            start=datetime.combine(self.day.currentData(), start_time),
            minutes=self.minutes.value(),
            level=Level(self.level.currentData()),
            room_id=self.room.currentData(),
            status=MeetingStatus(self.status.currentData()),
            delegations=tuple((d, Role.HOST if d == host else Role.GUEST) for d in teams),
            attendees=tuple((p, r) for p, r in self.attending.items() if p in people_in),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            pinned=self.original.pinned,
            agenda=self.agenda.agenda(),
            requests=tuple(
                self.requests.item(i).data(ID_ROLE)
                for i in range(self.requests.count())
                if self.requests.item(i).checkState() == Qt.CheckState.Checked
            ),
        ))

    # Reacting

    def on_delegations_changed(self, *_args) -> None:
        self.refresh_people()
        self.schedule_preview()

    def on_attendee_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """Offer "required" only for people who attend; a new attendee is required."""
        if column == 0:
            self.attendee_tree.blockSignals(True)
            if item.checkState(0) == Qt.CheckState.Checked:
                item.setCheckState(1, Qt.CheckState.Checked)
            else:
                item.setData(1, Qt.ItemDataRole.CheckStateRole, None)
            self.attendee_tree.blockSignals(False)
        self.schedule_preview()

    def on_host_changed(self, *_args) -> None:
        self.host_id = self.host.currentData()
        self.schedule_preview()

    def schedule_preview(self, *_args) -> None:
        self.preview_timer.start()

    def show_time_problem(self) -> None:
        label = self.errors["start"]
        label.setText(self.start.problem() or "")
        label.setVisible(bool(self.start.problem()))

    def update_preview(self) -> None:
        self.show_time_problem()
        draft = self.draft()
        end = draft.start + timedelta(minutes=draft.minutes)
        self.ends.setText(self.tr("until %1").replace("%1", end.strftime("%H:%M")))
        self.agenda.show_total(draft.minutes)
        self.conflict_list.clear()
        try:
            found = preview_conflicts(draft, self.meeting_id, self.overview)
        except USER_ERRORS:
            found = []
        if not found:
            item = QListWidgetItem(self.tr("None: this meeting clashes with nothing."))
            item.setForeground(QColor(OK_COLOUR))
            self.conflict_list.addItem(item)
        for conflict in found:
            item = QListWidgetItem(conflict.message)
            error = conflict.severity is Severity.ERROR
            item.setForeground(QColor(ERROR_COLOUR if error else WARNING_COLOUR))
            self.conflict_list.addItem(item)

    def conflict_messages(self) -> list[str]:
        self.preview_timer.stop()
        self.update_preview()
        return [self.conflict_list.item(i).text() for i in range(self.conflict_list.count())]

    def done(self, result: int) -> None:
        self.preview_timer.stop()  # no preview may run once the dialog has closed
        super().done(result)

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        if self.start.problem():
            self.show_time_problem()
            self.start.setFocus()
            return
        bad_limit = self.scheduling.problem()
        if bad_limit is not None:
            self.errors["latest"].setText(bad_limit[1])
            self.errors["latest"].show()
            bad_limit[0].setFocus()
            return
        try:
            self.submit(self.draft())
        except ValidationError as error:
            label = self.errors.get(error.field, self.general_error)
            label.setText(str(error))
            label.show()
            return
        except USER_ERRORS as error:
            self.general_error.setText(str(error))
            self.general_error.show()
            return
        super().accept()
