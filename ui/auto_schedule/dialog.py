"""The scheduler's window: settings, the search on a worker with its best so far, time left
and Stop, then a preview of each move (old → new time and room, why), accepted whole or
meeting by meeting as one undoable step."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import USER_ERRORS
from planner.meeting_facts import load_directory, load_facts
from planner.meetings import summit_frame
from planner.scheduling.engine import Control, Snapshot
from planner.scheduling.plan import (
    Move,
    Outcome,
    plan_for,
    schedule_operation,
    summit_choices,
)
from planner.timezones import utc_to_local
from ui import dialogs
from ui.background import BackgroundTask
from ui.document import SummitDocument
from ui.local_dates import day_and_time

APPLY, MEETING, FROM, TO, WHY = range(5)


class AutoScheduleDialog(QDialog):
    def __init__(
        self, document: SummitDocument, repair: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document, self.repair = document, repair
        self.task: BackgroundTask | None = None
        self.control = Control()
        self.outcome: Outcome | None = None
        self.began = 0.0
        self.setWindowTitle(self.tr("Repair Schedule") if repair else self.tr("Schedule All"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Remove every error, moving as few meetings as possible. Pinned and held "
                "meetings never move."
            )
            if repair
            else self.tr(
                "Place every requested meeting where its delegations, people and a room "
                "are free. Other meetings stay where they are."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(1, 600)
        self.seconds.setDecimals(0)
        self.seconds.setValue(10)
        self.seconds.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Search for at most"), self.seconds)
        self.allow_confirmed = QCheckBox(self.tr("Confirmed meetings may move too"))
        if repair:
            form.addRow("", self.allow_confirmed)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setToolTip(self.tr("Stop searching and keep the best schedule found"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Apply"), self.tr("Meeting"), self.tr("From"), self.tr("To"), self.tr("Why")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.unplaced = QLabel()
        self.unplaced.setWordWrap(True)
        self.unplaced.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.unplaced)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply Checked Moves"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self.tick)
        self.best: Snapshot | None = None

    def start(self) -> None:
        """Read the summit here, search on a worker thread."""
        facts, frame, directory = load_facts(), summit_frame(), load_directory()
        choices, repair = summit_choices(), self.repair
        seconds, allow = self.seconds.value(), self.allow_confirmed.isChecked()
        control = self.control = Control()

        def work(progress):  # on the worker: no widget, no database
            return plan_for(facts, frame, directory, repair=repair, seconds=seconds,
                            allow_confirmed=allow, progress=progress, control=control,
                            **choices)

        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self.on_progress)
        self.task.done.connect(self.on_done)
        self.task.failed.connect(self.on_failed)
        self.began = time.monotonic()
        self.progress.setRange(0, int(seconds * 10))
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        self.ticker.start()
        self.task.start()

    def stop(self) -> None:
        self.control.stop()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping; keeping the best schedule found…"))

    def tick(self) -> None:
        elapsed = time.monotonic() - self.began
        self.progress.setValue(min(self.progress.maximum(), int(elapsed * 10)))
        left = max(0.0, self.seconds.value() - elapsed)
        best = ""
        if self.best is not None:
            best = (
                self.tr("Best so far: %1 placed, %2 moved. ")
                .replace("%1", str(self.best.placed))
                .replace("%2", str(self.best.moved))
            )
        if self.stop_button.isEnabled():
            self.status.setText(best + self.tr("%1 s left.").replace("%1", f"{left:.0f}"))

    def on_progress(self, snapshot: object) -> None:
        if isinstance(snapshot, Snapshot):
            self.best = snapshot

    def work_ended(self) -> None:
        self.ticker.stop()
        self.task = None
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())

    def on_failed(self, error: object) -> None:
        self.work_ended()
        text = (
            str(error)
            if isinstance(error, USER_ERRORS)
            else self.tr("The search could not be finished; nothing was changed.")
        )
        self.status.setText(text)

    def on_done(self, outcome: Outcome) -> None:
        self.work_ended()
        self.outcome = outcome
        self.show_outcome(outcome)

    def show_outcome(self, outcome: Outcome) -> None:
        zone = summit_frame().timezone
        rooms = {i: name for i, (name, _b, _c) in load_directory().rooms.items()}
        self.table.setRowCount(len(outcome.moves))
        for row, move in enumerate(outcome.moves):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            check.setData(Qt.ItemDataRole.UserRole, move.meeting_id)
            self.table.setItem(row, APPLY, check)
            self.table.setItem(row, MEETING, QTableWidgetItem(move.title))
            self.table.setItem(row, FROM, QTableWidgetItem(slot_text(move.before, zone, rooms)))
            self.table.setItem(row, TO, QTableWidgetItem(slot_text(move.after, zone, rooms)))
            why = QTableWidgetItem(move.reason)
            why.setToolTip(move.reason)
            self.table.setItem(row, WHY, why)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(MEETING, min(self.table.columnWidth(MEETING), 220))
        self.table.resizeRowsToContents()  # the reason wraps in its column
        summary = self.tr("%1 meetings placed, %2 to move; errors: %3 before, %4 after.")
        self.status.setText(
            summary.replace("%1", str(outcome.placed))
            .replace("%2", str(len(outcome.moves)))
            .replace("%3", str(outcome.violations_before))
            .replace("%4", str(outcome.violations))
        )
        if outcome.unplaced:
            lines = [self.tr("Not placed:")] + [f"• {u.reason}" for u in outcome.unplaced]
            self.unplaced.setText("\n".join(lines))
        else:
            self.unplaced.clear()
        self.apply_button.setEnabled(bool(outcome.moves))

    def checked_moves(self) -> list[Move]:
        if self.outcome is None:
            return []
        chosen = {
            self.table.item(row, APPLY).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if self.table.item(row, APPLY).checkState() == Qt.CheckState.Checked
        }
        return [move for move in self.outcome.moves if move.meeting_id in chosen]

    def apply(self) -> None:
        """The checked moves as one undoable step."""
        moves = self.checked_moves()
        if not moves:
            self.reject()
            return
        try:
            self.document.run(schedule_operation(moves, self.repair))
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Move the Meetings"), str(error))
            return
        self.accept()

    def reject(self) -> None:
        """Close; a search under way is stopped first (its result is not applied)."""
        if self.task is not None:
            self.control.stop()
            self.task.stop_thread()
            self.task = None
        self.ticker.stop()
        super().reject()


def slot_text(slot: tuple[datetime, datetime, int | None], zone: str, rooms: dict[int, str]) -> str:
    start, end, room = slot
    local_start, local_end = utc_to_local(start, zone), utc_to_local(end, zone)
    where = rooms.get(room, "") if room is not None else ""
    return f"{day_and_time(local_start)}–{local_end:%H:%M}  {where}".strip()
