"""Financing requests: their workflow, validation, history, listing and undoable editing."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from db.models import (
    AgendaIssue,
    Delegation,
    Envelope,
    FinancingMeeting,
    FinancingRequest,
    FinancingStatusChange,
    Lender,
    Meeting,
)
from planner import records
from planner.errors import ValidationError
from planner.financing.rates import Rates, load_rates
from planner.money import check_currency, parse_amount
from planner.records import DeletionPlan, RecordOperations, Row
from planner.translation import tr
from planner.vocabulary import FinancingStatus, Instrument

S = FinancingStatus
NEXT_STATUSES: dict[FinancingStatus, tuple[FinancingStatus, ...]] = {
    S.DRAFT: (S.SUBMITTED, S.WITHDRAWN),
    S.SUBMITTED: (S.UNDER_REVIEW, S.REJECTED, S.WITHDRAWN),
    S.UNDER_REVIEW: (S.APPROVED, S.REJECTED, S.WITHDRAWN),
    S.APPROVED: (S.SIGNED, S.REJECTED, S.WITHDRAWN),
    S.SIGNED: (S.DISBURSING, S.REJECTED, S.WITHDRAWN),
    S.DISBURSING: (),
    S.REJECTED: (S.DRAFT,),
    S.WITHDRAWN: (S.DRAFT,),
}
"""Forward through the workflow; rejected or withdrawn from any open state; a rejected or
withdrawn request may be taken up again as a new draft."""

STARTING = (S.DRAFT, S.SUBMITTED)
REQUESTED = (S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED, S.SIGNED, S.DISBURSING)
APPROVED = (S.APPROVED, S.SIGNED, S.DISBURSING)
SIGNED = (S.SIGNED, S.DISBURSING)
CODE = re.compile(r"^[A-Z][A-Z0-9]{0,9}-\d{1,4}$")


def allowed_statuses(current: str) -> tuple[FinancingStatus, ...]:
    status = FinancingStatus(current)
    return (status, *NEXT_STATUSES[status])


def offered_statuses(current: str | None) -> tuple[FinancingStatus, ...]:
    """The statuses a request may be given: a new one (None) starts as a draft or as
    submitted; an existing one stays or moves on along its workflow."""
    return STARTING if current is None else allowed_statuses(current)


def new_request_defaults(rates: Rates | None) -> Row:
    """What a new request's form starts with: a draft loan in the reporting currency."""
    return {
        "status": S.DRAFT.value,
        "instrument": Instrument.LOAN.value,
        "currency": rates.reporting if rates else "USD",
    }


def check_transition(current: str, target: str) -> None:
    if FinancingStatus(target) not in allowed_statuses(current):
        allowed = ", ".join(s.value.replace("_", " ") for s in NEXT_STATUSES[S(current)])
        if allowed:
            text = tr("A {current} request cannot become {target}; it can become {allowed}.")
        else:
            text = tr("A {current} request cannot become {target}; it is final.")
        raise ValidationError(
            "status",
            text.format(
                current=current.replace("_", " "),
                target=target.replace("_", " "),
                allowed=allowed,
            ),
        )


@dataclass(frozen=True)
class RequestRow:
    id: int
    code: str
    title: str
    borrower_id: int
    borrower: str
    lender_id: int
    lender: str
    instrument: str
    sector: str
    amount: Decimal
    currency: str
    converted: Decimal | None  # in the reporting currency; None when there is no rate
    status: str
    issue_id: int | None
    issue: str
    envelope_id: int | None
    envelope: str
    meetings: int


def meeting_counts(ids: Collection[int] | None = None) -> dict[int, int]:
    """How many meetings each request is raised at (requests raised at none are left out)."""
    query = FinancingMeeting.select(FinancingMeeting.request, fn.COUNT(FinancingMeeting.id))
    if ids is not None:
        query = query.where(FinancingMeeting.request.in_(list(ids)))
    return dict(query.group_by(FinancingMeeting.request).tuples())


def list_requests(
    rates: Rates | None = None, ids: Collection[int] | None = None
) -> list[RequestRow]:
    """Every request (or those of these ids that exist), by code."""
    rates = rates or load_rates()
    codes = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    lenders = dict(Lender.select(Lender.id, Lender.short_name).tuples())
    asked = FinancingRequest.select(FinancingRequest.issue)  # not all 50,000 issues' codes
    if ids is not None:
        asked = asked.where(FinancingRequest.id.in_(list(ids)))
    issues = dict(
        AgendaIssue.select(AgendaIssue.id, AgendaIssue.code)
        .where(AgendaIssue.id.in_(asked))
        .tuples()
    )
    envelopes = dict(Envelope.select(Envelope.id, Envelope.name).tuples())
    meetings = meeting_counts(ids)
    query = FinancingRequest.select(
        FinancingRequest.id,
        FinancingRequest.code,
        FinancingRequest.title,
        FinancingRequest.borrower,
        FinancingRequest.lender,
        FinancingRequest.instrument,
        FinancingRequest.sector,
        FinancingRequest.amount,
        FinancingRequest.currency,
        FinancingRequest.status,
        FinancingRequest.issue,
        FinancingRequest.envelope,
    ).order_by(FinancingRequest.code)
    if ids is not None:
        query = query.where(FinancingRequest.id.in_(list(ids)))
    return [
        RequestRow(
            request,
            code,
            title,
            borrower,
            codes.get(borrower, "?"),
            lender,
            lenders.get(lender, "?"),
            instrument,
            sector,
            amount,
            currency,
            rates.convert(amount, currency),
            status,
            issue,
            issues.get(issue, ""),
            envelope,
            envelopes.get(envelope, ""),
            meetings.get(request, 0),
        )
        # plain tuples: making 10,000 model objects would cost more than the query
        for (
            request,
            code,
            title,
            borrower,
            lender,
            instrument,
            sector,
            amount,
            currency,
            status,
            issue,
            envelope,
        ) in query.tuples()
    ]


def propose_code() -> str:
    numbers = [
        int(code.split("-")[1])
        for (code,) in FinancingRequest.select(FinancingRequest.code).tuples()
        if CODE.match(code) and code.startswith("FIN-")
    ]
    return f"FIN-{max(numbers, default=0) + 1:02d}"


def validate_request(values: Row, row_id: int | None = None) -> Row:
    """Check and normalise a request's fields; raise ValidationError naming the field."""
    title = str(values.get("title") or "").strip()
    if not title:
        raise ValidationError("title", tr("The request has no title; type one."))
    code = str(values.get("code") or "").strip().upper() or propose_code()
    if not CODE.match(code):
        raise ValidationError(
            "code", tr("“{code}” is not a request code; use e.g. FIN-07.").format(code=code)
        )
    taken = FinancingRequest.select().where(fn.UPPER(FinancingRequest.code) == code)
    if row_id is not None:
        taken = taken.where(FinancingRequest.id != row_id)
    if taken.exists():
        raise ValidationError(
            "code", tr("Another request already has the code {code}.").format(code=code)
        )
    borrower = values.get("borrower")
    if borrower is None or not Delegation.select().where(Delegation.id == borrower).exists():
        raise ValidationError("borrower", tr("Choose the delegation that asks (the borrower)."))
    lender = values.get("lender")
    if lender is None or not Lender.select().where(Lender.id == lender).exists():
        raise ValidationError("lender", tr("Choose who is asked (the lender)."))
    try:
        instrument = Instrument(values.get("instrument") or Instrument.LOAN).value
    except ValueError as error:
        raise ValidationError("instrument", tr("Choose an instrument.")) from error
    amount = parse_amount(values.get("amount"))
    currency = check_currency(values.get("currency"))
    try:
        status = FinancingStatus(values.get("status") or S.DRAFT).value
    except ValueError as error:
        raise ValidationError("status", tr("Choose a status.")) from error
    issue = values.get("issue")
    if issue is not None and not AgendaIssue.select().where(AgendaIssue.id == issue).exists():
        raise ValidationError("issue", tr("The agenda issue no longer exists."))
    envelope = values.get("envelope")
    if envelope is not None:
        found = Envelope.get_or_none(Envelope.id == envelope)
        if found is None:
            raise ValidationError("envelope", tr("The envelope no longer exists."))
        if found.lender_id != lender:
            raise ValidationError(
                "envelope",
                tr(
                    "The envelope {name} is the lender {short_name}'s; a request "
                    "drawing on it must be asked of that lender."
                ).format(name=found.name, short_name=found.lender.short_name),
            )
    meeting_ids = sorted({int(m) for m in values.get("meetings") or ()})
    if meeting_ids and Meeting.select().where(Meeting.id.in_(meeting_ids)).count() != len(
        meeting_ids
    ):
        raise ValidationError("meetings", tr("A chosen meeting no longer exists."))
    return {
        "code": code,
        "title": title,
        "borrower": int(borrower),
        "lender": int(lender),
        "instrument": instrument,
        "sector": str(values.get("sector") or "").strip(),
        "amount": amount,
        "currency": currency,
        "status": status,
        "issue": issue,
        "envelope": envelope,
        "notes": str(values.get("notes") or "").strip(),
        "meetings": tuple(meeting_ids),
    }


FIELDS = (
    "code",
    "title",
    "borrower",
    "lender",
    "instrument",
    "sector",
    "amount",
    "currency",
    "status",
    "issue",
    "envelope",
    "notes",
)


def fetch_request(request_id: int) -> Row:
    """A request's fields, its meetings and its history: the state undo keeps."""
    row = records.fetch(FinancingRequest, request_id)
    state = {name: row[name] for name in FIELDS}
    state["meetings"] = tuple(
        sorted(
            m
            for (m,) in FinancingMeeting.select(FinancingMeeting.meeting)
            .where(FinancingMeeting.request == request_id)
            .tuples()
        )
    )
    state["history"] = history_of(request_id)
    return state


def history_of(request_id: int) -> tuple[tuple[str, datetime, str], ...]:
    """(status, when, note), oldest first."""
    return tuple(
        FinancingStatusChange.select(
            FinancingStatusChange.status,
            FinancingStatusChange.changed_at,
            FinancingStatusChange.note,
        )
        .where(FinancingStatusChange.request == request_id)
        .order_by(FinancingStatusChange.changed_at, FinancingStatusChange.id)
        .tuples()
    )


def request_for_editing(request_id: int) -> Row:
    """A request's fields as its form shows them: the amount written out in full (never in
    exponent notation), the history left out (a form does not edit it)."""
    values = fetch_request(request_id)
    values.pop("history")
    values["amount"] = f"{values['amount']:f}"
    return values


def write_request(
    request_id: int | None, clean: Row, history: Iterable[tuple[str, datetime, str]]
) -> int:
    fields = {name: clean[name] for name in FIELDS}
    if request_id is None:
        request_id = FinancingRequest.insert(fields).execute()
    else:
        FinancingRequest.update(fields).where(FinancingRequest.id == request_id).execute()
    FinancingMeeting.delete().where(FinancingMeeting.request == request_id).execute()
    if clean["meetings"]:
        FinancingMeeting.insert_many(
            [{"request": request_id, "meeting": m} for m in clean["meetings"]]
        ).execute()
    FinancingStatusChange.delete().where(FinancingStatusChange.request == request_id).execute()
    FinancingStatusChange.insert_many(
        [
            {"request": request_id, "status": s, "changed_at": when, "note": note}
            for s, when, note in history
        ]
    ).execute()
    return request_id


class FinancingOperations(RecordOperations):
    """Undoable editing of financing requests (see records.RecordOperations).

    A status change is checked against the workflow and adds a dated step to the history;
    undo puts back the whole previous state, history included.
    """

    kind = "financing"

    def add(self, values: Row) -> int:
        clean = validate_request(values)
        if clean["status"] not in STARTING:
            raise ValidationError(
                "status",
                tr("A new request starts as a draft or as submitted; move it on from there."),
            )
        history = ((clean["status"], datetime.now(UTC), "created"),)
        with records.writing("The request"):
            return write_request(None, clean, history)

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        before = fetch_request(row_id)
        merged = {**before, **values}
        clean = validate_request(merged, row_id)
        if "history" in values:  # putting back a stored state (undo, redo)
            history = tuple(values["history"])
        else:
            history = before["history"]
            if clean["status"] != before["status"]:
                check_transition(before["status"], clean["status"])
                note = str(values.get("status_note") or "")
                history = (*history, (clean["status"], datetime.now(UTC), note))
        after = {
            **{name: clean[name] for name in FIELDS},
            "meetings": clean["meetings"],
            "history": history,
        }
        if after == before:
            return None
        with records.writing("The request"):
            write_request(row_id, clean, history)
        return before, fetch_request(row_id)

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(FinancingRequest, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


FINANCING_OPERATIONS = FinancingOperations()


def choices(*wanted: str) -> dict[str, list[tuple[Any, str]]]:
    """What the request dialog offers: delegations, lenders, issues, envelopes (only the
    kinds wanted, when named). Plain tuples: a large summit has 50,000 issues, and making
    each a model object would take seconds."""
    offered: dict[str, Callable[[], list[tuple[Any, str]]]] = {
        "borrower": lambda: [
            (d, f"{code} — {name}")
            for d, code, name in Delegation.select(Delegation.id, Delegation.code, Delegation.name)
            .order_by(Delegation.precedence, Delegation.code)
            .tuples()
        ],
        "lender": lambda: [
            (le, f"{short} — {name}")
            for le, short, name in Lender.select(Lender.id, Lender.short_name, Lender.name)
            .order_by(Lender.short_name)
            .tuples()
        ],
        "issue": lambda: (
            [(None, "—")]
            + [
                (i, f"{code} — {title}")
                for i, code, title in AgendaIssue.select(
                    AgendaIssue.id, AgendaIssue.code, AgendaIssue.title
                )
                .order_by(AgendaIssue.code)
                .tuples()
            ]
        ),
        "envelope": lambda: (
            [(None, "—")]
            + [
                (e.id, f"{e.name} ({e.currency})")
                for e in Envelope.select().order_by(Envelope.name)
            ]
        ),
    }
    return {kind: make() for kind, make in offered.items() if not wanted or kind in wanted}
