"""The side panel of the Positions section: one position's stance, talking points, red
lines and fallback."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.positions import TEXT_FIELDS, fetch_position
from planner.row_versions import unreadable_fields
from ui.combo import select_data
from ui.labels import stance_labels
from ui.server_summit import show_unreadable


class PositionPanel(QWidget):
    """Edits the selected cell; `apply_requested` carries the cell and its new values."""

    apply_requested = Signal(object, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell: tuple[int, int] | None = None
        self.dirty = False  # typed but not yet applied
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stance = QComboBox()
        for stance, label in stance_labels().items():
            self.stance.addItem(label, str(stance))
        self.texts = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        for text in self.texts.values():
            text.setTabChangesFocus(True)
            text.textChanged.connect(self.mark_dirty)
        self.stance.activated.connect(self.mark_dirty)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Save this position (one undoable step)"))
        self.apply_button.clicked.connect(self.apply)
        form = QFormLayout()
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Talking points"), self.texts["talking_points"])
        form.addRow(self.tr("Red lines"), self.texts["red_lines"])
        form.addRow(self.tr("Fallback"), self.texts["fallback"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)
        self.show_cell(None, "")

    def mark_dirty(self, *_args) -> None:
        if not self.loading:
            self.dirty = self.cell is not None

    loading = False

    def show_cell(self, cell: tuple[int, int] | None, title: str, editable: bool = True) -> None:
        """Show a cell's position. Texts typed but not applied for this same cell are kept;
        only its stance is brought up to date."""
        if cell is not None and cell == self.cell and self.dirty:
            self.loading = True
            select_data(self.stance, fetch_position(cell)["stance"])
            self.loading = False
            return
        self.loading = True
        self.dirty = False
        self.cell = cell
        if cell is None:
            self.heading.setText(
                self.tr(
                    "<i>Select one cell to edit its talking points, red lines and fallback.</i>"
                )
            )
            values = {"stance": "unknown", **{name: "" for name in TEXT_FIELDS}}
        else:
            self.heading.setText(f"<b>{escape(title)}</b>")
            values = fetch_position(cell)
        select_data(self.stance, values["stance"])
        for name, text in self.texts.items():
            text.setPlainText(values.get(name) or "")
        for widget in (self.stance, self.apply_button, *self.texts.values()):
            widget.setEnabled(cell is not None and editable)
        unreadable = unreadable_fields("position")
        for name, text in self.texts.items():
            show_unreadable(text, name in unreadable)
        self.loading = False

    def select_stance(self, stance: str) -> None:
        select_data(self.stance, stance)

    def values(self) -> dict:
        return {
            "stance": self.stance.currentData(),
            **{name: text.toPlainText() for name, text in self.texts.items()},
        }

    def apply(self) -> None:
        if self.cell is not None:
            self.dirty = False
            self.apply_requested.emit(self.cell, self.values())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
