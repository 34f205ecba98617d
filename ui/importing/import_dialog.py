"""Importing an issue list, a programme or a positions matrix: choose the file, the sheet and
the columns, see what will happen row by row with every problem, then import it as one
undoable step. Reading, checking and committing run in the background (with progress and
Stop); the window keeps answering, and a stopped import leaves the file as it was."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.edits import BulkOperation
from planner.errors import USER_ERRORS
from planner.importing.issue_import import ImportPlan
from planner.importing.kinds import KINDS, ImportKind, changed_nothing
from planner.importing.plan import choose_sheet
from planner.importing.position_import import matrix_sheet
from planner.importing.reading import ImportCancelled, Sheet, read_file
from planner.summit_file import in_own_connection
from ui import dialogs
from ui.background import BackgroundTask
from ui.colours import MESSAGE_COLOUR
from ui.combo import select_data
from ui.document import SummitDocument
from ui.i18n import trn
from ui.importing.preview import result_text, show_plan
from ui.importing.room_choice import RoomChoices

SOURCE, MAPPING, PREVIEW, RESULT = range(4)
PHASES = {  # what a commit's progress reports, as the window says it
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Updating issues: %1 of %2"),
    "create": QT_TRANSLATE_NOOP("ImportDialog", "Adding issues: %1 of %2"),
    "meeting": QT_TRANSLATE_NOOP("ImportDialog", "Writing meetings: %1 of %2"),
    "position": QT_TRANSLATE_NOOP("ImportDialog", "Writing positions: %1 of %2"),
}


def counted(plan: ImportPlan) -> tuple[ImportPlan, Counter[str]]:
    """A plan with its rows counted by action (on the worker: a 60,000-row plan takes
    milliseconds to count, each time the window would count it)."""
    return plan, Counter(row.action for row in plan.rows)


class ImportDialog(QDialog):
    def __init__(self, document: SummitDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Agenda Issues"))
        self.document = document
        self.path: Path | None = None
        self.sheets: list[Sheet] = []
        self.plan: ImportPlan | None = None
        self.counts: Counter[str] = Counter()  # the plan's rows by action
        self.task: BackgroundTask | None = None
        self.recorded: BulkOperation | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.source_page())
        self.pages.addWidget(self.mapping_page())
        self.pages.addWidget(self.preview_page())
        self.pages.addWidget(self.result_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MESSAGE_COLOUR};")
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_reading = QPushButton(self.tr("Stop"))
        self.cancel_reading.hide()
        self.cancel_reading.clicked.connect(self.stop_reading)
        working = QHBoxLayout()
        working.addWidget(self.status, 1)
        working.addWidget(self.progress, 2)
        working.addWidget(self.cancel_reading)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(working)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.show_page(SOURCE)

    # Pages

    def source_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel(self.tr("Choose the Excel or CSV file a colleague sent."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose File…"))
        choose.clicked.connect(self.choose_file)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setEnabled(False)
        self.kind_choice = QComboBox()
        # Written out here, not taken from the registry's English labels, so that the
        # translation tools find them; a kind added later shows its label until translated.
        labels = {
            "issues": self.tr("Agenda issues"),
            "meetings": self.tr("Meetings (a programme)"),
            "positions": self.tr("Positions (issues × delegations)"),
        }
        for kind in KINDS.values():
            self.kind_choice.addItem(labels.get(kind.name, kind.label), kind.name)
        self.kind_choice.currentIndexChanged.connect(lambda _index: self.choose_best_sheet())
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_label)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("The file holds")))
        layout.addWidget(self.kind_choice)
        layout.addWidget(QLabel(self.tr("Sheet")))
        layout.addWidget(self.sheet_choice)
        layout.addStretch(1)
        return page

    def mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().hide()
        self.keep_unmapped = QCheckBox(self.tr("Keep the other columns in the description"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Which field is each column? Change any that is wrong.")))
        layout.addWidget(self.mapping_table)
        layout.addWidget(self.keep_unmapped)
        return page

    def preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_table = QTableWidget(0, 2)
        # the first two columns; the plan's fields follow (see preview.py)
        self.preview_headers = [self.tr("Row"), self.tr("What happens")]
        self.preview_table.setHorizontalHeaderLabels(self.preview_headers)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().hide()
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        layout = QVBoxLayout(page)
        self.room_choices = RoomChoices(self.make_plan)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.room_choices, 1)
        layout.addWidget(QLabel(self.tr("<b>Problems</b>")))
        layout.addWidget(self.problem_list, 1)
        return page

    def result_page(self) -> QWidget:
        page = QWidget()
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.another_button = QPushButton(self.tr("Import Another File…"))
        self.another_button.clicked.connect(self.start_again)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result)
        layout.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def start_again(self) -> None:
        self.plan, self.recorded = None, None
        self.show_page(SOURCE)
        self.choose_file()

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page in (MAPPING, PREVIEW))
        self.next_button.setVisible(page != RESULT)
        self.next_button.setText(self.tr("Import") if page == PREVIEW else self.tr("Next"))
        self.next_button.setEnabled(page != SOURCE or bool(self.sheets))
        if page == PREVIEW and self.plan is not None:
            # Unchanged rows lead to a last page saying that there was nothing to import.
            rows = self.counts["create"] + self.counts["update"] + self.counts["unchanged"]
            self.next_button.setEnabled(rows > 0)
        self.close_button.setText(self.tr("Close") if page == RESULT else self.tr("Cancel"))

    def refuse(self, error: Exception) -> None:
        self.message.setText(str(error))

    # Work in the background: reading, checking, committing

    def start(self, work, done, status: str, busy: bool = True) -> None:
        """Run work(progress) on a worker thread (with its own connection to the summit);
        the buttons wait, the progress shows, and Stop cancels."""
        self.message.clear()
        self.status.setText(status)
        self.progress.setRange(0, 0 if busy else 100)
        self.progress.show()
        self.cancel_reading.show()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.task = BackgroundTask(lambda progress: in_own_connection(lambda: work(progress)), self)
        self.task.done.connect(done)
        self.task.failed.connect(self.on_failed)
        self.task.progressed.connect(self.on_progress)
        self.task.start()

    def stop_reading(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def work_ended(self) -> None:
        self.progress.hide()
        self.cancel_reading.hide()
        self.status.clear()
        self.task = None

    def on_progress(self, step: object) -> None:
        if isinstance(step, int):  # rows read, or checked
            checking = self.pages.currentIndex() == MAPPING
            text = (
                trn("%n row checked…", "%n rows checked…", step)
                if checking
                else trn("%n row read…", "%n rows read…", step)
            )
            self.status.setText(text.replace(str(step), f"{step:,}", 1))
        elif isinstance(step, tuple):  # (phase, done, total) of a commit
            phase, done, total = step
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.status.setText(
                QCoreApplication.translate("ImportDialog", PHASES[phase])
                .replace("%1", f"{done:,}")
                .replace("%2", f"{total:,}")
            )

    def on_failed(self, error: Exception) -> None:
        page = self.pages.currentIndex()
        reading = page == SOURCE
        self.work_ended()
        if isinstance(error, ImportCancelled):
            stopped = (
                self.tr("Reading was stopped; nothing was changed.")
                if reading
                else self.tr("The import was stopped; nothing was changed.")
            )
            (self.file_label if reading else self.message).setText(stopped)
        elif isinstance(error, USER_ERRORS):
            self.refuse(error)
        else:
            self.refuse(
                Exception(
                    self.tr("The file could not be read (%1).").replace("%1", type(error).__name__)
                )
            )
        if reading:
            self.sheets = []
        self.show_page(page)

    # Reading the file

    def choose_file(self) -> None:
        path = dialogs.choose_import_path(self)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        self.path, self.sheets = path, []
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.start(lambda progress: read_file(path, progress), self.on_read, "")

    def on_read(self, sheets: list[Sheet]) -> None:
        self.work_ended()
        self.sheets = sheets
        self.file_label.setText(
            trn("%1: %n sheet", "%1: %n sheets", len(sheets)).replace("%1", self.path.name)
        )
        self.sheet_choice.clear()
        for sheet in sheets:
            rows = trn("%n row", "%n rows", len(sheet.rows))
            self.sheet_choice.addItem(f"{sheet.name} ({rows})", sheet.name)
        self.room_choices.reset()
        self.choose_best_sheet()
        self.sheet_choice.setEnabled(True)
        self.show_page(SOURCE)

    def choose_best_sheet(self) -> None:
        """The sheet that looks most like the list of the kind chosen (a lookup sheet first
        in the workbook is passed over)."""
        if self.sheets and self.path is not None:
            kind = self.kind()
            if kind.fields:
                best = choose_sheet(self.sheets, None, self.path.name, kind.fields)
            else:  # a matrix: its columns are delegations, not fields
                best = matrix_sheet(self.sheets, self.path.name)
            select_data(self.sheet_choice, best.name)

    # Stepping

    def back(self) -> None:
        self.message.clear()
        self.show_page(self.pages.currentIndex() - 1)

    def forward(self) -> None:
        self.message.clear()
        page = self.pages.currentIndex()
        try:
            if page == SOURCE:
                self.fill_mapping()
                self.show_page(MAPPING)
            elif page == MAPPING:
                self.make_plan()
            elif page == PREVIEW:
                self.commit()
        except USER_ERRORS as error:
            self.refuse(error)

    def chosen_sheet(self) -> Sheet:
        return next(s for s in self.sheets if s.name == self.sheet_choice.currentData())

    def kind(self) -> ImportKind:
        return KINDS[self.kind_choice.currentData()]

    def fill_mapping(self) -> None:
        """The columns of the chosen sheet and the field each is taken for (no plan yet)."""
        kind = self.kind()
        header, mapping = kind.columns(self.chosen_sheet(), self.path.name, None)
        self.mapping_table.setRowCount(0)
        for column, text in header.columns.items():
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            self.mapping_table.setItem(row, 0, QTableWidgetItem(text))
            if not kind.fields:  # a positions matrix: the columns are recognised, not chosen
                role = mapping.get(column, "")
                shown = (
                    self.tr("issue code")
                    if role == "code"
                    else (self.tr("stances of %1").replace("%1", text) if role else "—")
                )
                self.mapping_table.setItem(row, 1, QTableWidgetItem(shown))
                continue
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for field in kind.fields:
                combo.addItem(field.replace("_", " "), field)
            select_data(combo, mapping.get(column, ""))
            self.mapping_table.setCellWidget(row, 1, combo)

    def overrides(self) -> dict[str, str]:
        """Header text -> chosen field, for the columns that offer a choice."""
        chosen = {}
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 1)
            if combo is not None:
                chosen[self.mapping_table.item(row, 0).text()] = combo.currentData()
        return chosen

    def make_plan(self) -> None:
        """Check every row of the sheets already read, in the background."""
        kind, sheets, source = self.kind(), self.sheets, self.path.name
        sheet, overrides = self.sheet_choice.currentData(), self.overrides()
        keep, rooms = self.keep_unmapped.isChecked(), self.room_choices.chosen()
        self.start(
            lambda progress: counted(
                kind.plan(
                    sheets, source, sheet, overrides, progress, keep_unmapped=keep, rooms_as=rooms
                )
            ),
            self.on_planned,
            self.tr("Checking every row…"),
        )

    def on_planned(self, planned: tuple[ImportPlan, Counter[str]]) -> None:
        self.work_ended()
        self.plan, self.counts = planned
        show_plan(self, self.plan, self.counts)
        if self.plan.kind == "meetings":
            self.room_choices.show_rooms(self.plan.new_rooms)
        self.show_page(PREVIEW)

    def commit(self) -> None:
        """Write the plan in the background, in one transaction that Stop rolls back; a plan
        that writes nothing is not carried out (and leaves no step to undo)."""
        kind, plan = self.kind(), self.plan
        writes = self.counts["create"] or self.counts["update"]
        if not (writes or plan.new_tracks or plan.new_rooms):
            self.result.setText(result_text(self, plan, self.counts, imported=False))
            self.show_page(RESULT)
            return
        text = self.tr("Import %1").replace("%1", plan.source)
        self.start(
            lambda progress: kind.commit(plan, lambda *step: progress(step), text),
            self.on_committed,
            self.tr("Importing…"),
            busy=False,
        )

    def on_committed(self, operation: BulkOperation) -> None:
        """Keep the import as one undoable step (it is not carried out a second time)."""
        if self.recorded is operation:
            return  # already kept by reject(), which stopped the thread
        self.recorded = operation
        self.work_ended()
        changed = not changed_nothing(operation.states)  # e.g. the same list again
        if changed:
            self.document.record(operation, operation.change())
        self.result.setText(result_text(self, self.plan, self.counts, imported=changed))
        self.show_page(RESULT)

    def reject(self) -> None:
        """Close; work under way is stopped first (a commit rolled back, unless it was done)."""
        task = self.task
        if task is not None:
            task.cancel()
            task.stop_thread()
            if isinstance(task.worker.result, BulkOperation):
                self.on_committed(task.worker.result)  # it ended before the cancel was seen
        super().reject()
