"""The main window's menus: File, Edit, View and Help, their actions and shortcuts."""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from planner import __version__
from ui import dialogs, server_summit
from ui.auto_schedule.actions import install_auto_schedule
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
    window.server_action = act(
        tr("Open Ser&ver Summit…"), lambda: server_summit.open_server_summit(window)
    )
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
    window.programme_action = act(
        tr("Export &Programme…"), lambda: window.export(PROGRAMME), QKeySequence("Ctrl+P")
    )
    window.programme_action.setObjectName("exportProgrammeAction")
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
    file_menu.insertAction(window.recent_menu.menuAction(), window.server_action)
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
    window.section_actions = []
    for number, (title, _widget) in enumerate(window.sections):
        # triggered(checked) would fill a defaulted `n`: bind the row with partial instead
        action = act(title, partial(show_section_number, window, number))
        action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        action.setObjectName(f"showSection{number + 1}Action")
        view_menu.addAction(action)
        window.section_actions.append(action)
        window.navigator.item(number).setToolTip(f"{title} (Ctrl+{number + 1})")
    view_menu.addSeparator()
    panel = window.conflicts_dock.toggleViewAction()
    panel.setText(tr("Conflicts &Panel"))
    panel.setShortcut(QKeySequence("Ctrl+Shift+K"))
    view_menu.addAction(panel)

    install_auto_schedule(window)
    settings_menu = window.menuBar().addMenu(tr("Se&ttings"))
    window.language_menu = LanguageMenu(window)
    settings_menu.addMenu(window.language_menu)

    help_menu = window.menuBar().addMenu(tr("&Help"))
    window.guide_action = act(tr("&Getting Started"), lambda: show_guide(window))
    window.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    window.shortcuts_action = act(
        tr("&Keyboard Shortcuts"), lambda: show_shortcuts(window), QKeySequence("Ctrl+/")
    )
    window.about_action = act(tr("&About Summit Planner"), lambda: show_about(window))
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    for action in (window.guide_action, window.shortcuts_action, None, window.about_action):
        if action is None:
            help_menu.addSeparator()
        else:
            help_menu.addAction(action)


def make_action(window: MainWindow, text: str, slot, shortcut=None) -> QAction:
    """An action of the window calling slot() with no arguments (triggered's `checked` is
    dropped, so that a slot with defaulted parameters gets its defaults)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def show_section_number(window: MainWindow, number: int) -> None:
    window.navigator.setCurrentRow(number)
    window.stack.currentWidget().setFocus()


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of the menus that has a shortcut."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and not action.isSeparator():
                rows.append((action.text().replace("&", "").rstrip("…"), keys))
    rows += [
        (tr("Previous or next day (Schedule)"), "Ctrl+PgUp / Ctrl+PgDown"),
        (tr("Edit the selected meeting, issue or request"), tr("Enter")),
        (tr("Delete the selection"), tr("Delete")),
        (tr("Duplicate the selected meeting"), "Ctrl+D"),
        (tr("Cancel a drag in the Schedule"), tr("Escape")),
        (tr("Set stances in Positions"), "S, C, N, O, U"),
    ]
    return rows


def show_shortcuts(window: MainWindow) -> None:
    cells = "".join(
        f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for text, keys in shortcut_rows(window)
    )
    dialogs.show_about(
        window,
        tr("Keyboard Shortcuts"),
        f"<table cellspacing='4'>{cells}</table>",
    )


def guide_text() -> str:
    return tr(
        "<h3>Getting started</h3>"
        "<p><b>Schedule</b> (Ctrl+1) shows one summit day as a wall chart. Drag a meeting to "
        "move it, drag its lower edge to change its length, double-click an empty slot to "
        "create one. Select a meeting to read its details beside the chart.</p>"
        "<p><b>Meetings</b> (Ctrl+2) lists every meeting. Type a delegation, a person, a room "
        "or an issue code into the search field to find their meetings; the details pane "
        "shows the agenda, the people and the conflicts of the selected one, and the next "
        "meetings of a person.</p>"
        "<p><b>Issues</b> (Ctrl+3) holds the agenda issues and where each came up; "
        "<b>Positions</b> (Ctrl+4) where every delegation stands on each, with talking "
        "points and red lines; <b>Financing</b> (Ctrl+5) the requests, the envelopes they "
        "draw on, totals and history; <b>Delegations</b> (Ctrl+6) the people and rooms.</p>"
        "<p>Every change is saved at once and can be undone (Ctrl+Z). Conflicts are counted "
        "in the status bar; View ▸ Conflicts Panel lists them.</p>"
    )


def show_guide(window: MainWindow) -> None:
    dialogs.show_about(window, tr("Getting Started"), guide_text())


def show_about(window: MainWindow) -> None:
    dialogs.show_about(
        window,
        tr("About Summit Planner"),
        tr(
            "<h3>Summit Planner %1</h3><p>Plan a summit's meetings, agenda issues, "
            "positions and financing requests.</p>"
        ).replace("%1", __version__),
    )
