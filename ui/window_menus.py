"""The main window's menus: File, Edit, View and Help, their actions and shortcuts."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from planner import __version__
from ui import dialogs
from ui.export_dialog import CALENDAR, PROGRAMME, WORKBOOK
from ui.history_actions import HistoryActions
from ui.i18n import tr
from ui.language_menu import LanguageMenu
from ui.recent_menu import RecentFilesMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Give window its menu bar; each action is kept on window under its name."""
    act = partial(make_action, window)
    file_menu = window.menuBar().addMenu(tr("&File"))
    window.new_action = act(tr("&New Summit…"), window.new_summit, QKeySequence.New)
    window.open_action = act(tr("&Open…"), window.choose_and_open, QKeySequence.Open)
    window.recent_menu = RecentFilesMenu(window.settings, window)
    window.recent_menu.chosen.connect(window.open_path)
    file_menu.addMenu(window.recent_menu)
    window.sample_action = act(tr("Open the &Sample Summit"), window.open_sample)
    window.import_action = act(
        tr("&Import Agenda Issues…"), window.import_issues, QKeySequence("Ctrl+I")
    )
    window.export_action = act(
        tr("&Export to Excel…"), lambda: window.export(WORKBOOK), QKeySequence("Ctrl+E")
    )
    window.programme_action = act(tr("Export &Programme…"), lambda: window.export(PROGRAMME))
    window.calendar_action = act(
        tr("Export Ca&lendar…"),
        lambda: window.export(CALENDAR),
        QKeySequence("Ctrl+Shift+E"),
    )
    window.copy_action = act(tr("Save a Cop&y As…"), window.save_copy_as, QKeySequence.SaveAs)
    window.restore_action = act(tr("Res&tore from Backup…"), window.restore_backup)
    window.close_action = act(tr("&Close"), window.close_document, QKeySequence.Close)
    window.quit_action = act(tr("&Quit"), window.close, QKeySequence.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.insertAction(window.recent_menu.menuAction(), window.new_action)
    file_menu.insertAction(window.recent_menu.menuAction(), window.open_action)
    for action in (
        window.sample_action,
        None,
        window.import_action,
        window.export_action,
        window.programme_action,
        window.calendar_action,
        None,
        window.copy_action,
        window.restore_action,
        window.close_action,
        None,
        window.quit_action,
    ):
        if action is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(action)

    window.edit_menu = window.menuBar().addMenu(tr("&Edit"))
    window.history_actions = HistoryActions(window)
    window.undo_action = window.history_actions.undo
    window.redo_action = window.history_actions.redo
    window.edit_menu.addAction(window.undo_action)
    window.edit_menu.addAction(window.redo_action)
    window.edit_menu.addSeparator()
    window.settings_action = act(tr("Summit &Settings…"), window.edit_settings)
    window.edit_menu.addAction(window.settings_action)

    view_menu = window.menuBar().addMenu(tr("&View"))
    for number, (title, _widget) in enumerate(window.sections):
        action = act(title, lambda n=number: window.navigator.setCurrentRow(n))
        action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        view_menu.addAction(action)
        window.navigator.item(number).setToolTip(f"{title} (Ctrl+{number + 1})")
    view_menu.addSeparator()
    panel = window.conflicts_dock.toggleViewAction()
    panel.setText(tr("Conflicts &Panel"))
    panel.setShortcut(QKeySequence("Ctrl+Shift+K"))
    view_menu.addAction(panel)

    settings_menu = window.menuBar().addMenu(tr("&Settings"))
    window.language_menu = LanguageMenu(window)
    settings_menu.addMenu(window.language_menu)

    help_menu = window.menuBar().addMenu(tr("&Help"))
    about = act(tr("&About Summit Planner"), lambda: show_about(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)


def make_action(window: MainWindow, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


def show_about(window: MainWindow) -> None:
    dialogs.show_about(
        window,
        tr("About Summit Planner"),
        tr(
            "<h3>Summit Planner %1</h3><p>Plan a summit's meetings, agenda issues, "
            "positions and financing requests.</p>"
        ).replace("%1", __version__),
    )
