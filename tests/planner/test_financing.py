"""Financing: Decimal money, conversion, the workflow and its history, envelopes, totals."""

from datetime import date
from decimal import Decimal

import pytest

from db.models import (
    Delegation,
    Envelope,
    ExchangeRate,
    FinancingRequest,
    FinancingStatusChange,
    Lender,
    Meeting,
)
from planner.errors import ValidationError
from planner.financing import (
    FINANCING_OPERATIONS,
    RATE_OPERATIONS,
    Rates,
    envelope_summaries,
    list_requests,
    load_rates,
    stacked,
    totals,
    without_rate,
)
from planner.money import convert, format_money, format_short, parse_amount


def test_amounts_are_parsed_exactly_and_never_from_floats():
    assert parse_amount("1 250 000 000") == Decimal("1250000000")
    assert parse_amount("1,250,000.50") == Decimal("1250000.50")
    assert parse_amount("1500,50") == Decimal("1500.50")
    assert parse_amount(Decimal("0.10")) + parse_amount("0.20") == Decimal("0.30")
    with pytest.raises(TypeError):
        parse_amount(0.1)
    for bad in ("", "-5", "0", "12.345", "ten million"):
        with pytest.raises(ValidationError):
            parse_amount(bad)


def test_conversion_rounds_half_to_even_and_has_no_rate_as_none():
    rates = {"CNY": Decimal("0.1392"), "KZT": Decimal("0.0019")}
    assert convert(Decimal("1000000"), "CNY", rates, "USD") == Decimal("139200.00")
    assert convert(Decimal("0.125"), "USD", rates, "USD") == Decimal("0.12")  # half to even
    assert convert(Decimal("0.135"), "USD", rates, "USD") == Decimal("0.14")
    assert convert(Decimal("100"), "KGS", rates, "USD") is None  # never zero
    assert format_money(Decimal("4000000000"), "USD") == "4 000 000 000 USD"
    assert format_short(Decimal("1250000000"), "USD") == "1.25 bn USD"


def test_the_sample_converts_and_totals_without_floats(sample_summit):
    rows = list_requests()
    assert all(isinstance(r.amount, Decimal) for r in rows)
    assert all(r.converted is None or isinstance(r.converted, Decimal) for r in rows)
    by_borrower = totals(rows, "borrower")
    assert sum(t.amount for t in by_borrower) == sum(r.converted for r in rows if r.converted)
    assert sum(t.count for t in by_borrower) == len(rows)


def test_a_currency_without_a_rate_is_left_out_and_listed(sample_summit):
    cny = next(r for r in list_requests() if r.currency == "CNY")
    plan = RATE_OPERATIONS.plan_removal([ExchangeRate.get(ExchangeRate.currency == "CNY").id])
    RATE_OPERATIONS.remove(plan)
    rows = list_requests()
    assert cny.code in [r.code for r in without_rate(rows)]
    group = next(t for t in totals(rows, "borrower") if cny.code in t.without_rate)
    counted = [r.converted for r in rows if r.borrower == group.key and r.converted is not None]
    assert group.amount == sum(counted)  # the CNY request is not counted as zero
    assert sum(stacked(rows).get(cny.borrower, {}).values()) == group.amount
    RATE_OPERATIONS.restore(plan)
    assert next(r for r in list_requests() if r.code == cny.code).converted is not None


def test_status_workflow_and_history_with_undo(sample_summit):
    request = FinancingRequest.get(FinancingRequest.status == "submitted")
    old, new = FINANCING_OPERATIONS.change(request.id, {"status": "under_review"})
    assert [s for s, _, _ in new["history"]][-2:] == ["submitted", "under_review"]
    with pytest.raises(ValidationError, match="cannot become signed"):
        FINANCING_OPERATIONS.change(request.id, {"status": "signed"})
    FINANCING_OPERATIONS.change(request.id, old)  # undo
    assert FinancingRequest.get_by_id(request.id).status == "submitted"
    assert FinancingStatusChange.select().where(
        FinancingStatusChange.request == request.id
    ).count() == len(old["history"])
    FINANCING_OPERATIONS.change(request.id, {"status": "withdrawn"})  # from any open state
    FINANCING_OPERATIONS.change(request.id, {"status": "draft"})  # taken up again


def test_new_request_is_numbered_has_history_and_links(sample_summit):
    kz = Delegation.get(Delegation.code == "KZ").id
    cdb = Lender.get(Lender.short_name == "CDB").id
    meeting = Meeting.select().first().id
    request_id = FINANCING_OPERATIONS.add(
        {
            "title": "Grain terminal at Khorgos",
            "borrower": kz,
            "lender": cdb,
            "amount": "180 000 000",
            "currency": "usd",
            "meetings": [meeting],
        }
    )
    request = FinancingRequest.get_by_id(request_id)
    assert request.code == "FIN-13" and request.amount == Decimal("180000000")
    assert request.currency == "USD" and request.status == "draft"
    assert [m.meeting_id for m in request.meetings] == [meeting]
    assert [h.status for h in request.history] == ["draft"]
    plan = FINANCING_OPERATIONS.plan_removal([request_id])
    FINANCING_OPERATIONS.remove(plan)
    FINANCING_OPERATIONS.restore(plan)
    assert [h.status for h in FinancingRequest.get_by_id(request_id).history] == ["draft"]


def test_an_envelope_must_be_drawn_from_its_own_lender(sample_summit):
    request = FinancingRequest.get(FinancingRequest.envelope.is_null())
    envelope = Envelope.get()
    if request.lender_id == envelope.lender_id:
        request = FinancingRequest.get(FinancingRequest.lender != envelope.lender)
    with pytest.raises(ValidationError, match="must be asked of that lender"):
        FINANCING_OPERATIONS.change(request.id, {"envelope": envelope.id})


def test_envelope_oversubscription_is_shown(sample_summit):
    rates = load_rates()
    summary = envelope_summaries(list_requests(rates), rates)[0]
    assert summary.announced == Decimal("4000000000") and not summary.oversubscribed
    assert summary.approved <= summary.requested and summary.signed <= summary.approved
    big = FinancingRequest.get(FinancingRequest.envelope == summary.id)
    FINANCING_OPERATIONS.change(big.id, {"amount": "5000000000", "status": big.status})
    after = envelope_summaries(list_requests(rates), rates)[0]
    assert after.oversubscribed and after.left < 0


def test_rates_are_validated(sample_summit):
    with pytest.raises(ValidationError, match="already a rate for CNY"):
        RATE_OPERATIONS.add({"currency": "cny", "rate": "0.14", "as_of": date(2025, 6, 1)})
    with pytest.raises(ValidationError) as raised:
        RATE_OPERATIONS.add({"currency": "XX", "rate": "1", "as_of": date(2025, 6, 1)})
    assert raised.value.field == "currency"
    with pytest.raises(ValidationError) as raised:
        RATE_OPERATIONS.add({"currency": "AED", "rate": "0.2723", "as_of": None})
    assert raised.value.field == "as_of"
    assert Rates("USD", {}).convert(Decimal(7), "USD") == Decimal("7.00")


@pytest.mark.parametrize("text", ["1e9", "1e30", "12,34,5", "1,5000", "9" * 29, "1.5.0"])
def test_odd_or_huge_amounts_are_refused_with_a_sentence(text):
    with pytest.raises(ValidationError):
        parse_amount(text)


def test_rates_refuse_exponents_and_absurd_values():
    from planner.money import parse_rate

    assert parse_rate("0.00195") == Decimal("0.00195")
    for bad in ("1e-7", "1e30", "0", "-1", "2000000"):
        with pytest.raises(ValidationError):
            parse_rate(bad)


def test_short_amounts_move_up_a_unit_when_rounding_reaches_it():
    assert format_short(Decimal("999999999"), "USD") == "1 bn USD"
    assert format_short(Decimal("999995"), "USD") == "1 m USD"


def test_envelopes_in_another_currency_use_unrounded_rates(sample_summit):
    rates = Rates("USD", {"CNY": Decimal("0.1392"), "KZT": Decimal("0.00195")})
    assert rates.between(Decimal("100000000"), "USD", "CNY") == Decimal("718390804.60")
    assert rates.between(Decimal("100000000"), "USD", "KZT") == Decimal("51282051282.05")
    assert rates.between(Decimal("5"), "CNY", "CNY") == Decimal("5")
    assert rates.between(Decimal("5"), "KGS", "USD") is None


def test_a_new_request_starts_as_a_draft_or_submitted(sample_summit):
    kz = Delegation.get(Delegation.code == "KZ").id
    cdb = Lender.get(Lender.short_name == "CDB").id
    with pytest.raises(ValidationError, match="starts as a draft"):
        FINANCING_OPERATIONS.add(
            {
                "title": "Skip ahead",
                "borrower": kz,
                "lender": cdb,
                "amount": "1000",
                "currency": "USD",
                "status": "disbursing",
            }
        )


def test_choices_can_be_limited_to_the_kinds_wanted(sample_summit):
    from planner.financing import choices

    assert set(choices()) == {"borrower", "lender", "issue", "envelope"}
    limited = choices("borrower", "lender")
    assert set(limited) == {"borrower", "lender"}
    assert limited["borrower"] == choices()["borrower"] and len(limited["borrower"]) == 6


def test_a_new_request_form_offers_the_starting_statuses_and_a_draft_loan(sample_summit):
    from planner.financing import new_request_defaults, offered_statuses

    assert offered_statuses(None) == ("draft", "submitted")
    assert offered_statuses("approved") == ("approved", "signed", "rejected", "withdrawn")
    assert new_request_defaults(load_rates()) == {
        "status": "draft",
        "instrument": "loan",
        "currency": "USD",
    }
    assert new_request_defaults(Rates("EUR", {}))["currency"] == "EUR"
    assert new_request_defaults(None)["currency"] == "USD"


def test_a_request_is_edited_with_its_amount_written_out_and_no_history(sample_summit):
    from planner.financing import request_for_editing

    request = FinancingRequest.get()
    FinancingRequest.update(amount=Decimal("0.0000005")).where(
        FinancingRequest.id == request.id
    ).execute()
    values = request_for_editing(request.id)
    assert values["amount"] == "0.0000005"  # str() would give 5E-7
    assert "history" not in values and values["code"] == request.code


def test_a_rate_is_edited_written_out_and_a_new_one_starts_as_of_today(sample_summit):
    from planner.financing import new_rate_defaults, rate_for_editing

    rate = ExchangeRate.get()
    ExchangeRate.update(rate=Decimal("0.0000005")).where(ExchangeRate.id == rate.id).execute()
    assert rate_for_editing(rate.id)["rate"] == "0.0000005"  # str() would give 5E-7
    assert new_rate_defaults() == {"as_of": date.today()}
