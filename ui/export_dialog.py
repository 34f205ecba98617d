"""File ▸ Export to Excel…, Export Programme… and Export Calendar…: whose meetings, which
days, who the file is for, where to write it, progress with Cancel, and a link to the folder
when the file is written."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
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
from planner.export.scope import left_out_of_external, next_summit_day, people_to_choose
from planner.export.workbook import PROGRAMME_STEPS, STEPS, export_programme, export_workbook
from planner.paths import data_dir
from planner.summit_file import in_own_connection
from ui import dialogs
from ui.background import BackgroundTask
from ui.colours import MESSAGE_COLOUR
from ui.document import SummitDocument
from ui.local_dates import long_day

WORKBOOK, CALENDAR, PROGRAMME = "xlsx", "ics", "programme"
SUFFIX = {WORKBOOK: "xlsx", CALENDAR: "ics", PROGRAMME: "xlsx"}
INTERNAL, EXTERNAL = "internal", "external"


def default_folder(summit: Path) -> Path:
    """The summit file's folder, unless it is our own data folder (hidden, beside the
    backups): then the user's documents folder."""
    folder = summit.parent
    try:
        ours = folder.resolve() == data_dir().resolve()
    except OSError:
        ours = True
    if not ours:
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class ExportDialog(QDialog):
    def __init__(self, document: SummitDocument, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        titles = {
            WORKBOOK: self.tr("Export to Excel"),
            CALENDAR: self.tr("Export Calendar"),
            PROGRAMME: self.tr("Export Programme"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(560)
        self.settings = getattr(parent, "settings", None)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole summit"), None)
        home = None
        for row in list_delegations():
            self.scope.addItem(
                self.tr("Meetings of %1 — %2").replace("%1", row.code).replace("%2", row.name),
                row.code,
            )
        if kind != WORKBOOK:
            for person in people_to_choose():
                self.scope.addItem(
                    self.tr("Programme of %1 (%2)")
                    .replace("%1", person.name)
                    .replace("%2", person.delegation),
                    ("person", person.id),
                )
                if home is None and person.home:
                    home = self.scope.count() - 1
        if kind == PROGRAMME and home is not None:
            self.scope.setCurrentIndex(home)  # the home delegation's head
        self.day = QComboBox()
        self.day.addItem(self.tr("All days"), None)
        days = summit_days()
        for day in days:
            self.day.addItem(long_day(day), day)
        if kind == PROGRAMME and days:
            self.day.setCurrentIndex(1 + days.index(next_summit_day(days, date.today())))
        self.home_time = QCheckBox(self.tr("Show the home capital's time too"))
        self.audience = QComboBox()
        self.audience.addItem(self.tr("Our own team (internal)"), INTERNAL)
        self.audience.addItem(self.tr("Someone outside the delegation (external)"), EXTERNAL)
        self.audience_note = QLabel(
            self.tr("An external file leaves out %1.").replace("%1", left_out_of_external())
        )
        self.audience_note.setWordWrap(True)
        self.scope.currentIndexChanged.connect(self.suggest_audience)
        self.audience.currentIndexChanged.connect(self.show_audience_note)
        self.scope.currentIndexChanged.connect(self.suggest_path)
        self.day.currentIndexChanged.connect(self.suggest_path)
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
        if kind != WORKBOOK:
            form.addRow(self.tr("&Day:"), self.day)
        if kind == PROGRAMME:
            form.addRow("", self.home_time)
        form.addRow(self.tr("&Who is this for?"), self.audience)
        form.addRow("", self.audience_note)
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
        self.suggest_audience()
        self.suggest_path()

    def suggest_audience(self) -> None:
        """Internal for the whole summit and our own people; external for anyone else's."""
        chosen = self.scope.currentData()
        home = self.document_home()
        outside = False
        if isinstance(chosen, str):
            outside = home is not None and chosen != home
        elif isinstance(chosen, tuple):
            outside = not any(p.id == chosen[1] and p.home for p in people_to_choose())
        self.audience.setCurrentIndex(self.audience.findData(EXTERNAL if outside else INTERNAL))
        self.show_audience_note()

    def document_home(self) -> str | None:
        home = [p.delegation for p in people_to_choose() if p.home]
        return home[0] if home else None

    def show_audience_note(self) -> None:
        external = self.audience.currentData() == EXTERNAL
        self.audience_note.setVisible(external)
        self.positions.setEnabled(not external)
        if external:
            self.positions.setChecked(False)

    def folder_key(self) -> str:
        return "exportFolder/" + str(self.document.path.resolve())

    def suggest_path(self) -> None:
        """Named after the summit and the choice, in the folder last used for this summit."""
        chosen, day = self.scope.currentData(), self.day.currentData()
        stem = self.document.path.stem
        if isinstance(chosen, str):
            stem += f" - {chosen}"
        elif isinstance(chosen, tuple):
            stem += " - " + self.scope.currentText().split(" (")[0].split(" ", 2)[-1]
        if self.kind == PROGRAMME:
            stem += " - " + self.tr("programme")
        if day is not None and self.kind != WORKBOOK:
            stem += f" {day:%Y-%m-%d}"
        folder = default_folder(self.document.path)
        if self.settings is not None:
            remembered = self.settings.value(self.folder_key())
            if remembered and Path(str(remembered)).is_dir():
                folder = Path(str(remembered))
        self.path_edit.setText(str(folder / f"{stem}.{SUFFIX[self.kind]}"))

    def browse(self) -> None:
        file_filter = (
            self.tr("Calendars (*.ics)")
            if self.kind == CALENDAR
            else self.tr("Excel workbooks (*.xlsx)")
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
        suffix = SUFFIX[self.kind]
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
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
        chosen = self.scope.currentData()
        code = chosen if isinstance(chosen, str) else None
        person = str(chosen[1]) if isinstance(chosen, tuple) else None
        day = self.day.currentData() if kind_has_days(self.kind) else None
        audience = self.audience.currentData()
        positions = self.positions.isChecked() and audience == INTERNAL
        home_time = self.home_time.isChecked()
        kind = self.kind
        steps = PROGRAMME_STEPS if kind == PROGRAMME else STEPS
        if self.settings is not None:
            self.settings.setValue(self.folder_key(), str(path.parent))

        def work(report):
            def progress(step: str) -> bool:
                return report(int(100 * steps.index(step) / len(steps)))

            def run():
                if kind == WORKBOOK:
                    export_workbook(
                        path,
                        delegation=code,
                        positions=positions,
                        audience=audience,
                        progress=progress,
                    )
                elif kind == PROGRAMME:
                    export_programme(
                        path,
                        person=person,
                        delegation=code,
                        day=day,
                        audience=audience,
                        home_time=home_time,
                        progress=progress,
                    )
                else:
                    export_calendar(
                        path, delegation=code, person=person, day=day, audience=audience
                    )
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


def kind_has_days(kind: str) -> bool:
    return kind != WORKBOOK


def summit_days() -> list[date]:
    from planner.meetings import summit_frame

    return summit_frame().days
