"""Delegations, people and rooms: validation, changes, and deletions that undo completely."""

import pytest

from db.models import AgendaIssue, Attendee, Delegation, Meeting, Person, Position, Room
from planner import delegations
from planner.delegations import Kind
from planner.errors import InUseError, ValidationError


def snapshot():
    """Every row of the tables a deletion can touch, to compare before and after."""
    tables = (Delegation, Person, Room, Meeting, Attendee, Position, AgendaIssue)
    return {model.__name__: sorted(map(repr, model.select().dicts())) for model in tables}


def test_add_normalises_and_validates(empty_summit):
    row_id = delegations.add(
        Kind.DELEGATION, {"code": " eu ", "name": "European Union", "colour": "#1f77b4"}
    )
    row = delegations.fetch(Kind.DELEGATION, row_id)
    assert (row["code"], row["colour"], row["timezone"]) == ("EU", "#1F77B4", "UTC")


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"code": "", "name": "X"}, "code", "empty"),
        ({"code": "K", "name": "X"}, "code", "not a delegation code"),
        ({"code": "KZ", "name": " "}, "name", "empty"),
        ({"code": "KZ", "name": "X", "colour": "blue"}, "colour", "not a colour"),
        ({"code": "KZ", "name": "X", "timezone": "Mars/Olympus"}, "timezone", "not a time zone"),
    ],
)
def test_bad_delegation_values_name_the_field(empty_summit, values, field, words):
    with pytest.raises(ValidationError) as raised:
        delegations.add(Kind.DELEGATION, values)
    assert raised.value.field == field
    assert words in str(raised.value)
    assert Delegation.select().count() == 0


def test_codes_are_unique_ignoring_case(sample_summit):
    with pytest.raises(ValidationError, match="already has the code KZ"):
        delegations.add(Kind.DELEGATION, {"code": "kz", "name": "Again"})


def test_change_returns_only_what_changed(sample_summit):
    kz = Delegation.get(Delegation.code == "KZ")
    old = delegations.change(
        Kind.DELEGATION, kz.id, {"name": "Republic of Kazakhstan", "code": "KZ"}
    )
    assert old == {"name": "Kazakhstan"}
    assert delegations.change(Kind.DELEGATION, kz.id, {"name": "Republic of Kazakhstan"}) == {}


def test_room_names_unique(sample_summit):
    existing = Room.select().first().name
    with pytest.raises(ValidationError, match="already called"):
        delegations.add(Kind.ROOM, {"name": existing.upper(), "capacity": 5})


def test_room_names_are_unique_ignoring_case_in_every_alphabet(empty_summit):
    delegations.add(Kind.ROOM, {"name": "Зал Абая", "capacity": 40})
    with pytest.raises(ValidationError, match="already called"):
        delegations.add(Kind.ROOM, {"name": "ЗАЛ АБАЯ", "capacity": 5})


def test_negative_capacity_refused(empty_summit):
    with pytest.raises(ValidationError, match="negative"):
        delegations.add(Kind.ROOM, {"name": "Hall", "capacity": -1})


def test_person_needs_a_delegation(empty_summit):
    with pytest.raises(ValidationError) as raised:
        delegations.add(Kind.PERSON, {"name": "A. Person", "delegation": None})
    assert raised.value.field == "delegation"


def test_delegation_with_meetings_is_refused_with_reason(sample_summit):
    before = snapshot()
    kz = Delegation.get(Delegation.code == "KZ")
    with pytest.raises(InUseError) as raised:
        delegations.plan_removal(Kind.DELEGATION, [kz.id])
    assert "Kazakhstan cannot be deleted" in str(raised.value)
    assert "meetings" in str(raised.value)
    assert snapshot() == before


def test_person_deletion_removes_attendance_and_undoes_completely(sample_summit):
    person = Person.select().join(Attendee).group_by(Person.id).order_by(Person.id).first()
    before = snapshot()
    plan = delegations.plan_removal(Kind.PERSON, [person.id])
    assert any("attendance" in sentence for sentence in delegations.consequences(plan))
    delegations.remove(plan)
    assert not Attendee.select().where(Attendee.person == person.id).exists()
    delegations.restore(plan)
    assert snapshot() == before


def test_room_deletion_empties_meetings_and_undoes(sample_summit):
    room = Room.select().join(Meeting).group_by(Room.id).first()
    before = snapshot()
    plan = delegations.plan_removal(Kind.ROOM, [room.id])
    assert any("no room" in sentence for sentence in delegations.consequences(plan))
    delegations.remove(plan)
    assert not Meeting.select().where(Meeting.room == room.id).exists()
    delegations.restore(plan)
    assert snapshot() == before


def test_delegation_without_meetings_takes_people_and_positions(sample_summit):
    newcomer = delegations.add(Kind.DELEGATION, {"code": "AIIB", "name": "AIIB"})
    delegations.add(Kind.PERSON, {"name": "J. Banker", "delegation": newcomer, "rank": "expert"})
    issue = AgendaIssue.select().first()
    Position.create(delegation=newcomer, issue=issue, stance="neutral")
    AgendaIssue.update(lead_delegation=newcomer).where(AgendaIssue.id == issue.id).execute()
    before = snapshot()
    plan = delegations.plan_removal(Kind.DELEGATION, [newcomer])
    sentences = " ".join(delegations.consequences(plan))
    assert "1 person of the delegation" in sentences and "1 recorded position " in sentences
    assert "no lead delegation" in sentences
    delegations.remove(plan)
    assert AgendaIssue.get_by_id(issue.id).lead_delegation is None
    delegations.restore(plan)
    assert snapshot() == before


def test_people_rows_carry_their_delegation(sample_summit):
    kz = Delegation.get(Delegation.code == "KZ")
    rows = delegations.list_people(kz.id)
    assert rows and {(row.delegation_id, row.delegation_code) for row in rows} == {(kz.id, "KZ")}


def test_a_person_who_attends_meetings_cannot_change_delegation(sample_summit):
    person = Person.get(Person.name == "Murat Nurtleu")
    cn = Delegation.get(Delegation.code == "CN")
    with pytest.raises(ValidationError, match="attends 7 meetings") as raised:
        delegations.change(Kind.PERSON, person.id, {"delegation": cn.id})
    assert raised.value.field == "delegation"
    assert Person.get_by_id(person.id).delegation_id != cn.id


def test_new_records_start_from_the_planners_defaults(sample_summit):
    from planner.delegations import new_record_defaults

    assert new_record_defaults(Kind.DELEGATION) == {
        "colour": "#4E79A7",
        "timezone": "UTC",
        "precedence": 0,
    }
    assert new_record_defaults(Kind.PERSON, 7) == {"delegation": 7}
    assert new_record_defaults(Kind.PERSON) == {"delegation": None}
    assert new_record_defaults(Kind.ROOM) == {"capacity": 10}
