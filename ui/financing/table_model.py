"""The financing requests table and its filter."""

from __future__ import annotations

from planner.financing import RequestRow
from planner.financing.requests import meeting_counts
from planner.money import format_money
from ui.changed_rows import Recount, Via
from ui.colours import ERROR_COLOUR
from ui.i18n import tr
from ui.labels import financing_status_labels, instrument_labels
from ui.record_table_model import Column, ModelFilterProxy, RecordTableModel


def cents(amount) -> int:
    """A whole number Qt can sort (it cannot compare Decimals)."""
    return int(amount * 100) if amount is not None else -1


class RequestTableModel(RecordTableModel):
    (
        CODE,
        TITLE,
        BORROWER,
        LENDER,
        INSTRUMENT,
        SECTOR,
        AMOUNT,
        CONVERTED,
        STATUS,
        ISSUE,
        MEETINGS,
    ) = range(11)
    kind = "financing"
    follows = {
        "delegation": Via(("borrower_id",)),
        "issue": Via(("issue_id",)),
        "meeting": Recount(meeting_counts, lambda row: row.meetings),
    }

    def __init__(self, loader, reporting: str = "USD", parent=None, some=None):
        statuses, instruments = financing_status_labels(), instrument_labels()
        self.reporting = reporting
        columns = [
            Column(tr("Code"), lambda r: r.code),
            Column(tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(tr("Borrower"), lambda r: r.borrower),
            Column(tr("Lender"), lambda r: r.lender),
            Column(tr("Instrument"), lambda r: instruments.get(r.instrument, r.instrument)),
            Column(tr("Sector"), lambda r: r.sector),
            Column(
                tr("Amount"),
                lambda r: format_money(r.amount, r.currency),
                align_right=True,
                sort=lambda r: cents(r.amount),
            ),
            Column(
                tr("In reporting currency"),
                lambda r: (
                    format_money(r.converted, self.reporting)
                    if r.converted is not None
                    else tr("no rate")
                ),
                align_right=True,
                sort=lambda r: cents(r.converted),
                colour=lambda r: ERROR_COLOUR if r.converted is None else None,
                tooltip=lambda r: (
                    tr("No exchange rate for %1: left out of every total.").replace(
                        "%1", r.currency
                    )
                    if r.converted is None
                    else ""
                ),
            ),
            Column(tr("Status"), lambda r: statuses.get(r.status, r.status)),
            Column(tr("Issue"), lambda r: r.issue),
            Column(tr("Meetings"), lambda r: r.meetings, align_right=True),
        ]
        super().__init__(columns, loader, parent, some=some, order=lambda row: row.code)


class RequestFilterProxy(ModelFilterProxy):
    """Filters by borrower, lender, status and instrument, and by words in code, title,
    sector, borrower or lender."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.borrower = self.lender = self.status = self.instrument = None

    def set_filters(self, borrower, lender, status, instrument) -> None:
        self.borrower, self.lender, self.status, self.instrument = (
            borrower,
            lender,
            status,
            instrument,
        )
        self.refilter()

    def search_text(self, row: RequestRow) -> str:
        return f"{row.code} {row.title} {row.sector} {row.borrower} {row.lender}"

    def choosing(self) -> bool:
        return any(
            v is not None for v in (self.borrower, self.lender, self.status, self.instrument)
        )

    def accepts(self, row: RequestRow) -> bool:
        return (
            (self.borrower is None or row.borrower_id == self.borrower)
            and (self.lender is None or row.lender_id == self.lender)
            and (self.status is None or row.status == self.status)
            and (self.instrument is None or row.instrument == self.instrument)
        )
