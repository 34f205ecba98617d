"""The Financing and Financing totals sheets: the requests and their sums."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.table import MONEY, Column
from planner.financing import list_requests, load_rates, totals

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_financing(export: Exporter) -> None:
    rates = load_rates()
    rows = list_requests(rates)
    sheet = export.table(
        "Financing",
        [
            Column("Code", 9),
            Column("Title", 44, wrap=True),
            Column("Borrower", 9),
            Column("Lender", 10),
            Column("Instrument", 17),
            Column("Sector", 16),
            Column("Amount", 18, MONEY),
            Column("Currency", 9),
            Column(f"Amount in {rates.reporting}", 20, MONEY),
            Column("Status", 13),
            Column("Issue", 9),
            Column("Envelope", 12),
        ],
    )
    for row in rows:
        sheet.add(
            [
                row.code,
                row.title,
                row.borrower,
                row.lender,
                row.instrument,
                row.sector,
                row.amount,
                row.currency,
                "no rate" if row.converted is None else row.converted,
                row.status,
                row.issue,
                row.envelope,
            ]
        )
    summary = export.table(
        "Financing totals",
        [
            Column("By", 10),
            Column("Group", 16),
            Column("Requests", 10),
            Column(f"Total in {rates.reporting}", 22, MONEY),
            Column("Without a rate", 24),
        ],
        landscape=False,
    )
    for dimension in ("borrower", "lender", "status"):
        for total in totals(rows, dimension):
            summary.add(
                [
                    dimension,
                    total.key,
                    total.count,
                    total.amount,
                    ", ".join(total.without_rate),
                ]
            )
