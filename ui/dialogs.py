"""Every modal question and file dialog of the app, as small functions tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from ui.i18n import tr


def summit_filter() -> str:
    return tr("Summit files (*.summit);;All files (*)")


def choose_open_path(parent: QWidget | None, folder: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open Summit"), str(folder or Path.home()), summit_filter()
    )
    return Path(path) if path else None


def choose_save_path(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), summit_filter())
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".summit")


def confirm(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_read_only(parent: QWidget | None, title: str, text: str) -> bool:
    """Offer to open a summit read-only; True when the user agrees."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    read_only = box.addButton(tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_and_discard(dialog: QDialog) -> bool:
    """Show a modal dialog through run_dialog, then let Qt delete it; True when accepted."""
    try:
        return run_dialog(dialog)
    finally:
        dialog.deleteLater()


def choose_item(
    parent: QWidget | None, title: str, label: str, items: list[tuple[object, str]]
) -> object | None:
    """Ask the user to pick one of items (data, text); None when cancelled."""
    texts = [text for _, text in items]
    chosen, accepted = QInputDialog.getItem(parent, title, label, texts, 0, False)
    if not accepted or chosen not in texts:
        return None
    return items[texts.index(chosen)][0]


def choose_import_path(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Import Agenda Issues"),
        str(Path.home()),
        tr("Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)"),
    )
    return Path(path) if path else None


def choose_export_path(
    parent: QWidget | None, caption: str, suggested: Path, file_filter: str
) -> Path | None:
    """Where to write an export; the suffix of suggested is added when the user leaves it out."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(suggested.suffix)


def open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def ask_server_uri(parent: QWidget | None) -> str | None:
    """The URI of a summit on a server (postgresql://…), or None when cancelled."""
    text, accepted = QInputDialog.getText(
        parent,
        tr("Open Server Summit"),
        tr(
            "The summit's address, such as postgresql://you@server/delegation?summit=astana "
            "(the password comes from ~/.pgpass or PGPASSWORD):"
        ),
    )
    return text.strip() if accepted and text.strip() else None
