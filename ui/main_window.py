"""The main window: menus, the section navigator, and the open summit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from planner import __version__
from planner.backups import newest_good_backup
from planner.errors import USER_ERRORS, DamagedSummitFileError
from planner.file_lock import LockHolder, Refusal, SummitLock, same_file
from planner.history import Change
from planner.info import summit_info
from planner.paths import sample_summit_path
from planner.repair import repair_summit_file
from planner.sample import create_sample_summit
from planner.summit_file import (
    RepairableFileError,
    check_file,
    close_summit_file,
    new_summit_file,
    open_summit_file,
    save_copy,
    with_suffix,
)
from planner.summit_settings import SETTINGS_OPERATIONS
from ui import dialogs
from ui.delegations.section import DelegationsSection
from ui.document import SummitDocument
from ui.export_dialog import CALENDAR, WORKBOOK, ExportDialog
from ui.financing.section import FinancingSection
from ui.history_actions import HistoryActions
from ui.i18n import trn
from ui.importing.import_dialog import ImportDialog
from ui.issues.section import IssuesSection
from ui.meetings.conflicts_panel import ConflictsPanel
from ui.meetings.section import MeetingsSection
from ui.meetings.table_model import ERROR_COLOUR, WARNING_COLOUR
from ui.positions.section import PositionsSection
from ui.restore_dialog import RestoreDialog, restore_as
from ui.schedule.section import ScheduleSection
from ui.schedule_monitor import ScheduleMonitor
from ui.summit_settings_dialog import edit_summit_settings
from ui.welcome_page import WelcomePage

log = logging.getLogger(__name__)
MEETINGS = 1  # the section a summit opens on
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: SummitDocument | None = None
        self.setMinimumSize(720, 480)

        self.navigator = QListWidget()
        self.navigator.setObjectName("sectionNavigator")
        self.navigator.setFixedWidth(160)
        self.navigator.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigator.setStyleSheet(
            "#sectionNavigator { background: palette(window); border-right: 1px solid palette(mid);"
            " padding-top: 8px; }"
            "#sectionNavigator::item { padding: 8px 14px; }"
        )
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
        for title, widget in self.sections:
            self.navigator.addItem(QListWidgetItem(title))
            self.stack.addWidget(widget)
        self.stack.addWidget(self.welcome)
        self.navigator.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigator.currentRowChanged.connect(self.show_section)
        for _title, widget in self.sections:
            widget.set_shown(False)  # a section loads its data when it is first shown

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
        self.build_menus()
        self.restore_geometry()
        self.show_document(None)

    # Menus

    def build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self.action(self.tr("&New Summit…"), self.new_summit, QKeySequence.New)
        self.open_action = self.action(self.tr("&Open…"), self.choose_and_open, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.sample_action = self.action(self.tr("Open the &Sample Summit"), self.open_sample)
        self.import_action = self.action(
            self.tr("&Import Agenda Issues…"), self.import_issues, QKeySequence("Ctrl+I")
        )
        self.export_action = self.action(
            self.tr("&Export to Excel…"), lambda: self.export(WORKBOOK), QKeySequence("Ctrl+E")
        )
        self.calendar_action = self.action(
            self.tr("Export &Calendar…"),
            lambda: self.export(CALENDAR),
            QKeySequence("Ctrl+Shift+E"),
        )
        self.copy_action = self.action(
            self.tr("Save a &Copy As…"), self.save_copy_as, QKeySequence.SaveAs
        )
        self.restore_action = self.action(self.tr("&Restore from Backup…"), self.restore_backup)
        self.close_action = self.action(self.tr("&Close"), self.close_document, QKeySequence.Close)
        self.quit_action = self.action(self.tr("&Quit"), self.close, QKeySequence.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        for action in (
            self.sample_action,
            None,
            self.import_action,
            self.export_action,
            self.calendar_action,
            None,
            self.copy_action,
            self.restore_action,
            self.close_action,
            None,
            self.quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.history_actions = HistoryActions(self)
        self.undo_action, self.redo_action = self.history_actions.undo, self.history_actions.redo
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.settings_action = self.action(self.tr("Summit &Settings…"), self.edit_settings)
        self.edit_menu.addAction(self.settings_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (title, _widget) in enumerate(self.sections):
            action = self.action(title, lambda n=number: self.navigator.setCurrentRow(n))
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            view_menu.addAction(action)
            self.navigator.item(number).setToolTip(f"{title} (Ctrl+{number + 1})")
        view_menu.addSeparator()
        panel = self.conflicts_dock.toggleViewAction()
        panel.setText(self.tr("Conflicts &Panel"))
        panel.setShortcut(QKeySequence("Ctrl+Shift+K"))
        view_menu.addAction(panel)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self.action(self.tr("&About Summit Planner"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        self.update_recent_menu()

    def action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def install_undo_actions(self, document: SummitDocument | None) -> None:
        """Let the Edit menu's Undo and Redo follow the open summit's history."""
        self.history_actions.follow(document)

    # Opening and closing

    def open_path(self, path: Path) -> bool:
        """Open a summit file; on failure say why in one sentence and keep what was open.

        A file another window or program has open is offered read-only; a damaged one is
        left alone and its newest good backup offered instead."""
        path = Path(path)
        title = self.tr("Cannot Open Summit")
        try:
            check_file(path)  # refuse a bad file before closing the summit that is open
        except DamagedSummitFileError as error:
            self.offer_backup_of_damaged(path, str(error))
            return False
        except RepairableFileError as error:
            return self.offer_cleaned_copy(path, str(error))
        except USER_ERRORS as error:
            dialogs.show_error(self, title, str(error))
            return False
        if self.document is not None and same_file(self.document.path, path):
            self.close_document()  # opened again, by any name: let go of our own lock first
        lock = SummitLock(path)
        holder = lock.acquire()
        if holder is None:
            return self.replace_document(path, lambda: open_summit_file(path), title, lock=lock)
        if holder.refusal is Refusal.HELD:
            question = self.tr("Summit Open Elsewhere")
        else:
            question = self.tr("Summit Cannot Be Changed")
        if not dialogs.ask_read_only(self, question, self.held(path, holder)):
            return False
        return self.replace_document(
            path, lambda: open_summit_file(path, readonly=True), title, readonly=True
        )

    def held(self, path: Path, holder: LockHolder) -> str:
        """Why path cannot be written to now, in one sentence, and what is offered."""
        offer = self.tr("Open it read-only? You can read, export and copy it, not change it.")
        return f"{self.why_unwritable(path, holder)} {offer}"

    def why_unwritable(self, path: Path, holder: LockHolder) -> str:
        """Why path cannot be written to now, in one sentence."""
        if holder.refusal is Refusal.HELD:
            since = holder.since.astimezone().strftime("%d %b %H:%M") if holder.since else "?"
            text = (
                self.tr("%1 is already open in %5 on %2 since %3 (process %4).")
                .replace("%2", self.tr("this computer") if holder.on_this_host else holder.host)
                .replace("%3", since)
                .replace("%4", str(holder.pid))
                .replace("%5", holder.program or self.tr("another program"))
            )
        elif holder.refusal is Refusal.FILE_READ_ONLY:
            text = self.tr("%1 is read-only: its permissions allow no changes.")
        elif holder.refusal is Refusal.NOT_A_LOCK:
            text = self.tr(
                "The folder of %1 holds something named %2 that is not a lock file of "
                "Summit Planner, so the summit cannot be changed while it is there."
            ).replace("%2", holder.where.name if holder.where else "")
        elif holder.refusal is Refusal.FOLDER_READ_ONLY:
            text = self.tr("The folder of %1 cannot be written to, so the summit cannot change.")
        else:
            text = self.tr("%1 cannot be locked for writing (%2).").replace("%2", holder.detail)
        return text.replace("%1", path.name)

    def replace_document(
        self,
        path: Path,
        make_current,
        error_title: str,
        *,
        readonly: bool = False,
        lock: SummitLock | None = None,
    ) -> bool:
        """Close the open summit, make path current; if that fails, reopen the previous one."""
        previous = None
        if self.document is not None:
            previous = (self.document.path, self.document.readonly)
        self.close_document()
        if lock is None and not readonly:
            lock = SummitLock(path)  # a new file: nobody else should have it open
            holder = lock.acquire(replacing=True)
            if holder is not None:
                lock = None  # no folder to lock in: making the file says what is wrong
                if holder.refusal in (Refusal.HELD, Refusal.NOT_A_LOCK):
                    message = self.tr("%1 is open in another window; choose another name.")
                    if holder.refusal is Refusal.NOT_A_LOCK:
                        message = self.why_unwritable(path, holder)
                    dialogs.show_error(self, error_title, message.replace("%1", path.name))
                    self.reopen(previous)
                    return False
        try:
            make_current()
        except USER_ERRORS as error:
            close_summit_file()
            if lock is not None:
                lock.release()
            dialogs.show_error(self, error_title, str(error))
            self.reopen(previous)
            return False
        if lock is not None:
            lock.acquire(replacing=True)  # a file made just now: lock its identity too
        document = SummitDocument(path.resolve(), readonly=readonly, lock=lock, parent=self)
        self.show_document(document)
        self.add_recent(path.resolve())
        return True

    def reopen(self, previous: tuple[Path, bool] | None) -> bool:
        """Open again the summit that was open before a failed attempt (read-only if it was,
        or if another window has taken it meanwhile)."""
        if previous is None:
            return False
        path, readonly = previous
        lock = None if readonly else SummitLock(path)
        if lock is not None and lock.acquire() is not None:
            lock, readonly = None, True
        try:
            open_summit_file(path, readonly=readonly)
        except USER_ERRORS:
            if lock is not None:
                lock.release()
            return False
        self.show_document(SummitDocument(path, readonly=readonly, lock=lock, parent=self))
        return True

    def offer_backup_of_damaged(self, path: Path, problem: str) -> None:
        title = self.tr("Cannot Open Summit")
        entry = newest_good_backup(path)
        if entry is None:
            dialogs.show_error(self, title, problem)
            return
        offer = (
            self.tr("Its newest good backup, from %1, has %2 meetings and %3 issues. Restore it?")
            .replace("%1", entry.taken_at.astimezone().strftime("%d %b %Y %H:%M"))
            .replace("%2", str(entry.meetings))
            .replace("%3", str(entry.issues))
        )
        if not dialogs.confirm(self, title, problem, offer):
            return
        restored = restore_as(self, entry.backup, path.parent, None)
        if restored is not None:
            self.open_path(restored)

    def offer_cleaned_copy(self, path: Path, problem: str) -> bool:
        """A received file holds what a summit file may not: offer a cleaned copy of it,
        written beside it, and open that; the received file stays as it is."""
        title = self.tr("Cannot Open Summit")
        offer = self.tr(
            "Open a cleaned copy instead? It is written beside the file, which stays as it is."
        )
        if not dialogs.confirm(self, title, problem, offer):
            return False
        try:
            copy, changes = repair_summit_file(path)
        except USER_ERRORS as error:
            dialogs.show_error(self, title, str(error))
            return False
        if not self.open_path(copy):
            return False
        done = self.tr("Opened %1, a cleaned copy of %2 (%3 changes).")
        message = done.replace("%1", copy.name).replace("%2", path.name)
        self.statusBar().showMessage(message.replace("%3", str(len(changes))))
        return True

    def restore_backup(self) -> None:
        current = self.document.path if self.document is not None else None
        dialog = RestoreDialog(current, self)
        try:
            accepted = dialogs.run_dialog(dialog)
            restored = dialog.restored
        finally:
            dialog.deleteLater()
        if accepted and restored is not None:
            self.open_path(restored)

    def choose_and_open(self) -> None:
        folder = self.document.path.parent if self.document else None
        path = dialogs.choose_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        path = sample_summit_path()
        if path.exists():
            self.open_path(path)
        else:
            title = self.tr("Cannot Create the Sample")
            self.replace_document(path, lambda: create_sample_summit(path), title)

    def new_summit(self) -> None:
        folder = self.document.path.parent if self.document else Path.home()
        path = dialogs.choose_save_path(
            self, self.tr("New Summit"), folder / self.tr("New summit.summit")
        )
        if path is None:
            return
        path = with_suffix(path)
        if self.document is not None and path.resolve() == self.document.path:
            dialogs.show_error(
                self,
                self.tr("Cannot Create Summit"),
                self.tr("That file is the summit that is open now; choose another name."),
            )
            return
        created = self.replace_document(
            path,
            lambda: new_summit_file(path, overwrite=True),
            self.tr("Cannot Create Summit"),
        )
        if created:
            self.edit_settings()
            self.document.clear_history()  # the settings of a new summit are its start

    def import_issues(self) -> None:
        if self.document is None or self.document.readonly:
            return
        dialog = ImportDialog(self.document, self)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def export(self, kind: str) -> None:
        if self.document is None:
            return
        dialog = ExportDialog(self.document, kind, self)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()

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
        if self.document is None:
            return
        self.show_document(None)

    def show_document(self, document: SummitDocument | None) -> None:
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
            close_summit_file()
            self.navigator.setEnabled(False)
            self.navigator.setCurrentRow(-1)  # so that the next summit's first section shows
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
            self.calendar_action,
        ):
            action.setEnabled(document is not None)
        for action in (self.settings_action, self.import_action):
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
            else ("#2E7D32" if not overview.warnings else WARNING_COLOUR)
        )
        self.conflict_label.setText(f"<span style='color:{colour}'>{errors}, {warnings}</span>")
        self.conflict_label.setToolTip(
            self.tr("Conflicts in the schedule (View ▸ Conflicts Panel)")
        )

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
            .replace("%2", info.first_day)
            .replace("%3", info.last_day)
            .replace("%4", info.timezone)
        )

    # Recent files and geometry

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value or []]

    def add_recent(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_path(Path(n)))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the List"))
            clear.triggered.connect(self.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def clear_recent(self) -> None:
        self.settings.setValue("recentFiles", [])
        self.update_recent_menu()

    def restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.value("windowState")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.close_document()
        super().closeEvent(event)

    def show_about(self) -> None:
        dialogs.show_about(
            self,
            self.tr("About Summit Planner"),
            self.tr(
                "<h3>Summit Planner %1</h3><p>Plan a summit's meetings, agenda issues, "
                "positions and financing requests.</p>"
            ).replace("%1", __version__),
        )
