"""The Meetings section: every meeting in a filterable table, edited through the editor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from planner import history
from planner.history import Change
from planner.meeting_facts import MeetingRow
from planner.meeting_search import search_texts
from planner.meetings import MeetingDraft
from planner.schedule import Overview
from planner.vocabulary import MeetingStatus
from ui.background import LatestLoad
from ui.combo import select_data
from ui.document import SummitDocument
from ui.labels import status_labels
from ui.local_dates import short_day
from ui.meetings.actions import MeetingActions
from ui.meetings.details_pane import MeetingDetailsPane
from ui.meetings.table_model import MeetingFilterProxy, MeetingTableModel, prepared_texts
from ui.record_pane import RecordPane
from ui.schedule_monitor import AT_ONCE, ScheduleMonitor
from ui.section import Section


class MeetingsSection(Section, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = MeetingActions(self)
        self.actions.created.connect(lambda meeting_id: self.pane.select_id(meeting_id))
        self.model = MeetingTableModel(self)
        self.words_loading = LatestLoad(self)  # what the search finds meetings by
        self.day_counts: Counter = Counter()  # meetings listed on each day
        self.proxy = MeetingFilterProxy(self)
        self.pane = RecordPane(
            self.tr("Meetings"), self.model, MeetingTableModel.TITLE, proxy=self.proxy
        )
        self.pane.add_button.setText(self.tr("New Meeting…"))
        self.pane.filter_edit.setPlaceholderText(self.tr("Search delegation, person, room, issue…"))
        self.pane.filter_edit.setToolTip(
            self.tr(
                "Finds the meetings of a delegation (China or CN), a person, a room or "
                "building, or an issue (code or words of its title), in any case"
            )
        )
        self.pane.show_all_requested.connect(self.clear_filters)
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
        self.details = MeetingDetailsPane()
        self.details.meeting_chosen.connect(lambda meeting_id: self.show_meetings([meeting_id]))
        self.details.edit_requested.connect(self.edit_meeting)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([960, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.update_buttons([])

    def set_document(
        self, document: SummitDocument | None, monitor: ScheduleMonitor | None = None
    ) -> None:
        self.actions.set_document(document, monitor)
        super().set_document(document, monitor)

    def listen(self, document: SummitDocument) -> None:
        # The table shows the overview, so it follows the overview's updates, which come
        # after the summit's change notices.
        self.monitor.updated.connect(self.on_updated)

    def clear(self) -> None:
        self.words_loading.stop()
        self.model.show_overview(None)
        self.details.set_overview(None)

    def set_editable(self, editable: bool) -> None:
        self.pane.set_editable(editable)

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
            self.day_filter.addItem(short_day(each), each)
        self.delegation_filter.addItem(self.tr("All delegations"), None)
        teams = sorted(overview.directory.delegations.items(), key=lambda item: item[1])
        for delegation_id, (code, name) in teams:
            self.delegation_filter.addItem(f"{code} — {name}", delegation_id)
        select_data(self.day_filter, day)
        select_data(self.delegation_filter, delegation)
        for combo in (self.day_filter, self.delegation_filter):
            combo.blockSignals(False)
        self.apply_filters()

    def catch_up(self) -> None:
        self.on_updated()

    def on_updated(self, change: Change | None = None) -> None:
        if self.deferred():
            return
        selected = self.pane.selected_ids()
        ids = change.ids("meeting") if change is not None else history.ALL
        overview = self.monitor.overview
        self.details.set_overview(overview)
        if ids is not history.ALL and change.kinds <= {"meeting", "conflict"}:
            if ids:
                self.proxy.set_more_words(
                    search_texts(overview.facts, overview.directory, list(ids))
                )
            before = self.model.all_rows
            self.model.update_overview(overview, ids)  # only those rows
            self.count_days_again(before, ids)
            if set(selected) & ids:
                self.pane.select_ids(selected)
            return
        if len(overview.facts) <= AT_ONCE:
            self.proxy.words_made(search_texts(overview.facts, overview.directory))
        else:  # made behind the window, or when a search needs them sooner
            self.proxy.words_pending(lambda: search_texts(overview.facts, overview.directory))
        self.model.show_overview(overview)
        if len(overview.facts) > AT_ONCE:
            rows, labels = self.model.all_rows, self.proxy.labels
            self.words_loading.start(
                lambda: prepared_behind(overview, rows, labels), self.words_arrived
            )
        self.fill_filters()
        self.update_day_counts()
        self.pane.select_ids(selected)
        self.pane.fit_columns()

    def words_arrived(self, prepared: tuple) -> None:
        self.proxy.take_prepared(*prepared)

    def update_day_counts(self) -> None:
        self.day_counts = Counter(row.day for row in self.model.all_rows)
        self.show_day_counts()

    def count_days_again(self, before: list[MeetingRow], ids: Collection[int]) -> None:
        """Some meetings changed: only their days' counts change (no count over all)."""
        if not ids:
            return
        wanted = set(ids)
        self.day_counts.subtract(row.day for row in before if row.id in wanted)
        self.day_counts.update(row.day for row in self.model.all_rows if row.id in wanted)
        self.show_day_counts()

    def show_day_counts(self) -> None:
        counts = self.day_counts
        for index in range(1, self.day_filter.count()):
            day = self.day_filter.itemData(index)
            label = f"{short_day(day)} ({counts.get(day, 0)})"
            if self.day_filter.itemText(index) != label:
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
            self.clear_filters()
        self.pane.select_ids(ids)
        self.pane.view.setFocus()

    def clear_filters(self) -> None:
        for combo in (self.day_filter, self.delegation_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.pane.filter_edit.clear()
        self.apply_filters()

    def update_buttons(self, ids: list[int]) -> None:
        self.duplicate_button.setEnabled(self.pane.editable and len(ids) == 1)
        if self.details.overview is not None:
            self.details.show_meeting(ids[0] if len(ids) == 1 else None)

    # Editing

    def new_meeting(self) -> None:
        frame = self.monitor.overview.frame
        day = self.day_filter.currentData() or frame.first_day
        start = datetime.combine(day, max(frame.day_start, time(9, 0)))
        self.actions.new_meeting(MeetingDraft(title="", start=start, minutes=60))

    def edit_meeting(self, meeting_id: int) -> None:
        self.actions.edit_meeting(meeting_id)

    def delete_meetings(self, ids: list[int]) -> None:
        self.actions.delete(ids)

    def duplicate_selected(self) -> None:
        ids = self.pane.selected_ids()
        if len(ids) == 1:
            self.actions.duplicate(ids[0])

    def set_status(self, meeting_id: int, status: MeetingStatus) -> None:
        self.actions.set_status(meeting_id, status)

    def show_context_menu(self, position) -> None:
        menu = self.actions.context_menu(self.pane.selected_ids())
        if menu is not None:
            menu.popup(self.pane.view.viewport().mapToGlobal(position))


def prepared_behind(overview: Overview, rows: list[MeetingRow], labels: dict[str, str]):
    """(rows, the words each meeting is found by, the rows' texts as searched), made on a
    worker thread with a connection of its own."""
    words = search_texts(overview.facts, overview.directory)
    return rows, words, prepared_texts(rows, labels, words)
