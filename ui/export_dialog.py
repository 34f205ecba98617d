"""File ▸ Export to Excel… and Export Calendar…: what to include, where to write it, progress
with Cancel, and a link to the folder when the file is written."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.delegations import list_delegations
from planner.errors import USER_ERRORS
from planner.export.calendar import export_calendar
from planner.export.workbook import STEPS, export_workbook
from planner.summit_file import in_own_connection
from ui import dialogs
from ui.background import BackgroundTask
from ui.colours import MESSAGE_COLOUR
from ui.document import SummitDocument

WORKBOOK, CALENDAR = "xlsx", "ics"


class ExportDialog(QDialog):
    def __init__(self, document: SummitDocument, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        self.setWindowTitle(
            self.tr("Export to Excel") if kind == WORKBOOK else self.tr("Export Calendar")
        )
        self.setMinimumWidth(520)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole summit"), None)
        for row in list_delegations():
            self.scope.addItem(
                self.tr("Meetings of %1 — %2").replace("%1", row.code).replace("%2", row.name),
                row.code,
            )
        self.scope.currentIndexChanged.connect(self.suggest_path)
        self.positions = QCheckBox(self.tr("Include the delegations' positions"))
        self.positions.setChecked(False)
        self.positions.setToolTip(
            self.tr(
                "Positions, talking points and red lines are sensitive: leave them out of "
                "files that go to other delegations or the host."
            )
        )
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Meetings:"), self.scope)
        if kind == WORKBOOK:
            form.addRow("", self.positions)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, where)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(lambda _link: dialogs.open_folder(self.written.parent))

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.suggest_path()

    def suggest_path(self) -> None:
        code = self.scope.currentData()
        stem = self.document.path.stem + (f" - {code}" if code else "")
        self.path_edit.setText(str(self.document.path.with_name(f"{stem}.{self.kind}")))

    def browse(self) -> None:
        file_filter = (
            self.tr("Excel workbooks (*.xlsx)")
            if self.kind == WORKBOOK
            else self.tr("Calendars (*.ics)")
        )
        chosen = dialogs.choose_export_path(
            self, self.windowTitle(), Path(self.path_edit.text()), file_filter
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_problem(self.tr("Choose where to save the file."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != f".{self.kind}":
            path = path.with_name(path.name + f".{self.kind}")
        return path

    def start(self) -> None:
        path = self.target()
        if path is None:
            return
        if path.exists() and not dialogs.confirm(
            self,
            self.windowTitle(),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
        ):
            return
        code = self.scope.currentData()
        positions = self.positions.isChecked()
        kind = self.kind

        def work(report):
            def progress(step: str) -> bool:
                return report(int(100 * STEPS.index(step) / len(STEPS)))

            def run():
                if kind == WORKBOOK:
                    export_workbook(path, delegation=code, positions=positions, progress=progress)
                    return path
                export_calendar(path, delegation=code)
                return path

            return in_own_connection(run)

        self.written = None
        self.message.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self.progress.setValue)
        self.task.done.connect(self.on_done)
        self.task.failed.connect(self.on_failed)
        self.task.start()

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def ended(self) -> None:
        self.task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def on_done(self, path: Path) -> None:
        self.ended()
        self.written = path
        self.message.setText(
            self.tr("Saved %1. <a href='folder'>Open the folder</a>").replace(
                "%1", f"<b>{escape(path.name)}</b>"
            )
        )

    def on_failed(self, error: Exception) -> None:
        self.ended()
        text = (
            str(error)
            if isinstance(error, USER_ERRORS)
            else self.tr("The export failed (%1); nothing was replaced.").replace(
                "%1", type(error).__name__
            )
        )
        self.show_problem(text)

    def show_problem(self, text: str) -> None:
        self.message.setText(f"<span style='color:{MESSAGE_COLOUR}'>{escape(text)}</span>")

    def done(self, result: int) -> None:  # closing the window while writing cancels first
        if self.task is not None:
            self.task.cancel()
            self.task.stop_thread()
        super().done(result)
