"""The Schedule section: a summit day as a wall chart, with its controls."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.availability import Availability, blocked_starts, candidate_of
from planner.day_layout import NO_ROOM, ColumnMode, DayLayout, day_layout
from planner.meetings import MeetingDraft
from planner.vocabulary import Role
from ui import dialogs
from ui.combo import select_data
from ui.document import SummitDocument
from ui.i18n import trn
from ui.local_dates import long_day, short_day
from ui.meetings.actions import MeetingActions
from ui.meetings.details_pane import MeetingDetailsPane
from ui.schedule.day_grid import DayGrid
from ui.schedule.find_time_dialog import FindTimeDialog
from ui.schedule.legend import ScheduleLegend, display_menu_button
from ui.schedule_monitor import ScheduleMonitor
from ui.section import Section


class ScheduleSection(Section, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = MeetingActions(self)
        self.actions.created.connect(lambda meeting_id: self.grid.select([meeting_id]))
        self.layout_: DayLayout | None = None
        self.availability: Availability | None = None
        self.availability_for: int | None = None
        self.blocked_cache: dict[tuple[int, int], list[datetime]] = {}

        self.previous_day = QToolButton()
        self.previous_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_day.setToolTip(self.tr("Previous day (Ctrl+PgUp)"))
        self.next_day = QToolButton()
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.next_day.setToolTip(self.tr("Next day (Ctrl+PgDown)"))
        self.day = QComboBox()

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Rooms"), ColumnMode.ROOMS.value)
        self.mode.addItem(self.tr("Delegations"), ColumnMode.DELEGATIONS.value)
        self.mode.setToolTip(self.tr("One column per room or per delegation"))
        self.delegation = QComboBox()
        self.zoom = QSlider(Qt.Orientation.Horizontal)
        self.zoom.setRange(12, 48)
        self.zoom.setValue(22)
        self.zoom.setFixedWidth(90)
        self.zoom.setToolTip(self.tr("Zoom: the height of one slot"))
        self.show_cancelled = QCheckBox(self.tr("Cancelled"))
        self.show_cancelled.setToolTip(self.tr("Show cancelled meetings"))
        self.home_clock = QCheckBox(self.tr("Home time"))
        self.find_button = QPushButton(self.tr("Find a Time…"))
        self.grid = DayGrid()
        self.grid.blocked_slots = self.blocked_slots
        self.grid.slot_is_free = self.slot_is_free
        self.grid.now = self.now

        # As wide as the language's longest day label (Chinese and Russian differ from English).
        widest = max((short_day(date(2025, 9, d)) for d in range(22, 29)), key=len) + " (300)"
        self.day.setMinimumWidth(self.day.fontMetrics().horizontalAdvance(widest) + 40)
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.delegation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.delegation.setMinimumContentsLength(8)
        self.delegation.setToolTip(self.tr("Show only the meetings of one delegation"))
        self.legend = ScheduleLegend()
        self.show_legend = QCheckBox(self.tr("Legend"))
        self.show_legend.setChecked(True)
        self.show_legend.toggled.connect(self.legend.setVisible)
        self.display_button = display_menu_button(
            self.tr("Show"),
            [
                QLabel(self.tr("Zoom")),
                self.zoom,
                self.show_cancelled,
                self.home_clock,
                self.show_legend,
            ],
        )
        self.display_button.setToolTip(
            self.tr("Zoom, cancelled meetings, the home capital's time and the legend")
        )
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for widget in (self.previous_day, self.day, self.next_day):
            bar.addWidget(widget)
        bar.addSpacing(8)
        for widget in (self.mode, self.delegation, self.display_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.find_button)
        self.details = MeetingDetailsPane()
        self.details.meeting_chosen.connect(self.show_meeting)
        self.details.edit_requested.connect(self.actions.edit_meeting)
        self.grid.selection_changed.connect(
            lambda ids: self.details.show_meeting(ids[0] if len(ids) == 1 else None)
        )
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.grid, 1)
        chart_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(chart)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([960, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.previous_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        # Shortcuts of the section, not of the arrow buttons: a button's own shortcut did not
        # fire while the grid had the focus.
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.step_day(step))
        for combo in (self.day, self.mode, self.delegation):
            combo.currentIndexChanged.connect(self.relayout)
        self.show_cancelled.toggled.connect(self.relayout)
        self.home_clock.toggled.connect(self.relayout)
        self.zoom.valueChanged.connect(self.grid.set_slot_height)
        self.find_button.clicked.connect(self.find_time)
        self.grid.move_requested.connect(self.actions.move)
        self.grid.resize_requested.connect(self.actions.resize)
        self.grid.meeting_activated.connect(self.actions.edit_meeting)
        self.grid.delete_requested.connect(self.actions.delete)
        self.grid.empty_slot_activated.connect(self.new_meeting_at)
        self.grid.context_menu_requested.connect(self.show_context_menu)

    # Document

    def set_document(
        self, document: SummitDocument | None, monitor: ScheduleMonitor | None = None
    ) -> None:
        self.actions.set_document(document, monitor)
        self.opening = True  # when first shown: today's page, scrolled to the morning
        super().set_document(document, monitor)

    def listen(self, document: SummitDocument) -> None:
        # The chart shows the overview, so it follows the overview's updates.
        self.monitor.updated.connect(self.on_updated)

    def clear(self) -> None:
        self.layout_ = None
        self.grid.set_layout(None)
        self.details.set_overview(None)

    def show_meeting(self, meeting_id: int) -> None:
        """Show the day of a meeting and select it (chosen in a person's programme)."""
        row = next((r for r in self.monitor.overview.rows if r.id == meeting_id), None)
        if row is None:
            return
        select_data(self.day, row.day)
        self.grid.select([meeting_id])
        self.grid.scroll_to_time(row.start)

    def catch_up(self) -> None:
        self.on_updated()
        if self.opening and self.monitor is not None:
            self.opening = False
            today = self.now()
            if today is not None and today.date() in self.monitor.overview.frame.days:
                select_data(self.day, today.date())
            self.grid.scroll_to_time(self.layout_.first if self.layout_ else datetime.now())

    def on_updated(self) -> None:
        if self.deferred():
            return
        overview = self.monitor.overview
        self.details.set_overview(overview)
        self.availability = None
        self.blocked_cache.clear()
        for combo in (self.day, self.delegation):
            combo.blockSignals(True)
        chosen_day, chosen_team = self.day.currentData(), self.delegation.currentData()
        self.day.clear()
        for each in overview.frame.days:
            self.day.addItem(short_day(each), each)
        if not select_data(self.day, chosen_day):
            self.day.setCurrentIndex(0)
        self.delegation.clear()
        self.delegation.addItem(self.tr("All"), None)
        for delegation_id, (code, name) in overview.directory.delegations.items():
            self.delegation.addItem(f"{code} — {name}", delegation_id)
        select_data(self.delegation, chosen_team)
        home = overview.directory.home_timezone
        self.home_clock.setEnabled(bool(home))
        self.home_clock.setToolTip(
            self.tr("Also show the time in the home capital (%1)").replace("%1", home or "—")
        )
        for combo in (self.day, self.delegation):
            combo.blockSignals(False)
        self.relayout()

    def relayout(self, *_args) -> None:
        if self.monitor is None or self.day.currentData() is None:
            return
        overview = self.monitor.overview
        day: date = self.day.currentData()
        self.blocked_cache.clear()  # shading depends on the day and on what columns mean
        self.layout_ = day_layout(
            overview,
            day,
            ColumnMode(self.mode.currentData()),
            delegation=self.delegation.currentData(),
            show_cancelled=self.show_cancelled.isChecked(),
        )
        for index in range(self.day.count()):
            each = self.day.itemData(index)
            count = self.layout_.counts.get(each, 0)
            self.day.setItemText(index, f"{short_day(each)} ({count})")
            tip = trn("%1: %n meeting", "%1: %n meetings", count).replace("%1", long_day(each))
            self.day.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.previous_day.setEnabled(self.day.currentIndex() > 0)
        self.next_day.setEnabled(self.day.currentIndex() < self.day.count() - 1)
        self.grid.second_clock = self.home_offset() if self.home_clock.isChecked() else None
        self.grid.set_layout(self.layout_)

    def home_offset(self) -> tuple[str, int] | None:
        overview = self.monitor.overview
        home = overview.directory.home_timezone
        if not home:
            return None
        noon = datetime.combine(self.day.currentData(), datetime.min.time()) + timedelta(hours=12)
        summit_zone, home_zone = ZoneInfo(overview.frame.timezone), ZoneInfo(home)
        difference = (
            noon.replace(tzinfo=home_zone).utcoffset()
            - noon.replace(tzinfo=summit_zone).utcoffset()
        )
        return home, int(difference.total_seconds() // 60)

    def step_day(self, step: int) -> None:
        index = self.day.currentIndex() + step
        if 0 <= index < self.day.count():
            self.day.setCurrentIndex(index)

    def now(self) -> datetime | None:
        if self.monitor is None:
            return None
        zone = ZoneInfo(self.monitor.overview.frame.timezone)
        return datetime.now(zone).replace(tzinfo=None)

    # Dragging

    def availability_without(self, meeting_id: int) -> Availability:
        """Everyone's timelines but the dragged meeting's, built once per drag."""
        if self.availability is None or self.availability_for != meeting_id:
            overview = self.monitor.overview
            self.availability = Availability(
                overview.facts, overview.frame, overview.directory, leave_out=meeting_id
            )
            self.availability_for = meeting_id
        return self.availability

    def room_of_column(self, meeting_id: int, column_key: int) -> int | None:
        if self.layout_.mode is ColumnMode.ROOMS:
            return None if column_key == NO_ROOM else column_key
        return self.fact(meeting_id).room_id

    def fact(self, meeting_id: int):
        return next(f for f in self.monitor.overview.facts if f.id == meeting_id)

    def blocked_slots(self, meeting_id: int, column_key: int) -> list[datetime]:
        """Slot starts where the dragged meeting would clash in that column (cached)."""
        key = (meeting_id, column_key)
        if key not in self.blocked_cache:
            self.blocked_cache[key] = blocked_starts(
                self.fact(meeting_id),
                self.layout_.day,
                self.room_of_column(meeting_id, column_key),
                self.availability_without(meeting_id),
            )
        return self.blocked_cache[key]

    def slot_is_free(self, meeting_id: int, column_key: int, start: datetime, minutes: int):
        """Whether the dragged meeting, at this start and length, would clash with nothing."""
        candidate = replace(candidate_of(self.fact(meeting_id)), minutes=minutes)
        room = self.room_of_column(meeting_id, column_key)
        return self.availability_without(meeting_id).free(candidate, start, room)

    # Creating

    def new_meeting_at(self, column_key: int, start: datetime) -> None:
        """A new meeting at a double-clicked empty slot, its room or delegation filled in."""
        room, teams = None, ()
        if self.layout_.mode is ColumnMode.ROOMS:
            room = None if column_key == NO_ROOM else column_key
        else:
            teams = ((column_key, Role.HOST),)
        self.actions.new_meeting(
            MeetingDraft(title="", start=start, minutes=60, room_id=room, delegations=teams)
        )

    def find_time(self) -> None:
        if self.monitor is None or not self.actions.editable():
            return
        dialog = FindTimeDialog(self.monitor.overview, self)
        if not dialogs.run_dialog(dialog) or dialog.chosen is None:
            return
        slot, candidate = dialog.chosen, dialog.searched
        select_data(self.day, slot.start.date())
        self.actions.new_meeting(
            MeetingDraft(
                title="",
                start=slot.start,
                minutes=candidate.minutes,
                room_id=slot.room_id,
                delegations=tuple((d, Role.GUEST) for d in candidate.delegations),
                attendees=tuple((p, True) for p in candidate.people),
            )
        )

    def show_context_menu(self, ids: list[int], position: QPoint) -> None:
        menu = self.actions.context_menu(ids)
        if menu is not None:
            menu.popup(position)
