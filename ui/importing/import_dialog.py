"""Importing an issue list: choose the file (read in the background, with Cancel), the sheet
and the columns, see what will happen row by row with every problem, then import it as one
undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from planner.errors import USER_ERRORS
from planner.importing.issue_import import ISSUE_IMPORT, ImportPlan, plan_issue_import
from planner.importing.mapping import ISSUE_FIELDS, find_header
from planner.importing.meeting_import import MEETING_FIELDS, MEETING_IMPORT, plan_meeting_import
from planner.importing.position_import import POSITION_IMPORT, plan_position_import
from planner.importing.reading import ImportCancelled, Sheet, read_file
from ui import dialogs
from ui.background import BackgroundTask
from ui.colours import MESSAGE_COLOUR
from ui.combo import select_data
from ui.document import SummitDocument
from ui.undo_commands import bulk_edit

SOURCE, MAPPING, PREVIEW, RESULT = range(4)
KINDS = {
    "issues": (plan_issue_import, ISSUE_FIELDS, ISSUE_IMPORT),
    "meetings": (plan_meeting_import, MEETING_FIELDS, MEETING_IMPORT),
    "positions": (plan_position_import, {}, POSITION_IMPORT),  # columns found, not mapped
}


class ImportDialog(QDialog):
    def __init__(self, document: SummitDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Agenda Issues"))
        self.document = document
        self.path: Path | None = None
        self.sheets: list[Sheet] = []
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.source_page())
        self.pages.addWidget(self.mapping_page())
        self.pages.addWidget(self.preview_page())
        self.pages.addWidget(self.result_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MESSAGE_COLOUR};")
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_reading = QPushButton(self.tr("Stop Reading"))
        self.cancel_reading.hide()
        self.cancel_reading.clicked.connect(self.stop_reading)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setEnabled(False)
        self.kind_choice = QComboBox()
        self.kind_choice.addItem(self.tr("Agenda issues"), "issues")
        self.kind_choice.addItem(self.tr("Meetings (a programme)"), "meetings")
        self.kind_choice.addItem(self.tr("Positions (issues × delegations)"), "positions")
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_label)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_reading, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.preview_table = QTableWidget(0, 4)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What happens"), self.tr("Code"), self.tr("Title")]
        )
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().hide()
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(QLabel(self.tr("<b>Problems</b>")))
        layout.addWidget(self.problem_list, 1)
        return page

    def result_page(self) -> QWidget:
        page = QWidget()
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result)
        layout.addStretch(1)
        return page

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page in (MAPPING, PREVIEW))
        self.next_button.setVisible(page != RESULT)
        self.next_button.setText(self.tr("Import") if page == PREVIEW else self.tr("Next"))
        self.next_button.setEnabled(page != SOURCE or bool(self.sheets))
        self.close_button.setText(self.tr("Close") if page == RESULT else self.tr("Cancel"))

    def refuse(self, error: Exception) -> None:
        self.message.setText(str(error))

    # Reading the file, in the background

    def choose_file(self) -> None:
        path = dialogs.choose_import_path(self)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        self.path, self.sheets = path, []
        self.message.clear()
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.progress.show()
        self.cancel_reading.show()
        self.next_button.setEnabled(False)
        self.task = BackgroundTask(lambda progress: read_file(path, progress), self)
        self.task.done.connect(self.on_read)
        self.task.failed.connect(self.on_read_failed)
        self.task.start()

    def stop_reading(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reading_ended(self) -> None:
        self.progress.hide()
        self.cancel_reading.hide()
        self.task = None

    def on_read(self, sheets: list[Sheet]) -> None:
        self.reading_ended()
        self.sheets = sheets
        self.file_label.setText(
            self.tr("%1: %2 sheet(s)").replace("%1", self.path.name).replace("%2", str(len(sheets)))
        )
        self.sheet_choice.clear()
        for sheet in sheets:
            self.sheet_choice.addItem(f"{sheet.name} ({len(sheet.rows)} rows)", sheet.name)
        best = max(sheets, key=lambda s: (find_header(s) is not None, len(s.rows)))
        select_data(self.sheet_choice, best.name)
        self.sheet_choice.setEnabled(True)
        self.show_page(SOURCE)

    def on_read_failed(self, error: Exception) -> None:
        self.reading_ended()
        self.sheets = []
        if isinstance(error, ImportCancelled):
            self.file_label.setText(self.tr("Reading was stopped; nothing was changed."))
        elif isinstance(error, USER_ERRORS):
            self.refuse(error)
        else:
            self.refuse(
                Exception(
                    self.tr("The file could not be read (%1).").replace("%1", type(error).__name__)
                )
            )
        self.show_page(SOURCE)

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
                self.show_page(PREVIEW)
            elif page == PREVIEW:
                self.commit()
                self.show_page(RESULT)
        except USER_ERRORS as error:
            self.refuse(error)

    def chosen_sheet(self) -> Sheet:
        return next(s for s in self.sheets if s.name == self.sheet_choice.currentData())

    def kind(self):
        return KINDS[self.kind_choice.currentData()]

    def fill_mapping(self) -> None:
        make_plan, fields, _ops = self.kind()
        plan = make_plan(self.path, self.sheet_choice.currentData(), sheets=self.sheets)
        self.mapping_table.setRowCount(0)
        for column, text in plan.header.columns.items():
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            self.mapping_table.setItem(row, 0, QTableWidgetItem(text))
            if not fields:  # a positions matrix: the columns are recognised, not chosen
                role = plan.mapping.get(column, "")
                shown = (
                    self.tr("issue code")
                    if role == "code"
                    else (self.tr("stances of %1").replace("%1", text) if role else "—")
                )
                self.mapping_table.setItem(row, 1, QTableWidgetItem(shown))
                continue
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for field in fields:
                combo.addItem(field.replace("_", " "), field)
            select_data(combo, plan.mapping.get(column, ""))
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
        make_plan, _fields, _ops = self.kind()
        extra = {}
        if make_plan is plan_issue_import:
            extra["keep_unmapped"] = self.keep_unmapped.isChecked()
        self.plan = make_plan(
            self.path,
            self.sheet_choice.currentData(),
            self.overrides(),
            sheets=self.sheets,
            **extra,
        )
        plan = self.plan
        self.summary.setText(
            self.tr("%1 new, %2 updated, %3 skipped, %4 problem(s), from sheet “%5”.")
            .replace("%1", str(plan.count("create")))
            .replace("%2", str(plan.count("update")))
            .replace("%3", str(plan.count("skip")))
            .replace("%4", str(len(plan.problems)))
            .replace("%5", plan.sheet)
            + (
                self.tr(" New tracks: %1.").replace("%1", ", ".join(plan.new_tracks))
                if plan.new_tracks
                else ""
            )
        )
        words = {"create": self.tr("new"), "update": self.tr("update"), "skip": self.tr("skip")}
        self.preview_table.setRowCount(0)
        for planned in plan.rows[:2000]:  # a preview, not the whole of a huge list
            row = self.preview_table.rowCount()
            self.preview_table.insertRow(row)
            cells = [
                str(planned.row),
                words[planned.action],
                str(planned.values.get("code", "")),
                str(planned.values.get("title", "")),
            ]
            for column, text in enumerate(cells):
                self.preview_table.setItem(row, column, QTableWidgetItem(text))
        self.preview_table.resizeColumnsToContents()
        self.problem_list.clear()
        for problem in plan.problems:
            where = (
                self.tr("Sheet %1, row %2")
                .replace("%1", problem.sheet)
                .replace("%2", str(problem.row))
            )
            if problem.column:
                where += self.tr(", column %1").replace("%1", problem.column)
            self.problem_list.addItem(f"{where}: {problem.message}")
        if not plan.problems:
            self.problem_list.addItem(self.tr("No problems found."))
        self.next_button.setEnabled(plan.count("create") + plan.count("update") > 0)

    def commit(self) -> None:
        plan = self.plan
        text = self.tr("Import %1").replace("%1", plan.source)
        bulk_edit(self.document, self.kind()[2], plan, text)
        self.result.setText(
            self.tr(
                "Imported from %1: %2 new and %3 updated issues; %4 rows skipped. "
                "Edit ▸ Undo takes the whole import back."
            )
            .replace("%1", plan.source)
            .replace("%2", str(plan.count("create")))
            .replace("%3", str(plan.count("update")))
            .replace("%4", str(plan.count("skip")))
        )

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.stop_thread()
        super().reject()
