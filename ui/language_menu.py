"""Settings ▸ Language: the system's language or a chosen one, kept for the user and applied
when Summit Planner next starts (SUMMIT_PLANNER_LANGUAGE, when set, still wins)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from planner import languages
from planner.errors import USER_ERRORS
from ui import dialogs
from ui.i18n import tr

SYSTEM = ""  # the action data of "System Language"


class LanguageMenu(QMenu):
    """One checkable entry per shipped language, each in its own name, and the system's."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(tr("&Language"), parent)
        self.group = QActionGroup(self)
        saved = languages.saved_language()
        choices = [(SYSTEM, tr("System Language")), *languages.LANGUAGES.items()]
        for code, name in choices:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == (saved or SYSTEM))
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self.choose)

    def choose(self, action: QAction) -> None:
        code = action.data() or None
        try:
            languages.save_language(code)
        except USER_ERRORS as error:
            dialogs.show_error(self.parentWidget(), tr("Language"), str(error))
            return
        dialogs.show_info(
            self.parentWidget(),
            tr("Language"),
            tr("Summit Planner will use the chosen language when it is next started."),
        )
