"""Meeting operations: drafts, validation, time zones, status rules, undo states."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from db.models import Attendee, Delegation, Meeting, MeetingDelegation, Person, Room
from planner.errors import ValidationError
from planner.meeting_drafts import duplicated, moved, resized, with_status
from planner.meeting_records import MEETING_OPERATIONS, create_meeting, fetch_draft, update_meeting
from planner.meetings import MeetingDraft, allowed_statuses, kind_of
from planner.vocabulary import Level, MeetingStatus, Role


def ids(code_list):
    return [Delegation.get(Delegation.code == code).id for code in code_list]


def draft(sample_day=16, hour=10, minutes=60, codes=("KZ", "UZ"), **changes) -> MeetingDraft:
    teams = tuple((d, Role.GUEST) for d in ids(codes))
    base = MeetingDraft(
        title="Water sharing on the Syr Darya",
        start=datetime(2025, 6, sample_day, hour, 0),
        minutes=minutes,
        level=Level.MINISTERS,
        delegations=teams,
    )
    return replace(base, **changes) if changes else base


def test_ten_in_astana_is_five_utc(sample_summit):
    meeting_id = create_meeting(draft())
    stored = Meeting.get_by_id(meeting_id)
    assert stored.start == datetime(2025, 6, 16, 5, 0, tzinfo=UTC)
    assert stored.end == datetime(2025, 6, 16, 6, 0, tzinfo=UTC)
    assert fetch_draft(meeting_id).start == datetime(2025, 6, 16, 10, 0)


def test_first_delegation_becomes_host(sample_summit):
    meeting_id = create_meeting(draft())
    roles = dict(
        MeetingDelegation.select(MeetingDelegation.delegation, MeetingDelegation.role)
        .where(MeetingDelegation.meeting == meeting_id)
        .tuples()
    )
    kz, uz = ids(["KZ", "UZ"])
    assert roles == {kz: "host", uz: "guest"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"delegations": ()}, "delegations"),
        ({"start": datetime(2025, 6, 18, 10, 0)}, "day"),
        ({"minutes": 0}, "minutes"),
        ({"minutes": -30}, "minutes"),
        ({"room_id": 9999}, "room"),
    ],
)
def test_wrong_input_names_the_field_and_saves_nothing(sample_summit, changes, field):
    before = Meeting.select().count()
    with pytest.raises(ValidationError) as raised:
        create_meeting(draft(**changes))
    assert raised.value.field == field
    assert Meeting.select().count() == before


def test_attendees_must_come_from_the_delegations(sample_summit):
    wang = Person.get(Person.name == "Wang Yi").id
    with pytest.raises(ValidationError, match="Wang Yi cannot attend"):
        create_meeting(draft(attendees=((wang, True),)))


def test_two_hosts_are_refused(sample_summit):
    kz, uz = ids(["KZ", "UZ"])
    with pytest.raises(ValidationError, match="one host"):
        create_meeting(draft(delegations=((kz, Role.HOST), (uz, Role.HOST))))


def test_update_returns_the_previous_draft_and_undo_restores(sample_summit):
    meeting_id = create_meeting(draft())
    original = fetch_draft(meeting_id)
    nurtleu = Person.get(Person.name == "Murat Nurtleu").id
    room = Room.get(Room.name == "Altai Room").id
    changed = replace(original, attendees=((nurtleu, False),), room_id=room)
    assert update_meeting(meeting_id, changed) == original
    assert Attendee.get(Attendee.meeting == meeting_id).required is False
    assert update_meeting(meeting_id, fetch_draft(meeting_id)) is None  # unchanged
    update_meeting(meeting_id, original)
    assert fetch_draft(meeting_id) == original


def test_move_resize_and_duplicate(sample_summit):
    meeting_id = create_meeting(draft())
    room = Room.get(Room.name == "Yesil Room").id
    base = fetch_draft(meeting_id)
    update_meeting(meeting_id, moved(base, datetime(2025, 6, 17, 14, 30), room))
    assert Meeting.get_by_id(meeting_id).start == datetime(2025, 6, 17, 9, 30, tzinfo=UTC)
    assert Meeting.get_by_id(meeting_id).room_id == room
    update_meeting(meeting_id, resized(fetch_draft(meeting_id), 90))
    assert fetch_draft(meeting_id).end == datetime(2025, 6, 17, 16, 0)
    update_meeting(meeting_id, moved(fetch_draft(meeting_id), datetime(2025, 6, 17, 9), None))
    assert Meeting.get_by_id(meeting_id).room is None
    copy_id = create_meeting(duplicated(fetch_draft(meeting_id)))
    copy = fetch_draft(copy_id)
    assert copy.title.endswith("(copy)") and copy.status is MeetingStatus.REQUESTED
    assert copy.delegations == fetch_draft(meeting_id).delegations


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        ("requested", "proposed", True),
        ("proposed", "confirmed", True),
        ("confirmed", "held", True),
        ("confirmed", "cancelled", True),
        ("requested", "held", False),
        ("held", "cancelled", False),
        ("cancelled", "confirmed", False),
        ("cancelled", "requested", True),
        ("held", "confirmed", True),
    ],
)
def test_status_transitions(current, target, allowed):
    base = MeetingDraft("x", datetime(2025, 6, 16, 9), 30, status=MeetingStatus(current))
    if allowed:
        assert with_status(base, MeetingStatus(target)).status == target
        assert MeetingStatus(target) in allowed_statuses(MeetingStatus(current))
    else:
        with pytest.raises(ValidationError, match=f"cannot become {target}"):
            with_status(base, MeetingStatus(target))


def test_kinds_follow_the_number_of_delegations():
    assert [kind_of(n, 6) for n in (1, 2, 3, 5, 6)] == [
        "internal",
        "bilateral",
        "multilateral",
        "multilateral",
        "plenary",
    ]


def test_delete_and_restore_through_the_operations(sample_summit):
    meeting = Meeting.select().join(Attendee).first()
    before = fetch_draft(meeting.id)
    plan = MEETING_OPERATIONS.plan_removal([meeting.id])
    MEETING_OPERATIONS.remove(plan)
    assert not Meeting.select().where(Meeting.id == meeting.id).exists()
    MEETING_OPERATIONS.restore(plan)
    assert fetch_draft(meeting.id) == before


def test_saving_an_unchanged_meeting_in_another_order_changes_nothing(sample_summit):
    for meeting in Meeting.select():
        stored = fetch_draft(meeting.id)
        shuffled = replace(
            stored,
            delegations=tuple(reversed(stored.delegations)),
            attendees=tuple(reversed(stored.attendees)),
        )
        assert update_meeting(meeting.id, shuffled) is None, meeting.title


def test_undo_can_put_a_meeting_back_on_a_day_the_summit_no_longer_has(sample_summit):
    from planner.summit_settings import change_settings

    meeting = Meeting.select().order_by(Meeting.start.desc()).first()
    state = fetch_draft(meeting.id)
    moved_state = replace(state, start=state.start.replace(day=16))
    MEETING_OPERATIONS.change(meeting.id, moved_state)
    change_settings({"last_day": state.start.date().replace(day=16)})
    with pytest.raises(ValidationError):
        MEETING_OPERATIONS.change(meeting.id, state)  # the editor's strict path
    MEETING_OPERATIONS.put(meeting.id, state)  # undo's path
    assert fetch_draft(meeting.id).start == state.start


def test_invalid_status_names_the_status_field(sample_summit):
    with pytest.raises(ValidationError) as raised:
        create_meeting(draft(status="maybe"))
    assert raised.value.field == "status"


def test_a_new_meeting_may_take_any_status_an_existing_one_only_its_next():
    from planner.meetings import offered_statuses

    assert offered_statuses(None) == tuple(MeetingStatus)
    assert offered_statuses(MeetingStatus.HELD) == (MeetingStatus.HELD, MeetingStatus.CONFIRMED)
