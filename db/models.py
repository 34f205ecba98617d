"""The peewee models of a summit file, bound at run time through one DatabaseProxy."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    TextField,
    TimeField,
)

from db.choices import (
    FinancingStatus,
    Instrument,
    IssueStatus,
    Language,
    Level,
    MeetingStatus,
    NamedKind,
    Priority,
    Rank,
    Role,
    Stance,
)
from db.fields import ConfidentialTextField, DecimalTextField, UTCDateTimeField

if TYPE_CHECKING:
    from typing import Self

    from db.query_types import Select

database_proxy = DatabaseProxy()


def one_of(column: str, choices: type[StrEnum]) -> SQL | NodeList:
    words = ", ".join(f"'{choice.value}'" for choice in choices)
    return Check(f"{column} IN ({words})")


COLOUR = Check("colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'")


def currency_check(column: str) -> SQL | NodeList:
    return Check(f"{column} GLOB '[A-Z][A-Z][A-Z]'")


class BaseModel(Model):
    # peewee adds the primary key, and "<name>_id" for each foreign key, when it creates a model
    # class; these declarations only tell the type checker about them and about our selects' rows.
    if TYPE_CHECKING:
        id = AutoField()

        @classmethod
        def select(cls, *fields: Any) -> Select[Self]: ...

    # Every row's version and who last changed it (format 5). No default here: an insert
    # leaves them to the database, which on a server names the role making the row.
    version = IntegerField(null=False)
    edited_by = TextField(null=False)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class Delegation(BaseModel):
    code = CharField(max_length=12, unique=True, constraints=[Check("length(trim(code)) > 0")])
    name = CharField(constraints=[Check("length(trim(name)) > 0")])
    head = CharField(default="")
    colour = CharField(max_length=7, default="#808080", constraints=[COLOUR])
    precedence = IntegerField(default=0)
    timezone = CharField(default="UTC")


class Summit(BaseModel):
    """Exactly one row: the event this file is about."""

    name = CharField(constraints=[Check("length(trim(name)) > 0")])
    city = CharField(default="")
    venue = CharField(default="")
    first_day = DateField()
    last_day = DateField(constraints=[Check("last_day >= first_day")])
    timezone = CharField(default="UTC")
    home_delegation = ForeignKeyField(Delegation, null=True, on_delete="SET NULL", index=False)
    reporting_currency = CharField(
        max_length=3, default="USD", constraints=[currency_check("reporting_currency")]
    )
    day_start = TimeField(default="08:00:00")
    day_end = TimeField(default="20:00:00", constraints=[Check("day_end > day_start")])
    slot_minutes = IntegerField(default=15, constraints=[Check("slot_minutes BETWEEN 5 AND 120")])
    uid = CharField(default=lambda: uuid.uuid4().hex)  # kept by copies; calendar UIDs use it
    transfer_minutes = IntegerField(
        default=10, constraints=[Check("transfer_minutes BETWEEN 0 AND 240")]
    )
    if TYPE_CHECKING:
        home_delegation_id: int | None


class Person(BaseModel):
    delegation = ForeignKeyField(Delegation, backref="people", on_delete="CASCADE")
    name = CharField(constraints=[Check("length(trim(name)) > 0")])
    rank = CharField(default=Rank.EXPERT.value, constraints=[one_of("rank", Rank)])
    title = CharField(default="")
    if TYPE_CHECKING:
        delegation_id: int


class Room(BaseModel):
    name = CharField(unique=True, constraints=[Check("length(trim(name)) > 0")])
    building = CharField(default="")
    capacity = IntegerField(default=0, constraints=[Check("capacity >= 0")])


class Meeting(BaseModel):
    title = CharField(constraints=[Check("length(trim(title)) > 0")])
    level = CharField(default=Level.SENIOR_OFFICIALS.value, constraints=[one_of("level", Level)])
    start = UTCDateTimeField(index=True)
    end = UTCDateTimeField(constraints=[Check('"end" > start')])
    room = ForeignKeyField(Room, null=True, backref="meetings", on_delete="SET NULL")
    status = CharField(
        default=MeetingStatus.REQUESTED.value, constraints=[one_of("status", MeetingStatus)]
    )
    notes = ConfidentialTextField(default="")
    outcome = TextField(default="")
    pinned = BooleanField(default=False)
    if TYPE_CHECKING:
        room_id: int | None


class MeetingDelegation(BaseModel):
    """A delegation taking part in a meeting; a delegation with meetings cannot vanish silently."""

    meeting = ForeignKeyField(Meeting, backref="participants", on_delete="CASCADE", index=False)
    delegation = ForeignKeyField(Delegation, backref="participations", on_delete="RESTRICT")
    role = CharField(default=Role.GUEST.value, constraints=[one_of("role", Role)])
    if TYPE_CHECKING:
        meeting_id: int
        delegation_id: int

    class Meta:
        indexes = ((("meeting", "delegation"), True),)


class Attendee(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendees", on_delete="CASCADE", index=False)
    person = ForeignKeyField(Person, backref="attendances", on_delete="CASCADE")
    required = BooleanField(default=True)
    if TYPE_CHECKING:
        meeting_id: int
        person_id: int

    class Meta:
        indexes = ((("meeting", "person"), True),)


class Track(BaseModel):
    name = CharField(unique=True, constraints=[Check("length(trim(name)) > 0")])
    colour = CharField(max_length=7, default="#808080", constraints=[COLOUR])
    sort_order = IntegerField(default=0)


class AgendaIssue(BaseModel):
    code = CharField(max_length=32, unique=True, constraints=[Check("length(trim(code)) > 0")])
    title = CharField(constraints=[Check("length(trim(title)) > 0")])
    track = ForeignKeyField(Track, backref="issues", on_delete="RESTRICT")
    description = TextField(default="")
    priority = CharField(default=Priority.MEDIUM.value, constraints=[one_of("priority", Priority)])
    lead_delegation = ForeignKeyField(
        Delegation, null=True, backref="led_issues", on_delete="SET NULL"
    )
    status = CharField(default=IssueStatus.OPEN.value, constraints=[one_of("status", IssueStatus)])
    due_date = DateField(null=True)
    tags = TextField(default="")
    if TYPE_CHECKING:
        track_id: int
        lead_delegation_id: int | None

    class Meta:
        indexes = ((("status",), False),)


class MeetingIssue(BaseModel):
    """An agenda issue on one meeting's agenda, in order, with its time and outcome there."""

    meeting = ForeignKeyField(Meeting, backref="agenda", on_delete="CASCADE", index=False)
    issue = ForeignKeyField(AgendaIssue, backref="agenda_items", on_delete="CASCADE")
    sort_order = IntegerField(default=0)
    minutes = IntegerField(null=True, constraints=[Check("minutes IS NULL OR minutes >= 0")])
    outcome = TextField(default="")
    if TYPE_CHECKING:
        meeting_id: int
        issue_id: int

    class Meta:
        indexes = ((("meeting", "issue"), True),)


class Position(BaseModel):
    delegation = ForeignKeyField(Delegation, backref="positions", on_delete="CASCADE")
    issue = ForeignKeyField(AgendaIssue, backref="positions", on_delete="CASCADE", index=False)
    stance = CharField(default=Stance.UNKNOWN.value, constraints=[one_of("stance", Stance)])
    talking_points = ConfidentialTextField(default="")
    red_lines = ConfidentialTextField(default="")
    fallback = ConfidentialTextField(default="")
    changed_at = UTCDateTimeField(null=True)
    if TYPE_CHECKING:
        delegation_id: int
        issue_id: int

    class Meta:
        indexes = ((("issue", "delegation"), True),)


class Lender(BaseModel):
    """Who is asked for money: a government, a policy bank, a fund, a multilateral bank."""

    name = CharField(unique=True, constraints=[Check("length(trim(name)) > 0")])
    short_name = CharField(unique=True, constraints=[Check("length(trim(short_name)) > 0")])
    delegation = ForeignKeyField(Delegation, null=True, backref="lenders", on_delete="SET NULL")
    if TYPE_CHECKING:
        delegation_id: int | None


class Envelope(BaseModel):
    """A lender's announced total that financing requests draw on."""

    lender = ForeignKeyField(Lender, backref="envelopes", on_delete="RESTRICT")
    name = CharField(unique=True, constraints=[Check("length(trim(name)) > 0")])
    amount = DecimalTextField()
    currency = CharField(max_length=3, constraints=[currency_check("currency")])
    description = TextField(default="")
    if TYPE_CHECKING:
        lender_id: int


class ExchangeRate(BaseModel):
    """How much one unit of a currency is worth in the summit's reporting currency."""

    currency = CharField(max_length=3, unique=True, constraints=[currency_check("currency")])
    rate = DecimalTextField()
    as_of = DateField()


class FinancingRequest(BaseModel):
    code = CharField(max_length=32, unique=True, constraints=[Check("length(trim(code)) > 0")])
    title = CharField(constraints=[Check("length(trim(title)) > 0")])
    borrower = ForeignKeyField(Delegation, backref="financing_requests", on_delete="RESTRICT")
    lender = ForeignKeyField(Lender, backref="financing_requests", on_delete="RESTRICT")
    instrument = CharField(
        default=Instrument.LOAN.value, constraints=[one_of("instrument", Instrument)]
    )
    sector = CharField(default="")
    amount = DecimalTextField()
    currency = CharField(max_length=3, constraints=[currency_check("currency")])
    status = CharField(
        default=FinancingStatus.DRAFT.value, constraints=[one_of("status", FinancingStatus)]
    )
    issue = ForeignKeyField(
        AgendaIssue, null=True, backref="financing_requests", on_delete="SET NULL"
    )
    envelope = ForeignKeyField(
        Envelope, null=True, backref="financing_requests", on_delete="SET NULL"
    )
    notes = ConfidentialTextField(default="")
    if TYPE_CHECKING:
        borrower_id: int
        lender_id: int
        issue_id: int | None
        envelope_id: int | None


class FinancingMeeting(BaseModel):
    request = ForeignKeyField(
        FinancingRequest, backref="meetings", on_delete="CASCADE", index=False
    )
    meeting = ForeignKeyField(Meeting, backref="financing_requests", on_delete="CASCADE")
    if TYPE_CHECKING:
        request_id: int
        meeting_id: int

    class Meta:
        indexes = ((("request", "meeting"), True),)


class FinancingStatusChange(BaseModel):
    """One step of a financing request's workflow: the status it reached, when, and why."""

    request = ForeignKeyField(FinancingRequest, backref="history", on_delete="CASCADE")
    status = CharField(constraints=[one_of("status", FinancingStatus)])
    changed_at = UTCDateTimeField()
    note = TextField(default="")
    if TYPE_CHECKING:
        request_id: int


class LocalName(BaseModel):
    """A record's name in one of the summit's other languages (English is the record's own
    name): tracks, delegations, rooms, levels, statuses and agenda issues alike. The record
    is named by its kind and id, so one table serves them all."""

    record_kind = CharField(constraints=[one_of("record_kind", NamedKind)])
    record_id = IntegerField()
    language = CharField(max_length=8, constraints=[one_of("language", Language)])
    name = CharField(constraints=[Check("length(trim(name)) > 0")])

    class Meta:
        table_name = "local_name"
        indexes = ((("record_kind", "record_id", "language"), True),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Delegation,
    Summit,
    Person,
    Room,
    Meeting,
    MeetingDelegation,
    Attendee,
    Track,
    AgendaIssue,
    MeetingIssue,
    Position,
    Lender,
    Envelope,
    ExchangeRate,
    FinancingRequest,
    FinancingMeeting,
    FinancingStatusChange,
    LocalName,
)
"""Every table, in an order where each model comes after the ones it refers to."""

__all__ = [model.__name__ for model in ALL_MODELS] + ["ALL_MODELS", "BaseModel", "database_proxy"]
