"""Financing summaries: converted totals by a dimension, the chart's stacks, envelope use."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from db.models import Envelope, Lender
from planner.errors import PlannerError
from planner.financing.rates import CENT, Rates
from planner.financing.requests import APPROVED, REQUESTED, SIGNED, RequestRow
from planner.translation import tr


@dataclass
class Total:
    key: str
    amount: Decimal = Decimal(0)
    count: int = 0
    without_rate: list[str] = field(default_factory=list)  # codes left out of the amount


DIMENSIONS = ("borrower", "lender", "sector", "instrument", "status")


def totals(rows: list[RequestRow], by: str) -> list[Total]:
    """Converted totals per borrower, lender, sector, instrument or status, largest first;
    requests with no rate are listed, never counted as zero."""
    if by not in DIMENSIONS:
        raise PlannerError(tr("Totals cannot be made by {by}.").format(by=by))
    groups: dict[str, Total] = {}
    for row in rows:
        key = str(getattr(row, by) or "—")
        total = groups.setdefault(key, Total(key))
        total.count += 1
        if row.converted is None:
            total.without_rate.append(row.code)
        else:
            total.amount += row.converted
    return sorted(groups.values(), key=lambda t: (-t.amount, t.key))


def without_rate(rows: list[RequestRow]) -> list[RequestRow]:
    return [row for row in rows if row.converted is None]


def stacked(rows: list[RequestRow]) -> dict[str, dict[str, Decimal]]:
    """For the chart: borrower -> status -> converted amount (requests with no rate left out)."""
    result: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for row in rows:
        if row.converted is not None:
            result[row.borrower][row.status] += row.converted
    return {borrower: dict(statuses) for borrower, statuses in result.items()}


@dataclass(frozen=True)
class EnvelopeSummary:
    id: int
    name: str
    lender: str
    currency: str
    announced: Decimal
    requested: Decimal  # submitted or further along, not rejected or withdrawn
    approved: Decimal
    signed: Decimal
    without_rate: tuple[str, ...]
    requests: tuple[str, ...] = ()  # the codes of the requests counted, largest first

    @property
    def left(self) -> Decimal:
        return self.announced - self.requested

    @property
    def oversubscribed(self) -> bool:
        return self.requested > self.announced


def envelope_summaries(rows: list[RequestRow], rates: Rates) -> list[EnvelopeSummary]:
    """Announced against requested, approved and signed, in each envelope's own currency."""
    summaries = []
    drawing: dict[int, list[RequestRow]] = {}  # the requests on each envelope, in one pass
    for row in rows:
        if row.envelope_id is not None and row.status in REQUESTED:
            drawing.setdefault(row.envelope_id, []).append(row)
    for envelope in Envelope.select(Envelope, Lender).join(Lender).order_by(Envelope.name):
        sums = {"requested": Decimal(0), "approved": Decimal(0), "signed": Decimal(0)}
        missing = []
        counted: list[tuple[Decimal, str]] = []
        for row in drawing.get(envelope.id, []):
            amount = rates.between(row.amount, row.currency, envelope.currency)
            if amount is None:
                missing.append(row.code)
                continue
            sums["requested"] += amount
            counted.append((amount, row.code))
            if row.status in APPROVED:
                sums["approved"] += amount
            if row.status in SIGNED:
                sums["signed"] += amount
        summaries.append(
            EnvelopeSummary(
                envelope.id,
                envelope.name,
                envelope.lender.short_name,
                envelope.currency,
                envelope.amount,
                sums["requested"].quantize(CENT),
                sums["approved"].quantize(CENT),
                sums["signed"].quantize(CENT),
                tuple(missing),
                tuple(code for _amount, code in sorted(counted, key=lambda c: (-c[0], c[1]))),
            )
        )
    return summaries
