"""The schema makes wrong data impossible, whatever code writes it."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from peewee import IntegrityError

from db.models import (
    AgendaIssue,
    Delegation,
    FinancingRequest,
    Lender,
    Meeting,
    MeetingDelegation,
    Person,
    Position,
    Room,
    Track,
)

START = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)
END = datetime(2025, 6, 16, 5, 0, tzinfo=UTC)


@pytest.fixture
def kz(empty_summit):
    return Delegation.create(code="KZ", name="Kazakhstan")


@pytest.fixture
def issue(empty_summit):
    track = Track.create(name="Economic")
    return AgendaIssue.create(code="ECO-01", title="Railway", track=track)


def test_delegation_codes_are_unique(kz):
    with pytest.raises(IntegrityError):
        Delegation.create(code="KZ", name="Another")


@pytest.mark.parametrize(
    ("field", "value"),
    [("colour", "red"), ("name", "  "), ("code", "")],
)
def test_delegation_checks(empty_summit, field, value):
    values = {"code": "UZ", "name": "Uzbekistan", field: value}
    with pytest.raises(IntegrityError):
        Delegation.create(**values)


def test_position_goes_with_its_issue(kz, issue):
    Position.create(delegation=kz, issue=issue, stance="support")
    issue.delete_instance()
    assert Position.select().count() == 0


def test_position_needs_an_existing_issue(kz):
    with pytest.raises(IntegrityError):
        Position.create(delegation=kz, issue=999, stance="support")


def test_one_position_per_delegation_and_issue(kz, issue):
    Position.create(delegation=kz, issue=issue)
    with pytest.raises(IntegrityError):
        Position.create(delegation=kz, issue=issue)


def test_stance_must_be_known(kz, issue):
    with pytest.raises(IntegrityError):
        Position.create(delegation=kz, issue=issue, stance="maybe")


def test_delegation_with_meetings_cannot_be_deleted(kz):
    meeting = Meeting.create(title="Bilateral", start=START, end=END)
    MeetingDelegation.create(meeting=meeting, delegation=kz, role="host")
    with pytest.raises(IntegrityError):
        kz.delete_instance()
    assert Delegation.select().count() == 1


def test_people_go_with_their_delegation(kz):
    Person.create(delegation=kz, name="A. Minister", rank="minister")
    kz.delete_instance()
    assert Person.select().count() == 0


def test_meeting_must_end_after_it_starts(empty_summit):
    with pytest.raises(IntegrityError):
        Meeting.create(title="Backwards", start=END, end=START)


def test_meeting_times_are_stored_in_utc_and_come_back_aware(empty_summit):
    astana = datetime.fromisoformat("2025-06-16T09:00:00+05:00")
    meeting = Meeting.create(title="Morning", start=astana, end=astana.replace(hour=10))
    stored = Meeting.select(Meeting.start).tuples().sql()
    assert "start" in stored[0]
    again = Meeting.get_by_id(meeting.id)
    assert again.start == START and again.start.tzinfo is UTC


def test_naive_times_are_refused(empty_summit):
    with pytest.raises(ValueError, match="time zone"):
        Meeting.create(title="Naive", start=datetime(2025, 6, 16, 9), end=datetime(2025, 6, 16, 10))


def test_room_deleted_leaves_meeting_without_room(empty_summit):
    room = Room.create(name="Hall A", capacity=10)
    meeting = Meeting.create(title="Talk", start=START, end=END, room=room)
    room.delete_instance()
    assert Meeting.get_by_id(meeting.id).room is None


def test_money_is_exact_decimal_text(kz):
    lender = Lender.create(name="China Development Bank", short_name="CDB")
    request = FinancingRequest.create(
        code="FIN-01",
        title="Solar",
        borrower=kz,
        lender=lender,
        amount=Decimal("1234567890123.45"),
        currency="USD",
    )
    raw = (
        FinancingRequest.select(FinancingRequest.amount)
        .where(FinancingRequest.id == request.id)
        .tuples()
    )
    assert FinancingRequest.get_by_id(request.id).amount == Decimal("1234567890123.45")
    assert raw.first()[0] == Decimal("1234567890123.45")


def test_money_refuses_floats(kz):
    lender = Lender.create(name="CDB", short_name="CDB")
    with pytest.raises(TypeError, match="float"):
        FinancingRequest.create(
            code="FIN-02", title="Solar", borrower=kz, lender=lender, amount=0.1, currency="USD"
        )


def test_currency_codes_are_checked(kz):
    lender = Lender.create(name="CDB", short_name="CDB")
    with pytest.raises(IntegrityError):
        FinancingRequest.create(
            code="FIN-03",
            title="Solar",
            borrower=kz,
            lender=lender,
            amount=Decimal(1),
            currency="usd",
        )
