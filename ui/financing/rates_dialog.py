"""The exchange rates kept in the summit file: currency, rate to the reporting currency,
as-of date."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.errors import USER_ERRORS
from planner.financing import RATE_OPERATIONS, list_rates, new_rate_defaults, rate_for_editing
from ui import dialogs
from ui.document import SummitDocument
from ui.i18n import tr
from ui.local_dates import date_text
from ui.record_dialog import FieldSpec, edit_in_dialog
from ui.record_pane import RecordPane
from ui.record_table_model import Column, RecordTableModel
from ui.undo_commands import remove_records


class RateTableModel(RecordTableModel):
    CURRENCY, RATE, AS_OF = range(3)

    def __init__(self, parent=None):
        columns = [
            Column(tr("Currency"), lambda r: r.currency),
            Column(
                tr("Rate"),
                lambda r: f"{r.rate:f}",
                align_right=True,
                sort=lambda r: int(r.rate * 10**9),
            ),
            Column(
                tr("As of"),
                lambda r: date_text(r.as_of),
                sort=lambda r: r.as_of.toordinal(),
            ),
        ]
        super().__init__(columns, list_rates, parent)


class RatesDialog(QDialog):
    def __init__(self, document: SummitDocument, reporting: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange Rates"))
        self.document = document
        self.pane = RecordPane(self.tr("Rates"), RateTableModel(self), RateTableModel.CURRENCY)
        self.pane.add_requested.connect(self.add)
        self.pane.edit_requested.connect(self.edit)
        self.pane.delete_requested.connect(self.delete)
        note = QLabel(
            self.tr(
                "How much one unit of each currency is worth in %1. Requests in a "
                "currency without a rate are left out of totals."
            ).replace("%1", reporting)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.pane)
        layout.addWidget(buttons)
        self.pane.reload()
        self.resize(460, 380)

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("currency", self.tr("Currency"), placeholder="CNY"),
            FieldSpec("rate", self.tr("Rate"), placeholder="0.1392"),
            FieldSpec("as_of", self.tr("As of"), kind="date"),
        ]

    def add(self) -> None:
        edit_in_dialog(
            self,
            self.document,
            RATE_OPERATIONS,
            self.tr("New Rate"),
            self.fields(),
            new_rate_defaults(),
            self.tr("Add Rate"),
            saved=self.show_saved,
        )

    def edit(self, rate_id: int) -> None:
        edit_in_dialog(
            self,
            self.document,
            RATE_OPERATIONS,
            self.tr("Edit Rate"),
            self.fields(),
            rate_for_editing(rate_id),
            self.tr("Edit Rate"),
            row_id=rate_id,
            saved=self.show_saved,
        )

    def show_saved(self, rate_id: int) -> None:
        self.pane.reload()
        self.pane.select_id(rate_id)

    def delete(self, ids: list[int]) -> None:
        try:
            plan = RATE_OPERATIONS.plan_removal(ids)
            remove_records(self.document, RATE_OPERATIONS, plan, self.tr("Delete Rate"))
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Delete"), str(error))
        self.pane.reload()
