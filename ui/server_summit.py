"""The window's side of a summit on a server: File ▸ Open Server Summit…, other people's
changes arriving live through the same path as the window's own, and the window going
read-only while the connection is lost (what is typed in an open editor stays there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

from planner.live import ChangeListener, publish_from
from planner.locations import ServerLocation
from ui import dialogs
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.document import SummitDocument
    from ui.main_window import MainWindow


class ServerLink(QObject):
    """Carries a listener's news from its thread to the window's (queued signals)."""

    arrived = Signal(object)  # a Change someone else made
    connection = Signal(bool)  # False: lost; True: back

    def __init__(self, window: MainWindow, document: SummitDocument, location: ServerLocation):
        super().__init__(document)
        self.window, self.document = window, document
        self.lost = False
        self.arrived.connect(document.notify)  # what the views do with the window's own edits
        self.connection.connect(self.show_connection)
        self.listener = ChangeListener(location, self.arrived.emit, self.connection.emit)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def show_connection(self, up: bool) -> None:
        """While the server cannot be reached the summit cannot change here: every section
        stops taking edits (an editor keeps what was typed) until the connection is back."""
        self.lost = not up
        self.document.readonly = self.lost
        for _title, section in self.window.sections:
            if hasattr(section, "set_editable"):
                section.set_editable(up)
        for action in (self.window.settings_action, self.window.import_action):
            action.setEnabled(up)
        self.window.read_only_label.setText(
            "" if up else self.tr("<b>Read-only</b>: the connection to the server was lost")
        )


def attach(window: MainWindow, document: SummitDocument, location: ServerLocation) -> ServerLink:
    """Make document a server summit's: publish its edits, hear everyone else's."""
    detach(window)
    document.changed.disconnect(document.schedule_backup)  # a server keeps its own copies
    publish_from(document.history)
    link = ServerLink(window, document, location)
    window.server_link = link
    link.start()
    window.settings.setValue("lastFile", location.shown)
    return link


def detach(window: MainWindow) -> None:
    link: ServerLink | None = getattr(window, "server_link", None)
    if link is not None:
        link.stop()
        window.server_link = None


def not_shown_note() -> str:
    return tr("Not shown: your role has no access to confidential fields")


def show_unreadable(edit: QPlainTextEdit, unreadable: bool) -> None:
    """A confidential field this role may not read (db.fields.ConfidentialTextField): shown
    empty and read-only, saying why; what is saved leaves it as it is on the server."""
    edit.setReadOnly(unreadable)
    edit.setPlaceholderText(not_shown_note() if unreadable else "")
    edit.setToolTip(not_shown_note() if unreadable else "")


def open_server_summit(window: MainWindow) -> None:
    uri = dialogs.ask_server_uri(window)
    if uri is not None:
        window.open_path(uri)
