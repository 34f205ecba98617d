"""The Financing section: requests (filtered), their history, envelopes, totals and a chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import USER_ERRORS
from planner.financing import (
    DIMENSIONS,
    FINANCING_OPERATIONS,
    allowed_statuses,
    choices,
    envelope_summaries,
    fetch_request,
    list_requests,
    load_rates,
    new_request_defaults,
    offered_statuses,
    request_for_editing,
    stacked,
    totals,
    without_rate,
)
from planner.history import Change
from planner.info import summit_info
from planner.money import format_money
from planner.row_versions import unreadable_fields
from planner.timezones import utc_to_local
from ui import dialogs
from ui.colours import MESSAGE_COLOUR
from ui.combo import select_data
from ui.financing.chart import StackedBars
from ui.financing.envelope_bars import EnvelopeBars
from ui.financing.rates_dialog import RatesDialog
from ui.financing.table_model import RequestFilterProxy, RequestTableModel
from ui.i18n import trn
from ui.labels import financing_status_labels, instrument_labels
from ui.local_dates import day_and_time, moment_text
from ui.record_dialog import FieldSpec, edit_in_dialog
from ui.record_pane import RecordPane
from ui.section import Section
from ui.undo_commands import change_record, remove_records

WIDE = 1400  # narrower, the chart and totals go under the requests


class FinancingSection(Section, QWidget):
    watched = ("financing", "rate", "summit", "delegation", "issue", "meeting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rates = None
        self.model = RequestTableModel(self.load, some=self.load_some)
        self.proxy = RequestFilterProxy(self)
        self.pane = RecordPane(
            self.tr("Financing requests"), self.model, RequestTableModel.TITLE, proxy=self.proxy
        )
        self.pane.add_button.setText(self.tr("New Request…"))
        self.borrower_filter, self.lender_filter = QComboBox(), QComboBox()
        self.status_filter, self.instrument_filter = QComboBox(), QComboBox()
        for position, combo in enumerate(
            (self.borrower_filter, self.lender_filter, self.status_filter, self.instrument_filter),
            1,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
            self.pane.bar.insertWidget(position, combo)
        self.status_button = QPushButton(self.tr("Status"))
        self.status_button.setToolTip(self.tr("Move the request along its workflow"))
        self.status_button.clicked.connect(self.show_status_menu)
        self.rates_button = QPushButton(self.tr("Exchange Rates…"))
        self.rates_button.clicked.connect(self.edit_rates)
        self.pane.buttons.insertWidget(3, self.status_button)
        self.pane.buttons.addWidget(self.rates_button)
        self.warning = QLabel()
        self.warning.setObjectName("noRateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {MESSAGE_COLOUR}; font-weight: bold;")

        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("Note")])
        self.history.setRootIsDecorated(False)
        self.envelopes = EnvelopeBars()
        envelopes_page = QScrollArea()
        envelopes_page.setWidgetResizable(True)
        envelopes_page.setWidget(self.envelopes)
        self.totals_by = QComboBox()
        for dimension in DIMENSIONS:
            self.totals_by.addItem(self.tr("By %1").replace("%1", dimension), dimension)
        self.totals_by.currentIndexChanged.connect(self.show_summaries)
        self.totals = QTreeWidget()
        self.totals.setHeaderLabels([self.tr("Group"), self.tr("Requests"), self.tr("Total")])
        self.totals.setRootIsDecorated(False)
        totals_page = QWidget()
        totals_layout = QVBoxLayout(totals_page)
        totals_layout.addWidget(self.totals_by)
        totals_layout.addWidget(self.totals)
        self.grand_total = QLabel()
        self.grand_total.setObjectName("grandTotal")
        self.grand_total.setWordWrap(True)
        totals_layout.addWidget(self.grand_total)
        self.chart = StackedBars()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.tabs.addTab(totals_page, self.tr("Totals"))
        self.tabs.addTab(envelopes_page, self.tr("Envelopes"))
        self.tabs.addTab(self.history, self.tr("History"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pane)
        left_layout.addWidget(self.warning)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.tabs)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([900, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split)
        self.pane.add_requested.connect(self.new_request)
        self.pane.edit_requested.connect(self.edit_request)
        self.pane.delete_requested.connect(self.delete_requests)
        self.pane.selection_changed.connect(self.show_history)
        self.pane.filter_edit.textChanged.connect(self.show_summaries)  # after the proxy

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Chart and totals beside the requests where there is width for both, under them on
        a laptop, so that every column of the requests stays in view."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Horizontal if self.width() >= WIDE else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            across = self.width() if wanted == Qt.Orientation.Horizontal else self.height()
            self.split.setSizes([across * 3 // 5, across * 2 // 5])

    def load(self):
        if self.document is None:
            return []
        self.rates = load_rates()
        self.model.reporting = self.rates.reporting
        return list_requests(self.rates)

    def load_some(self, ids):
        """Some requests, converted with the rates of the last whole load (a change of the
        rates or the reporting currency reloads everything)."""
        return list_requests(self.rates, ids) if self.rates is not None else []

    def clear(self) -> None:
        self.model.clear()

    def set_editable(self, editable: bool) -> None:
        self.pane.set_editable(editable)
        self.status_button.setEnabled(editable)
        self.rates_button.setEnabled(editable)

    def reload(self) -> None:
        self.fill_filters()
        self.pane.reload()
        self.show_summaries()
        self.show_history()

    def record_panes(self) -> list[RecordPane]:
        return [self.pane]

    def after_change(self, change: Change) -> None:
        if change.touches(("delegation",)):  # the borrowers offered
            self.fill_filters()
        self.show_summaries()
        self.show_history()

    def fill_filters(self) -> None:
        offered = choices("borrower", "lender")
        entries = (
            (self.borrower_filter, self.tr("All borrowers"), offered["borrower"]),
            (self.lender_filter, self.tr("All lenders"), offered["lender"]),
            (
                self.status_filter,
                self.tr("All statuses"),
                [(str(k), v) for k, v in financing_status_labels().items()],
            ),
            (
                self.instrument_filter,
                self.tr("All instruments"),
                [(str(k), v) for k, v in instrument_labels().items()],
            ),
        )
        for combo, everything, items in entries:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for data, text in items:
                combo.addItem(text.split(" — ")[0], data)
            select_data(combo, chosen)
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            self.borrower_filter.currentData(),
            self.lender_filter.currentData(),
            self.status_filter.currentData(),
            self.instrument_filter.currentData(),
        )
        self.show_summaries()

    # The right-hand side

    def show_summaries(self, *_args) -> None:
        """Totals, chart and warnings of the requests the filters show."""
        if self.document is None or self.rates is None:
            return
        rows = self.model.rows  # the requests the filters show
        currency = self.rates.reporting
        missing = without_rate(rows)
        if missing:
            listed = ", ".join(f"{r.code} ({r.currency})" for r in missing)
            self.warning.setText(
                self.tr(
                    "No exchange rate for %1: left out of the totals and the "
                    "chart. Add the rates under Exchange Rates."
                ).replace("%1", listed)
            )
        self.warning.setVisible(bool(missing))
        self.chart.set_data(stacked(rows), currency)
        self.totals.clear()
        labels = {**financing_status_labels(), **instrument_labels()}
        for total in totals(rows, self.totals_by.currentData()):
            counted = total.count > len(total.without_rate)
            amount = format_money(total.amount, currency) if counted else "—"
            if total.without_rate:
                amount += self.tr(" (+%1 without rate)").replace("%1", str(len(total.without_rate)))
            item = QTreeWidgetItem([labels.get(total.key, total.key), str(total.count), amount])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.totals.addTopLevelItem(item)
        for column in range(3):
            self.totals.resizeColumnToContents(column)
        self.envelopes.set_summaries(envelope_summaries(self.model.all_rows, self.rates))
        self.show_grand_total(rows, currency)

    def show_grand_total(self, rows, currency: str) -> None:
        """Under Totals: every request the filters show, whatever the grouping."""
        counted = [r for r in rows if r.converted is not None]
        amount = format_money(sum((r.converted for r in counted), Decimal(0)), currency)
        if len(counted) < len(rows):
            amount += self.tr(" (+%1 without rate)").replace("%1", str(len(rows) - len(counted)))
        self.grand_total.setText(
            "<b>"
            + trn(
                "Total of the %n request shown: %1", "Total of the %n requests shown: %1", len(rows)
            ).replace("%1", amount)
            + "</b>"
        )

    def selected_id(self) -> int | None:
        ids = self.pane.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def show_history(self, *_args) -> None:
        """The selected request's status changes, newest first, in the summit's time."""
        self.history.clear()
        request_id = self.selected_id()
        self.status_button.setEnabled(request_id is not None and self.pane.editable)
        if request_id is None:
            self.history_hint(self.tr("Select one request to see when its status changed."))
            return
        try:
            history = fetch_request(request_id)["history"]
            zone_name = summit_info().timezone
        except USER_ERRORS:
            return
        self.history.setHeaderLabels(
            [self.tr("When (%1)").replace("%1", zone_name), self.tr("Status"), self.tr("Note")]
        )
        if not history:
            self.history_hint(self.tr("No status change yet."))
        labels = financing_status_labels()
        for status, when, note in reversed(history):
            local = utc_to_local(when, zone_name)
            self.history.addTopLevelItem(
                QTreeWidgetItem([moment_text(local), labels.get(status, status), note])
            )
        for column in range(2):
            self.history.resizeColumnToContents(column)

    def history_hint(self, text: str) -> None:
        hint = QTreeWidgetItem([text])
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.history.addTopLevelItem(hint)
        hint.setFirstColumnSpanned(True)

    # Editing

    def fields(self, status: str | None) -> list[FieldSpec]:
        offered = choices()
        statuses = financing_status_labels()
        allowed = offered_statuses(status)
        meetings = [
            (m.id, f"{day_and_time(m.start)}  {m.title}")
            for m in (self.monitor.overview.rows if self.monitor else [])
        ]
        return [
            FieldSpec("code", self.tr("Code"), placeholder=self.tr("left empty: the next number")),
            FieldSpec("title", self.tr("Title")),
            FieldSpec("borrower", self.tr("Borrower"), "choice", offered["borrower"]),
            FieldSpec("lender", self.tr("Lender"), "choice", offered["lender"]),
            FieldSpec(
                "instrument",
                self.tr("Instrument"),
                "choice",
                [(str(k), v) for k, v in instrument_labels().items()],
            ),
            FieldSpec("sector", self.tr("Sector")),
            FieldSpec("amount", self.tr("Amount"), placeholder="250 000 000"),
            FieldSpec("currency", self.tr("Currency"), placeholder="USD"),
            FieldSpec(
                "status", self.tr("Status"), "choice", [(str(s), statuses[s]) for s in allowed]
            ),
            FieldSpec("issue", self.tr("Agenda issue"), "choice", offered["issue"]),
            FieldSpec("envelope", self.tr("Draws on envelope"), "choice", offered["envelope"]),
            FieldSpec("meetings", self.tr("Raised at"), "multi-choice", meetings),
            FieldSpec(
                "notes",
                self.tr("Notes"),
                kind="multiline",
                unreadable="notes" in unreadable_fields("financing_request"),
            ),
        ]

    def new_request(self) -> None:
        if not self.editable():
            return
        edit_in_dialog(
            self,
            self.document,
            FINANCING_OPERATIONS,
            self.tr("New Financing Request"),
            self.fields(None),
            new_request_defaults(self.rates),
            self.tr("New Request"),
            saved=self.pane.select_id,
        )

    def edit_request(self, request_id: int) -> None:
        if not self.editable():
            return
        try:
            values = request_for_editing(request_id)
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Edit"), str(error))
            return
        edit_in_dialog(
            self,
            self.document,
            FINANCING_OPERATIONS,
            self.tr("Edit Financing Request"),
            self.fields(values["status"]),
            values,
            lambda typed: self.tr("Edit Request %1").replace("%1", str(typed.get("code") or "")),
            row_id=request_id,
        )

    def delete_requests(self, ids: list[int]) -> None:
        if not self.editable() or not ids:
            return
        plan = FINANCING_OPERATIONS.plan_removal(ids)
        codes = ", ".join(row["code"] for row in plan.removed.get(plan.model, []))
        if not dialogs.confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete %1?").replace("%1", codes),
            self.tr("Its history goes with it. You can undo this."),
        ):
            return
        remove_records(
            self.document, FINANCING_OPERATIONS, plan, self.tr("Delete %1").replace("%1", codes)
        )

    def set_status(self, request_id: int, status: str) -> None:
        label = financing_status_labels().get(status, status)
        try:
            change_record(
                self.document,
                FINANCING_OPERATIONS,
                request_id,
                {"status": status},
                self.tr("Mark as %1").replace("%1", label),
            )
        except USER_ERRORS as error:
            dialogs.show_error(self, self.tr("Cannot Change the Status"), str(error))

    def show_status_menu(self) -> None:
        request_id = self.selected_id()
        if request_id is None:
            return
        current = next(r.status for r in self.model.all_rows if r.id == request_id)
        menu = QMenu(self)
        labels = financing_status_labels()
        for status in allowed_statuses(current)[1:]:
            menu.addAction(labels[status], lambda s=str(status): self.set_status(request_id, s))
        menu.popup(self.status_button.mapToGlobal(self.status_button.rect().bottomLeft()))

    def edit_rates(self) -> None:
        if not self.editable():
            return
        dialog = RatesDialog(self.document, self.rates.reporting if self.rates else "", self)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
