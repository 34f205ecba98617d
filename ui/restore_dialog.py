"""File ▸ Restore from Backup…: the backups of the open summit (or of every summit), with when
each was taken and what it holds, restored to a new file, never over the open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.backups import Backup, BackupEntry, backups_for, restore_backup
from planner.errors import USER_ERRORS
from ui import dialogs
from ui.i18n import tr
from ui.local_dates import moment_text


def suggested_restore_path(backup: Backup, folder: Path) -> Path:
    """The name offered for a backup restored into folder: its summit's and its time's."""
    stamp = backup.taken_at.astimezone().strftime("%Y-%m-%d %H.%M")
    return folder / tr("%1 (backup of %2).summit").replace("%1", backup.stem).replace("%2", stamp)


def restore_as(
    parent: QWidget | None, backup: Backup, folder: Path, open_file: Path | None
) -> Path | None:
    """Ask where to restore backup and write it there; the new file's path, or None."""
    suggested = suggested_restore_path(backup, folder)
    path = dialogs.choose_save_path(parent, tr("Restore Backup As"), suggested)
    if path is None:
        return None
    try:
        restore_backup(backup, path, open_file=open_file)
    except USER_ERRORS as error:
        dialogs.show_error(parent, tr("Cannot Restore the Backup"), str(error))
        return None
    return path


class RestoreDialog(QDialog):
    def __init__(self, current: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.restored: Path | None = None
        self.entries: list[BackupEntry] = []
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(760, 420)

        self.intro = QLabel(
            self.tr(
                "Backups are taken when a summit is opened and every ten minutes while it "
                "changes. A backup is restored to a new file; the open summit is not touched."
            )
        )
        self.intro.setWordWrap(True)
        self.every = QCheckBox(self.tr("Show the backups of every summit"))
        self.every.setChecked(current is None)
        self.every.setEnabled(current is not None)
        self.every.toggled.connect(self.reload)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Summit"),
                self.tr("File"),
                self.tr("Meetings"),
                self.tr("Issues"),
                self.tr("Positions"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore())
        self.empty = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore As…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.every)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.entries = backups_for(None if self.every.isChecked() else self.current)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            taken = moment_text(entry.taken_at.astimezone(), seconds=True)
            summit = entry.summit if entry.readable else self.tr("(cannot be read)")
            cells = [taken, summit, entry.backup.stem]
            cells += [str(n) for n in (entry.meetings, entry.issues, entry.positions)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty.setText("" if self.entries else self.tr("There are no backups yet."))
        self.empty.setVisible(not self.entries)
        if self.entries:
            self.table.selectRow(0)
        self.update_buttons()

    def chosen(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        entry = self.chosen()
        self.restore_button.setEnabled(entry is not None and entry.readable)

    def restore(self) -> None:
        entry = self.chosen()
        if entry is None or not entry.readable:
            return
        folder = self.current.parent if self.current is not None else Path.home()
        path = restore_as(self, entry.backup, folder, self.current)
        if path is not None:
            self.restored = path
            self.accept()
