"""The Financing and Financing totals sheets: the requests and their sums (internal only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.table import MONEY, Column
from planner.financing import list_requests, load_rates, totals
from planner.labels import financing_status_labels, instrument_labels
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_financing(export: Exporter) -> None:
    if not export.internal:
        return
    rates = load_rates()
    rows = list_requests(rates)
    sheet = export.table(
        tr("Financing"),
        [
            Column(tr("Code"), 10),
            Column(tr("Title"), 40, wrap=True),
            Column(tr("Borrower"), 10),
            Column(tr("Lender"), 12, wrap=True),
            Column(tr("Instrument"), 18),
            Column(tr("Sector"), 16, wrap=True),
            Column(tr("Amount"), 18, MONEY),
            Column(tr("Currency"), 9),
            Column(tr("Amount in %1").replace("%1", rates.reporting), 20, MONEY),
            Column(tr("Status"), 13),
            Column(tr("Issue"), 10),
            Column(tr("Envelope"), 14, wrap=True),
        ],
    )
    instruments, statuses = instrument_labels(), financing_status_labels()
    no_rate = tr("no rate")
    for row in rows:
        sheet.add(
            [
                row.code,
                row.title,
                row.borrower,
                row.lender,
                instruments.get(row.instrument, row.instrument),
                row.sector,
                row.amount,
                row.currency,
                no_rate if row.converted is None else row.converted,
                statuses.get(row.status, row.status),
                row.issue,
                row.envelope,
            ]
        )
    export.count(tr("Financing requests"), trn("%n request", "%n requests", sheet.count))
    summary = export.table(
        tr("Financing totals"),
        [
            Column(tr("By"), 10),
            Column(tr("Group"), 18, wrap=True),
            Column(tr("Requests"), 10, align="center"),
            Column(tr("Total in %1").replace("%1", rates.reporting), 22, MONEY),
            Column(tr("Without a rate"), 24, wrap=True),
        ],
        landscape=False,
    )
    dimensions = {"borrower": tr("Borrower"), "lender": tr("Lender"), "status": tr("Status")}
    for dimension, word in dimensions.items():
        for total in totals(rows, dimension):
            key = statuses.get(total.key, total.key) if dimension == "status" else total.key
            summary.add([word, key, total.count, total.amount, ", ".join(total.without_rate)])
