"""The main window: menus, the section navigator, and the open summit."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from planner.errors import USER_ERRORS
from planner.history import Change
from planner.info import summit_info
from planner.locations import is_server_location, parse_server
from planner.summit_file import save_copy, with_suffix
from planner.summit_settings import SETTINGS_OPERATIONS
from planner.workspace import Flow, Opened, Outcome, Workspace, drive
from ui import dialogs, opening, server_summit
from ui.colours import ERROR_COLOUR, OK_COLOUR, WARNING_COLOUR
from ui.delegations.section import DelegationsSection
from ui.document import SummitDocument
from ui.export_dialog import ExportDialog
from ui.financing.section import FinancingSection
from ui.i18n import trn
from ui.importing.import_dialog import ImportDialog
from ui.issues.section import IssuesSection
from ui.local_dates import date_text
from ui.meetings.conflicts_panel import ConflictsPanel
from ui.meetings.section import MeetingsSection
from ui.positions.section import PositionsSection
from ui.restore_dialog import RestoreDialog
from ui.schedule.section import ScheduleSection
from ui.schedule_monitor import ScheduleMonitor
from ui.section_navigator import SectionNavigator
from ui.summit_settings_dialog import edit_summit_settings
from ui.welcome_page import WelcomePage
from ui.window_geometry import restore_window_geometry
from ui.window_menus import build_menus

MEETINGS = 1  # the section a summit opens on


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: SummitDocument | None = None
        self.workspace = Workspace(before_close=lambda: self.show_document(None))
        self.setMinimumSize(720, 480)

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.delegations_section = DelegationsSection()
        self.meetings_section = MeetingsSection()
        self.schedule_section = ScheduleSection()
        self.issues_section = IssuesSection()
        self.positions_section = PositionsSection()
        self.financing_section = FinancingSection()
        self.monitor: ScheduleMonitor | None = None
        self.sections: list[tuple[str, QWidget]] = [
            (self.tr("Schedule"), self.schedule_section),
            (self.tr("Meetings"), self.meetings_section),
            (self.tr("Issues"), self.issues_section),
            (self.tr("Positions"), self.positions_section),
            (self.tr("Financing"), self.financing_section),
            (self.tr("Delegations"), self.delegations_section),
        ]
        self.navigator = SectionNavigator([title for title, _widget in self.sections])
        for _title, widget in self.sections:
            self.stack.addWidget(widget)
            widget.set_shown(False)  # a section loads its data when it is first shown
        self.stack.addWidget(self.welcome)
        self.navigator.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigator.currentRowChanged.connect(self.show_section)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.summit_label = QLabel()
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("conflictCounter")
        self.conflict_label.linkActivated.connect(lambda _link: self.show_conflicts_panel())
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyMarker")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.conflict_label)
        self.statusBar().addPermanentWidget(self.summit_label)
        self.conflicts_panel = ConflictsPanel()
        self.conflicts_panel.meetings_chosen.connect(self.show_meetings)
        self.conflicts_dock = QDockWidget(self.tr("Conflicts"), self)
        self.conflicts_dock.setObjectName("conflictsDock")
        self.conflicts_dock.setWidget(self.conflicts_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.conflicts_dock)

        self.welcome.open_requested.connect(self.choose_and_open)
        self.welcome.new_requested.connect(self.new_summit)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_chosen.connect(self.open_path)
        build_menus(self)
        self.restore_geometry()
        self.show_document(None)

    def install_undo_actions(self, document: SummitDocument | None) -> None:
        """Let the Edit menu's Undo and Redo follow the open summit's history."""
        self.history_actions.follow(document)

    # Opening and closing

    def open_path(self, path: Path | str) -> bool:
        """Open a summit file (or a server summit's URI), asking what opening it asks; on
        failure say why in one sentence and keep what was open. True when path, or a cleaned
        copy of it, is open now (a restored backup of a damaged path is another, older file)."""
        if is_server_location(path):
            outcome = self.run(self.workspace.open_server(parse_server(str(path))), "")
            return isinstance(outcome, Opened)
        outcome = self.run(self.workspace.open(Path(path)), opening.open_title())
        return isinstance(outcome, Opened) and outcome.restored is None

    def run(self, flow: Flow | Outcome, create_title: str) -> Outcome:
        """Carry out a flow of the workspace, then show the summit it leaves open."""
        if isinstance(flow, Generator):
            flow = drive(flow, lambda question: opening.answer(self, question))
        if self.document is None and self.workspace.current is not None:
            current = self.workspace.current
            self.show_document(SummitDocument(current.path, readonly=current.readonly, parent=self))
            if current.location is not None and self.document is not None:
                server_summit.attach(self, self.document, current.location)
        if isinstance(flow, Opened):
            self.recent_menu.add(flow.summit.remembered)
        message = opening.report(self, flow, create_title)
        if message:
            self.statusBar().showMessage(message)
        return flow

    def restore_backup(self) -> None:
        current = self.document.path if self.document is not None else None
        dialog = RestoreDialog(current, self)
        if dialogs.run_and_discard(dialog) and dialog.restored is not None:
            self.open_path(dialog.restored)

    def choose_and_open(self) -> None:
        folder = self.document.path.parent if self.document else None
        path = dialogs.choose_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        self.run(self.workspace.open_sample(), self.tr("Cannot Create the Sample"))

    def new_summit(self) -> None:
        folder = self.document.path.parent if self.document else Path.home()
        path = dialogs.choose_save_path(
            self, self.tr("New Summit"), folder / self.tr("New summit.summit")
        )
        if path is None:
            return
        outcome = self.run(self.workspace.new_summit(path), self.tr("Cannot Create Summit"))
        if isinstance(outcome, Opened):
            self.edit_settings()
            self.document.clear_history()  # the settings of a new summit are its start

    def import_issues(self) -> None:
        if self.document is None or self.document.readonly:
            return
        dialogs.run_and_discard(ImportDialog(self.document, self))

    def export(self, kind: str) -> None:
        if self.document is None:
            return
        dialogs.run_and_discard(ExportDialog(self.document, kind, self))

    def edit_settings(self) -> None:
        if self.document is not None and not self.document.readonly:
            edit_summit_settings(self, self.document)

    def save_copy_as(self) -> None:
        if self.document is None:
            return
        suggested = self.document.path.with_name(
            self.document.path.stem + self.tr(" (copy)") + ".summit"
        )
        path = dialogs.choose_save_path(self, self.tr("Save a Copy As"), suggested)
        if path is None:
            return
        try:
            save_copy(self.document.path, with_suffix(path))
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Save a Copy"), str(error))
            return
        message = self.tr("Saved a copy as %1").replace("%1", str(with_suffix(path)))
        self.statusBar().showMessage(message, 5000)

    def close_document(self) -> None:
        self.workspace.close()  # which first takes the document away from the views

    def show_document(self, document: SummitDocument | None) -> None:
        server_summit.detach(self)
        old = self.document
        self.document = document
        if self.monitor is not None:
            self.monitor.stop()
        if old is not None:
            old.close()
        self.monitor = ScheduleMonitor(document, parent=document) if document else None
        if self.monitor is not None:
            self.monitor.updated.connect(self.show_conflicts)
        self.delegations_section.set_document(document)
        self.meetings_section.set_document(document, self.monitor)
        self.schedule_section.set_document(document, self.monitor)
        self.issues_section.set_document(document, self.monitor)
        self.positions_section.set_document(document, self.monitor)
        self.financing_section.set_document(document, self.monitor)
        self.show_conflicts()
        self.install_undo_actions(document)
        if old is not None:
            old.deleteLater()
        if document is None:
            self.navigator.setEnabled(False)
            self.navigator.setCurrentRow(-1)  # so that the next summit's first section shows
            self.welcome.set_recent(self.recent_files())
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(self.tr("Summit Planner"))
            self.summit_label.clear()
            self.read_only_label.clear()
        else:
            document.failed.connect(
                lambda message: dialogs.show_error(self, self.tr("Cannot Undo"), message)
            )
            document.changed.connect(self.on_document_changed)
            document.backed_up.connect(self.on_backed_up)
            self.navigator.setEnabled(True)
            self.navigator.setCurrentRow(MEETINGS)
            self.refresh_summary()
            self.settings.setValue("lastFile", str(document.path))
        for action in (
            self.copy_action,
            self.close_action,
            self.export_action,
            self.programme_action,
            self.calendar_action,
        ):
            action.setEnabled(document is not None)
        for action in (self.settings_action, self.import_action, *self.auto_schedule_actions):
            action.setEnabled(document is not None and not document.readonly)

    def show_section(self, row: int) -> None:
        """Only the section shown keeps itself current; the others catch up when shown."""
        for number, (_title, widget) in enumerate(self.sections):
            if number != row:
                widget.set_shown(False)
        if 0 <= row < len(self.sections):
            self.sections[row][1].set_shown(True)

    def show_conflicts(self) -> None:
        overview = self.monitor.overview if self.monitor is not None else None
        checking = self.monitor is not None and self.monitor.checking
        self.conflicts_panel.show_overview(overview, checking=checking)
        if overview is None:
            self.conflict_label.clear()
            return
        if self.monitor.loading:
            self.conflict_label.setText(self.tr("Loading the schedule…"))
            return
        if checking:
            self.conflict_label.setText(self.tr("Checking for conflicts…"))
            return
        errors = trn("%n error", "%n errors", overview.errors)
        warnings = trn("%n warning", "%n warnings", overview.warnings)
        colour = (
            ERROR_COLOUR
            if overview.errors
            else (OK_COLOUR if not overview.warnings else WARNING_COLOUR)
        )
        # a link: choosing the count opens the panel that lists them
        self.conflict_label.setText(
            f"<a href='#conflicts' style='text-decoration:none'>"
            f"<span style='color:{colour}'>{errors}, {warnings}</span></a>"
        )
        tooltip = self.tr("Conflicts in the schedule: click to list them (Ctrl+Shift+K)")
        if overview.report.cut:
            tooltip += "\n" + trn(
                "The panel lists the first %n; the rest are counted there by delegation, "
                "person or room and day.",
                "The panel lists the first %n; the rest are counted there by delegation, "
                "person or room and day.",
                len(overview.report.listed),
            )
        self.conflict_label.setToolTip(tooltip)

    def show_conflicts_panel(self) -> None:
        self.conflicts_dock.show()
        self.conflicts_dock.raise_()

    def show_meetings(self, ids: list[int]) -> None:
        """Go to the Meetings section and select these meetings, whatever the filters."""
        self.navigator.setCurrentRow(MEETINGS)
        self.meetings_section.show_meetings(ids)

    def on_backed_up(self, path: str) -> None:
        if path:
            self.statusBar().showMessage(self.tr("Backed up"), 3000)
        else:
            self.statusBar().showMessage(
                self.tr("The backup could not be written; see the log for why."), 10000
            )

    def on_document_changed(self, change: Change) -> None:
        if change.touches((SETTINGS_OPERATIONS.kind, "delegation")):
            self.refresh_summary()

    def refresh_summary(self) -> None:
        if self.document is None:
            return
        info = summit_info()
        marker = self.tr(" [Read-Only]") if self.document.readonly else ""
        self.setWindowTitle(f"{info.name} — {self.document.path.name}{marker}")
        self.read_only_label.setText(
            self.tr("<b>Read-only</b>: open elsewhere") if self.document.readonly else ""
        )
        self.setWindowFilePath(str(self.document.path))
        self.summit_label.setText(
            self.tr("%1, %2 to %3, %4")
            .replace("%1", info.city or info.name)
            .replace("%2", date_text(date.fromisoformat(str(info.first_day))))
            .replace("%3", date_text(date.fromisoformat(str(info.last_day))))
            .replace("%4", info.timezone)
        )

    # Recent files and geometry

    def recent_files(self) -> list[str]:
        return self.recent_menu.files()

    def restore_geometry(self, available: QRect | None = None) -> None:
        restore_window_geometry(self, self.settings, self.conflicts_dock, available)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.close_document()
        super().closeEvent(event)
