"""Delegations, their people and the venue's rooms: listing, checking and changing them."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from peewee import JOIN, Field, fn

from db.choices import Rank
from db.models import (
    AgendaIssue,
    Attendee,
    BaseModel,
    Delegation,
    FinancingRequest,
    Meeting,
    MeetingDelegation,
    Person,
    Position,
    Room,
)
from planner import records
from planner.display_names import names_in_language
from planner.errors import InUseError, ValidationError
from planner.local_formats import list_of
from planner.records import DeletionPlan, RecordOperations, Row
from planner.timezones import zone
from planner.translation import tr, trn

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9-]{1,11}$")
COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class DelegationRow:
    id: int
    code: str
    name: str
    head: str
    colour: str
    precedence: int
    timezone: str
    people: int
    meetings: int


@dataclass(frozen=True)
class PersonRow:
    id: int
    delegation_id: int
    delegation_code: str
    name: str
    rank: Rank
    title: str
    meetings: int
    precedence: int = 0  # the delegation's, by which the people are listed

    def listed_order(self) -> tuple[int, str, int]:
        """Where list_people puts the person: by delegation, then as they were added."""
        return (self.precedence, self.delegation_code, self.id)


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    building: str
    capacity: int
    meetings: int


def delegation_counts(ids: Collection[int] | None = None) -> dict[int, tuple[int, int]]:
    """Each delegation's number of people and of meetings (either may be 0)."""
    people = Person.select(Person.delegation, fn.COUNT(Person.id)).group_by(Person.delegation)
    meetings = MeetingDelegation.select(
        MeetingDelegation.delegation, fn.COUNT(MeetingDelegation.id)
    ).group_by(MeetingDelegation.delegation)
    if ids is not None:
        people = people.where(Person.delegation.in_(list(ids)))
        meetings = meetings.where(MeetingDelegation.delegation.in_(list(ids)))
    people_by_id, meetings_by_id = dict(people.tuples()), dict(meetings.tuples())
    return {
        d: (people_by_id.get(d, 0), meetings_by_id.get(d, 0))
        for d in people_by_id.keys() | meetings_by_id.keys()
    }


def list_delegations(ids: Collection[int] | None = None) -> list[DelegationRow]:
    """Every delegation (or those of these ids that exist) in protocol order."""
    counts = delegation_counts(ids)
    shown = names_in_language("delegation")
    query = Delegation.select().order_by(Delegation.precedence, Delegation.code)
    if ids is not None:
        query = query.where(Delegation.id.in_(list(ids)))
    return [
        DelegationRow(
            d.id,
            d.code,
            shown.get(d.id, d.name),
            d.head,
            d.colour,
            d.precedence,
            d.timezone,
            *counts.get(d.id, (0, 0)),
        )
        for d in query
    ]


def person_meeting_counts(ids: Collection[int] | None = None) -> dict[int, int]:
    """How many meetings each person attends (people in none are left out)."""
    query = Attendee.select(Attendee.person, fn.COUNT(Attendee.id))
    if ids is not None:
        query = query.where(Attendee.person.in_(list(ids)))
    return dict(query.group_by(Attendee.person).tuples())


def list_people(
    delegation_id: int | None = None, ids: Collection[int] | None = None
) -> list[PersonRow]:
    """The people of one delegation or of all (or those of these ids), by delegation."""
    meetings = person_meeting_counts(ids)
    query = (
        Person.select(
            Person.id,
            Person.delegation,
            Delegation.code,
            Person.name,
            Person.rank,
            Person.title,
            Delegation.precedence,
        )
        .join(Delegation)
        .order_by(Delegation.precedence, Delegation.code, Person.id)
    )
    if delegation_id is not None:
        query = query.where(Person.delegation == delegation_id)
    if ids is not None:
        query = query.where(Person.id.in_(list(ids)))
    return [
        PersonRow(p_id, d_id, code, name, Rank(rank), title, meetings.get(p_id, 0), order)
        for p_id, d_id, code, name, rank, title, order in query.tuples()
    ]


def room_meeting_counts() -> dict[int, int]:
    """How many meetings take place in each room (rooms without any are left out)."""
    query = Meeting.select(Meeting.room, fn.COUNT(Meeting.id)).where(Meeting.room.is_null(False))
    return dict(query.group_by(Meeting.room).tuples())


def list_rooms(ids: Collection[int] | None = None) -> list[RoomRow]:
    """Every room (or those of these ids that exist), by building and name."""
    query = (
        Room.select(Room.id, Room.name, Room.building, Room.capacity, fn.COUNT(Meeting.id))
        .join(Meeting, JOIN.LEFT_OUTER)
        .group_by(Room.id)
        .order_by(Room.building, Room.name)
    )
    if ids is not None:
        query = query.where(Room.id.in_(list(ids)))
    shown = names_in_language("room")
    return [
        RoomRow(i, shown.get(i, name), building, capacity, meetings)
        for i, name, building, capacity, meetings in query.tuples()
    ]


def required_text(values: Row, name: str, empty: str) -> str:
    """The stripped text of a field that must be filled; `empty` says it is not."""
    text = str(values.get(name) or "").strip()
    if not text:
        raise ValidationError(name, empty)
    return text


def check_unique(
    model: type[BaseModel], field: Field, value: str, row_id: int | None, message: str
) -> None:
    # casefold in Python: SQLite's LOWER() folds only ASCII, so "ЗАЛ АБАЯ" would pass "Зал
    # Абая" (the lists of delegations and rooms are short).
    wanted = value.casefold()
    for other_id, other in model.select(model.id, field).tuples():
        if other_id != row_id and str(other).casefold() == wanted:
            raise ValidationError(field.name, message)


def validate_delegation(values: Row, row_id: int | None = None) -> Row:
    """Check and normalise a delegation's fields; raise ValidationError naming the field."""
    code = required_text(values, "code", tr("The delegation code is empty; type one.")).upper()
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            "code",
            tr(
                "“{code}” is not a delegation code; use two letters (ISO 3166, "
                "e.g. KZ) or an organisation's short code of up to 12 letters, "
                "digits or hyphens."
            ).format(code=code),
        )
    check_unique(
        Delegation,
        Delegation.code,
        code,
        row_id,
        tr("Another delegation already has the code {code}.").format(code=code),
    )
    name = required_text(values, "name", tr("The delegation name is empty; type one."))
    colour = str(values.get("colour") or "#808080").strip()
    if not COLOUR_PATTERN.match(colour):
        raise ValidationError(
            "colour", tr("“{colour}” is not a colour; use the form #1F77B4.").format(colour=colour)
        )
    timezone = str(values.get("timezone") or "UTC").strip()
    zone(timezone)
    try:
        precedence = int(values.get("precedence") or 0)
    except (TypeError, ValueError) as error:
        raise ValidationError("precedence", tr("The precedence must be a whole number.")) from error
    return {
        "code": code,
        "name": name,
        "head": str(values.get("head") or "").strip(),
        "colour": colour.upper(),
        "precedence": precedence,
        "timezone": timezone,
    }


def validate_person(values: Row, row_id: int | None = None) -> Row:
    name = required_text(values, "name", tr("The person's name is empty; type one."))
    delegation_id = values.get("delegation")
    if (
        delegation_id is None
        or not Delegation.select().where(Delegation.id == delegation_id).exists()
    ):
        raise ValidationError("delegation", tr("Choose the delegation this person belongs to."))
    if row_id is not None:
        current = Person.get_by_id(row_id)
        attended = Attendee.select().where(Attendee.person == row_id).count()
        if current.delegation_id != int(delegation_id) and attended:
            raise ValidationError(
                "delegation",
                trn(
                    "{name} attends %n meeting for their present delegation; remove them "
                    "from it before moving them to another delegation.",
                    "{name} attends %n meetings for their present delegation; remove them "
                    "from those meetings before moving them to another delegation.",
                    attended,
                ).format(name=current.name),
            )
    try:
        rank = Rank(values.get("rank") or Rank.EXPERT)
    except ValueError as error:
        raise ValidationError(
            "rank", tr("“{value}” is not a rank.").format(value=values.get("rank"))
        ) from error
    return {
        "delegation": int(delegation_id),
        "name": name,
        "rank": rank.value,
        "title": str(values.get("title") or "").strip(),
    }


def validate_room(values: Row, row_id: int | None = None) -> Row:
    name = required_text(values, "name", tr("The room name is empty; type one."))
    taken = tr("Another room is already called “{name}”.").format(name=name)
    check_unique(Room, Room.name, name, row_id, taken)
    try:
        capacity = int(values.get("capacity") or 0)
    except (TypeError, ValueError) as error:
        raise ValidationError(
            "capacity", tr("The capacity must be a whole number of seats.")
        ) from error
    if capacity < 0:
        raise ValidationError("capacity", tr("The capacity cannot be negative."))
    return {
        "name": name,
        "building": str(values.get("building") or "").strip(),
        "capacity": capacity,
    }


class Kind(StrEnum):
    """The kinds of record this module edits."""

    DELEGATION = "delegation"
    PERSON = "person"
    ROOM = "room"


MODELS = {Kind.DELEGATION: Delegation, Kind.PERSON: Person, Kind.ROOM: Room}
VALIDATORS = {
    Kind.DELEGATION: validate_delegation,
    Kind.PERSON: validate_person,
    Kind.ROOM: validate_room,
}


def new_record_defaults(kind: Kind, delegation_id: int | None = None) -> Row:
    """What a new record's form starts with: a delegation in UTC with a colour and the
    first precedence, a person in the delegation shown (if one is), a room of ten seats."""
    if kind is Kind.DELEGATION:
        return {"colour": "#4E79A7", "timezone": "UTC", "precedence": 0}
    if kind is Kind.PERSON:
        return {"delegation": delegation_id}
    return {"capacity": 10}


def fetch(kind: Kind, row_id: int) -> Row:
    return records.fetch(MODELS[kind], row_id)


def add(kind: Kind, values: Row) -> int:
    """Validate and insert a delegation, person or room; return its id."""
    return records.create(MODELS[kind], VALIDATORS[kind](values))


def change(kind: Kind, row_id: int, values: Row) -> Row:
    """Validate and apply new values to a delegation, person or room; return the old values.

    Only the fields that really change are written and returned; an empty dict means nothing
    changed.
    """
    model = MODELS[kind]
    current = records.fetch(model, row_id)
    cleaned = VALIDATORS[kind]({**current, **values}, row_id)
    changed = {name: value for name, value in cleaned.items() if current.get(name) != value}
    if not changed:
        return {}
    return records.update(model, row_id, changed)


def plan_removal(kind: Kind, row_ids: list[int]) -> DeletionPlan:
    """Plan deleting delegations, people or rooms, refusing when meetings still need them."""
    plan = records.plan_deletion(MODELS[kind], row_ids)
    if plan.blockers:
        raise InUseError(explain_blockers(plan))
    return plan


def remove(plan: DeletionPlan) -> None:
    records.delete(plan)


def restore(plan: DeletionPlan) -> None:
    records.restore(plan)


def explain_blockers(plan: DeletionPlan) -> str:
    names = ", ".join(row.get("name", "") for row in plan.removed.get(plan.model, []))
    reasons = []
    meetings = plan.blockers.get((MeetingDelegation, "delegation"), 0)
    if meetings:
        reasons.append(trn("it takes part in %n meeting", "it takes part in %n meetings", meetings))
    requests = plan.blockers.get((FinancingRequest, "borrower"), 0)
    if requests:
        reasons.append(trn("it has %n financing request", "it has %n financing requests", requests))
    other = sum(plan.blockers.values()) - meetings - requests
    if other:
        reasons.append(
            trn(
                "it is referred to by %n other record",
                "it is referred to by %n other records",
                other,
            )
        )
    return tr(
        "{names} cannot be deleted: {reasons}. Remove it from those first, then delete it."
    ).format(names=names, reasons=list_of(reasons))


def consequences(plan: DeletionPlan) -> list[str]:
    """Plain sentences on what else a deletion takes with it, for the confirmation question."""
    sentences = []
    people = plan.count(Person) if plan.model is not Person else 0
    if people:
        sentences.append(
            trn(
                "%n person of the delegation will be deleted.",
                "%n people of the delegation will be deleted.",
                people,
            )
        )
    attendances = plan.count(Attendee)
    if attendances:
        sentences.append(
            trn(
                "%n meeting attendance will be removed.",
                "%n meeting attendances will be removed.",
                attendances,
            )
        )
    positions = plan.count(Position)
    if positions:
        sentences.append(
            trn(
                "%n recorded position will be deleted.",
                "%n recorded positions will be deleted.",
                positions,
            )
        )
    led = plan.emptied_count(AgendaIssue, "lead_delegation")
    if led:
        sentences.append(
            trn(
                "%n agenda issue will have no lead delegation.",
                "%n agenda issues will have no lead delegation.",
                led,
            )
        )
    rooms = plan.emptied_count(Meeting, "room")
    if rooms:
        sentences.append(
            trn("%n meeting will have no room.", "%n meetings will have no room.", rooms)
        )
    return sentences


@dataclass(frozen=True)
class KindOperations(RecordOperations):
    """Undoable editing of one kind of record of this module (see records.RecordOperations)."""

    kind: Kind

    def add(self, values: Row) -> int:
        return add(self.kind, values)

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        old = change(self.kind, row_id, values)
        if not old:
            return None
        stored = fetch(self.kind, row_id)
        return old, {name: stored[name] for name in old}

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return plan_removal(self.kind, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        remove(plan)

    def restore(self, plan: DeletionPlan) -> None:
        restore(plan)


OPERATIONS = {kind: KindOperations(kind) for kind in Kind}
