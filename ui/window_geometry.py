"""The main window's size and place on the screen it opens on, so that it fits a laptop's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

FIRST_SIZE = QSize(1280, 800)  # on a screen with room for it
WIDE_ENOUGH_FOR_THE_PANEL = 1600  # narrower screens start with the Conflicts panel closed


def available_geometry(window: QWidget) -> QRect:
    """Where the window may go: the free part (without task bars) of its screen."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def frame_margins(window: QWidget) -> QSize:
    """How much the window manager's frame adds to the window (nothing before it is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


def fit_to_screen(window: QMainWindow, available: QRect | None = None) -> None:
    """Keep window, frame included, within `available` (by default its screen's free part):
    shrink it where it is larger and move it back where it sticks out."""
    area = available if available is not None else available_geometry(window)
    margins = frame_margins(window)
    width = min(window.width(), area.width() - margins.width())
    height = min(window.height(), area.height() - margins.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    window.move(max(left, area.left()), max(top, area.top()))


def first_geometry(window: QMainWindow, available: QRect | None = None) -> None:
    """The size a window opens at the first time: the whole free part of a laptop's screen
    (1366×768, 1280×720), five sixths of a larger one, never less than FIRST_SIZE."""
    area = available if available is not None else available_geometry(window)
    margins = frame_margins(window)
    roomier = QSize(FIRST_SIZE.width() + 160, FIRST_SIZE.height() + 100)
    if area.width() < roomier.width() or area.height() < roomier.height():
        # a laptop: all of it, since every column counts
        window.resize(area.width() - margins.width(), area.height() - margins.height())
        window.move(area.topLeft())
        return
    # a large screen: most of it, centred, so that lists and panes are not squeezed
    width = max(FIRST_SIZE.width(), area.width() * 5 // 6)
    height = max(FIRST_SIZE.height(), area.height() * 5 // 6)
    window.resize(width, height)
    window.move(area.center().x() - width // 2, area.center().y() - height // 2)
    fit_to_screen(window, area)


def roomy(available: QRect) -> bool:
    """Whether a screen is wide enough to keep the Conflicts panel open beside a section."""
    return available.width() >= WIDE_ENOUGH_FOR_THE_PANEL


class FitWhenShown(QObject):
    """Fits the window to its screen again once it is shown: only then does the window
    manager's frame, which counts towards the screen's room, have a size."""

    def __init__(self, window: QMainWindow, available: QRect | None = None) -> None:
        super().__init__(window)
        self.window, self.available = window, available
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.fit)
            QTimer.singleShot(400, self.fit)  # some window managers frame it later
        return False

    def fit(self) -> None:
        if not self.window.isMaximized() and not self.window.isFullScreen():
            fit_to_screen(self.window, self.available)


def restore_window_geometry(
    window: QMainWindow,
    settings: QSettings,
    conflicts_panel: QDockWidget,
    available: QRect | None = None,
) -> None:
    """Where the window was last time, within the screen it is on now (a laptop's may be
    smaller than the one it was on); the first time, the size of a laptop's screen, with the
    Conflicts panel closed where the screen is narrow."""
    area = available if available is not None else available_geometry(window)
    geometry = settings.value("geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        first_geometry(window, area)
    fit_to_screen(window, area)
    fitting = window.findChild(FitWhenShown)
    if fitting is None:
        fitting = FitWhenShown(window)
    fitting.available = available
    state = settings.value("windowState")
    if state is None or not window.restoreState(state):
        conflicts_panel.setVisible(roomy(area))


def fit_dialog(dialog: QWidget, wanted: QSize) -> None:
    """A dialog at the size it would like, or as much of its screen's free part as there is
    (a meeting editor of 880×720 on a 1280×720 laptop)."""
    area = available_geometry(dialog)
    dialog.resize(
        min(wanted.width(), area.width() - 16), min(wanted.height(), area.height() - 48)
    )
