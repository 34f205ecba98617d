"""The GUI start-up: the application object, logging, the error hook and the first summit."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import paths
from planner.errors import USER_ERRORS
from planner.locations import is_server_location
from planner.sample import create_sample_summit
from planner.summit_file import close_summit_file
from ui.background import share_the_interpreter

log = logging.getLogger("summit_planner")
ORGANISATION = "SummitPlanner"
APPLICATION = "Summit Planner"


def log_path() -> Path:
    return paths.data_dir() / "summit-planner.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, the first and each one after a rollover, is readable
    by its owner only: the log may quote summit data."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # also a file an older version left readable
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def set_up_logging() -> str | None:
    """Log into the data folder; when that folder cannot be used, log to stderr instead and
    return the sentence saying why (the window shows it)."""
    try:
        paths.usable_data_dir()
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except USER_ERRORS as error:
        problem = str(error)
        handler = logging.StreamHandler(sys.stderr)
    except OSError as error:
        problem = (
            QApplication.translate("app", "The log %1 cannot be written to (%2).")
            .replace("%1", str(log_path()))
            .replace("%2", (error.strerror or str(error)).lower())
        )
        handler = logging.StreamHandler(sys.stderr)
    else:
        problem = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return problem


def logging_to_file() -> bool:
    return any(isinstance(h, RotatingFileHandler) for h in logging.getLogger().handlers)


def unexpected_error_text() -> str:
    """The sentence of the unexpected-error box, pointing at the log when there is one."""
    if logging_to_file():
        return QApplication.translate(
            "app",
            "Something went wrong that Summit Planner did not expect. Your summit is saved; "
            "the last action may not have been carried out. Details are in %1.",
        ).replace("%1", str(log_path()))
    # the data folder cannot be used: the log goes to the terminal, if any
    return QApplication.translate(
        "app",
        "Something went wrong that Summit Planner did not expect. Your summit is saved; "
        "the last action may not have been carried out. Details are below.",
    )


def show_unexpected_error(parent: QWidget | None, details: str) -> None:
    """Tell the user in a short sentence; the traceback goes to the log and a Copy button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("app", "Unexpected Error"))
    box.setText(unexpected_error_text())
    box.setDetailedText(details)
    copy = box.addButton(
        QApplication.translate("app", "Copy Details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def install_error_hook(window: QWidget) -> None:
    def hook(kind, value, trace) -> None:
        details = "".join(traceback.format_exception(kind, value, trace))
        if isinstance(value, USER_ERRORS):
            QMessageBox.warning(window, APPLICATION, str(value))
            return
        log.error("unexpected error\n%s", details)
        show_unexpected_error(window, details)

    sys.excepthook = hook


def first_summit(
    settings: QSettings, requested: Path | str | None, *, sample: bool = False
) -> Path | str:
    """The file (or server summit's URI) to open at start: the one asked for, the last one,
    or the sample.

    The sample is created in the user's data folder the first time it is needed.
    """
    if requested is not None:
        return requested
    last = settings.value("lastFile")
    if not sample and last and is_server_location(str(last)):
        return str(last)
    if not sample and last and Path(str(last)).exists():
        return Path(str(last))
    sample = paths.sample_summit_path()
    if not sample.exists():
        try:
            create_sample_summit(sample)
        finally:
            close_summit_file()
    return sample


def start_window(requested: Path | str | None, *, sample: bool = False) -> QWidget:
    """Everything of the start-up but the event loop: logging, the window, the first summit.

    The window always appears; what keeps the first summit from opening (an unusable data
    folder, say) is said in it in one sentence.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    share_the_interpreter()
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    problem = set_up_logging()
    from ui import dialogs
    from ui.language import apply_language, window_language
    from ui.main_window import MainWindow

    apply_language(window_language())

    settings = QSettings()
    window = MainWindow(settings)
    install_error_hook(window)
    window.show()
    try:
        path = first_summit(settings, requested, sample=sample)
    except USER_ERRORS as error:
        problem, path = str(error), None
    if path is not None:
        window.open_path(path)  # says itself why it cannot, the data folder's problem too
    elif problem:
        dialogs.show_error(window, APPLICATION, problem)
    return window


def run_gui(requested: Path | str | None, *, sample: bool = False) -> int:
    window = start_window(requested, sample=sample)
    code = QApplication.instance().exec()
    window.deleteLater()
    return code
