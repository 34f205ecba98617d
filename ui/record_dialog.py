"""A form dialog for one record, built from field specs, that shows the planner's refusals;
and the one way records are created and edited through it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.edits import AddRecord, ChangeRecord
from planner.errors import USER_ERRORS, ValidationError
from planner.history import Operation
from planner.records import RecordChanges, RecordOperations
from ui import dialogs
from ui.colours import MESSAGE_COLOUR
from ui.combo import select_data
from ui.document import SummitDocument
from ui.server_summit import show_unreadable
from ui.time_field import TimeField

NO_DATE = QDate(2000, 1, 1)
"""The value an optional date field shows as "none"."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text, multiline, int, choice, multi-choice, editable-choice, colour, date,
    # optional-date (may be left empty), time
    choices: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    minimum: int = 0
    maximum: int = 100_000
    placeholder: str = ""
    unreadable: bool = False  # a confidential field this role may not read: empty, read-only


class ColourButton(QPushButton):
    """A button showing a colour swatch that opens a colour chooser."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_colour(colour)
        self.clicked.connect(self.choose)

    def set_colour(self, colour: str) -> None:
        self.colour = colour.upper()
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(self.colour))
        self.setIcon(QIcon(swatch))
        self.setText(self.colour)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Choose a Colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())


class RecordDialog(QDialog):
    """Edits the values of one record; `submit` saves them or raises with the reason."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        values: dict[str, Any],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.submit = submit
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in fields:
            editor = self.make_editor(spec, values.get(spec.name))
            self.editors[spec.name] = editor
            form.addRow(spec.label, editor)
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MESSAGE_COLOUR};")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def make_editor(self, spec: FieldSpec, value: Any) -> QWidget:
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(value or 0))
            return spin
        if spec.kind in ("choice", "editable-choice"):
            combo = QComboBox()
            combo.setEditable(spec.kind == "editable-choice")
            for data, text in spec.choices:
                combo.addItem(text, data)
            if not select_data(combo, value) and combo.isEditable() and value:
                combo.setEditText(str(value))
            return combo
        if spec.kind == "colour":
            return ColourButton(str(value or "#808080"))
        if spec.kind == "multi-choice":
            checklist = QListWidget()
            chosen = set(value or ())
            for data, text in spec.choices:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, data)
                checked = data in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                checklist.addItem(item)
            checklist.setMinimumHeight(90)
            return checklist
        if spec.kind == "multiline":
            text = QPlainTextEdit(str(value or ""))
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            show_unreadable(text, spec.unreadable)
            return text
        if spec.kind == "optional-date":
            optional = QDateEdit()
            optional.setCalendarPopup(True)
            optional.setDisplayFormat("d MMMM yyyy")
            optional.setMinimumDate(NO_DATE)
            optional.setSpecialValueText(self.tr("none"))  # shown at the minimum: no date
            optional.setDate(QDate(value) if value else NO_DATE)
            optional.setProperty("optional", True)
            return optional
        if spec.kind == "date":
            date_edit = QDateEdit(QDate(value) if value else QDate.currentDate())
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("d MMMM yyyy")
            return date_edit
        if spec.kind == "time":
            return TimeField(value if value else QTime(8, 0))
        line = QLineEdit(str(value or ""))
        line.setPlaceholderText(spec.placeholder)
        return line

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                result[name] = editor.value()
            elif isinstance(editor, QDateEdit) and editor.property("optional"):
                chosen = editor.date()
                result[name] = None if chosen == NO_DATE else chosen.toPython()
            elif isinstance(editor, QDateEdit):
                result[name] = editor.date().toPython()
            elif isinstance(editor, QPlainTextEdit):
                result[name] = editor.toPlainText()
            elif isinstance(editor, QListWidget):
                result[name] = tuple(
                    editor.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked
                )
            elif isinstance(editor, TimeField):
                result[name] = editor.time().toPython()
            elif isinstance(editor, QComboBox) and editor.isEditable():
                # A typed value that matches no item is kept as typed.
                index = editor.findText(editor.currentText(), Qt.MatchFlag.MatchExactly)
                known = editor.itemData(index) if index >= 0 else None
                result[name] = known if known is not None else editor.currentText().strip()
            elif isinstance(editor, QComboBox):
                result[name] = editor.currentData()
            elif isinstance(editor, ColourButton):
                result[name] = editor.colour
            elif isinstance(editor, QLineEdit):
                result[name] = editor.text()
        return result

    def accept(self) -> None:
        for name, editor in self.editors.items():
            if isinstance(editor, TimeField) and editor.problem():
                self.show_problem(editor.problem(), name)
                return
        try:
            self.submit(self.values())
        except ValidationError as error:
            self.show_problem(str(error), error.field)
            return
        except USER_ERRORS as error:
            self.show_problem(str(error), None)
            return
        super().accept()

    def show_problem(self, text: str, field_name: str | None) -> None:
        self.message.setText(text)
        self.message.show()
        editor = self.editors.get(field_name or "")
        if editor is not None:
            editor.setFocus()


def run_through_dialog(
    make_dialog: Callable[[Callable[[Any], None]], QDialog],
    document: SummitDocument,
    operation: Callable[[Any], Operation],
    saved: Callable[[Operation], None] | None = None,
) -> bool:
    """Run the edit that the values typed into the dialog make_dialog(submit) builds make
    (operation(values)), as one undoable step; a refusal is shown in the dialog, which stays
    open. `saved` hears the operation once it is done. True when the user accepted and
    something changed."""
    changed: list[bool] = []

    def submit(values: Any) -> None:
        step = operation(values)
        changed.append(bool(document.run(step)))
        if saved is not None:
            saved(step)

    accepted = dialogs.run_dialog(make_dialog(submit))
    return accepted and any(changed)


def save_through_dialog(
    make_dialog: Callable[[Callable[[Any], None]], QDialog],
    document: SummitDocument,
    operations: RecordChanges,  # RecordOperations, to create
    undo_text: str | Callable[[Any], str],
    row_id: int | None = None,
    saved: Callable[[int], None] | None = None,
) -> bool:
    """Create a record (no `row_id`) or change one through the dialog that
    make_dialog(submit) builds, as one undoable step named `undo_text` (or named from the
    values typed). `saved` hears the record's id once it is saved, e.g. to select it. True
    when the user accepted and something changed."""

    def operation(values: Any) -> AddRecord | ChangeRecord:
        text = undo_text(values) if callable(undo_text) else undo_text
        if row_id is None:
            return AddRecord(cast(RecordOperations, operations), values, text)
        return ChangeRecord(operations, row_id, values, text)

    def heard(step: Operation) -> None:
        assert isinstance(step, AddRecord | ChangeRecord) and step.row_id is not None
        if saved is not None:
            saved(step.row_id)

    return run_through_dialog(make_dialog, document, operation, heard)


def edit_in_dialog(
    parent: QWidget,
    document: SummitDocument,
    operations: RecordChanges,  # RecordOperations, to create
    title: str,
    fields: Sequence[FieldSpec],
    values: dict[str, Any],
    undo_text: str | Callable[[dict[str, Any]], str],
    row_id: int | None = None,
    saved: Callable[[int], None] | None = None,
) -> bool:
    """save_through_dialog with a RecordDialog of these fields and values."""
    return save_through_dialog(
        lambda submit: RecordDialog(title, fields, values, submit, parent),
        document,
        operations,
        undo_text,
        row_id,
        saved,
    )
