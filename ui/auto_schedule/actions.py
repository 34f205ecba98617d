"""The Schedule menu's entries for the automatic scheduler (added to the window's menu bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ui import dialogs
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow



def menu_title() -> str:
    """The Schedule menu's title (a literal tr() call, so that lupdate finds it)."""
    return tr("&Schedule")


def install_auto_schedule(window: MainWindow) -> list[QAction]:
    """Schedule All… and Repair… in the Schedule menu (made if the window has none yet)."""
    menu = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.text() == menu_title()), None)
    if menu is None:
        menu = window.menuBar().addMenu(menu_title())
    actions = []
    for text, repair in ((tr("Schedule &All…"), False), (tr("&Repair…"), True)):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, r=repair: open_scheduler(window, r))
        action.setEnabled(False)
        menu.addAction(action)
        actions.append(action)
    window.auto_schedule_actions = actions
    return actions


def open_scheduler(window: MainWindow, repair: bool) -> None:
    from ui.auto_schedule.dialog import AutoScheduleDialog

    document = window.document
    if document is None or document.readonly:
        return
    dialogs.run_and_discard(AutoScheduleDialog(document, repair, window))
