"""Exchange rates to the summit's reporting currency: conversion, and their undoable editing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from db.models import ExchangeRate, Summit
from planner import records
from planner.errors import ValidationError
from planner.money import check_currency, convert, parse_rate
from planner.records import DeletionPlan, RecordOperations, Row
from planner.translation import tr

CENT = Decimal("0.01")  # converted and summed amounts are kept to the cent


@dataclass(frozen=True)
class Rates:
    reporting: str
    rates: dict[str, Decimal]

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        return convert(amount, currency, self.rates, self.reporting)

    def rate(self, currency: str) -> Decimal | None:
        return Decimal(1) if currency == self.reporting else self.rates.get(currency)

    def between(self, amount: Decimal, source: str, target: str) -> Decimal | None:
        """An amount from one currency into another through the reporting currency, with
        the rates unrounded and one rounding at the end; None without both rates."""
        if source == target:
            return amount
        there, here = self.rate(source), self.rate(target)
        if there is None or not here:
            return None
        return (amount * there / here).quantize(CENT)


def load_rates() -> Rates:
    summit = Summit.get()
    return Rates(
        summit.reporting_currency,
        {r.currency: r.rate for r in ExchangeRate.select()},
    )


def validate_rate(values: Row, row_id: int | None = None) -> Row:
    currency = check_currency(values.get("currency"))
    taken = ExchangeRate.select().where(ExchangeRate.currency == currency)
    if row_id is not None:
        taken = taken.where(ExchangeRate.id != row_id)
    if taken.exists():
        raise ValidationError(
            "currency", tr("There is already a rate for {currency}.").format(currency=currency)
        )
    rate = parse_rate(values.get("rate"))
    as_of = values.get("as_of")
    if not isinstance(as_of, date):
        raise ValidationError("as_of", tr("Give the date the rate is valid for."))
    return {"currency": currency, "rate": rate, "as_of": as_of}


class RateOperations(RecordOperations):
    """Undoable editing of the exchange rates to the reporting currency."""

    kind = "rate"

    def add(self, values: Row) -> int:
        return records.create(ExchangeRate, validate_rate(values))

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        current = records.fetch(ExchangeRate, row_id)
        cleaned = validate_rate({**current, **values}, row_id)
        changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
        if not changed:
            return None
        return records.update(ExchangeRate, row_id, changed), changed

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(ExchangeRate, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


RATE_OPERATIONS = RateOperations()


@dataclass(frozen=True)
class RateRow:
    id: int
    currency: str
    rate: Decimal
    as_of: date


def list_rates() -> list[RateRow]:
    return [
        RateRow(r.id, r.currency, r.rate, r.as_of)
        for r in ExchangeRate.select().order_by(ExchangeRate.currency)
    ]


def fetch_rate(rate_id: int) -> Row:
    return records.fetch(ExchangeRate, rate_id)


def rate_for_editing(rate_id: int) -> Row:
    """A rate's fields as its form shows them: the rate written out in full (never in
    exponent notation)."""
    values = fetch_rate(rate_id)
    values["rate"] = f"{values['rate']:f}"
    return values


def new_rate_defaults() -> Row:
    """What a new rate's form starts with: valid as of today."""
    return {"as_of": date.today()}
