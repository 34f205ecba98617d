"""The conflict engine: every kind, its boundaries, and its explanations."""

import pytest

from planner.conflicts import (
    ConflictKind,
    Severity,
    conflicts_involving,
    find_conflicts,
)
from planner.overlaps import find_overlaps, resource_lists
from tests.planner.scenario import (
    CN,
    DEPUTY,
    DIRECTORY,
    FRAME,
    HOTEL_ROOM,
    KZ,
    NURTLEU,
    PALACE_HALL,
    PALACE_ROOM,
    UZ,
    WANG,
    XI,
    at,
    meeting,
)


def kinds(conflicts):
    return sorted(c.kind.value for c in conflicts)


def check(*meetings):
    return find_conflicts(list(meetings), FRAME, DIRECTORY).listed


def test_a_quiet_schedule_has_no_conflicts():
    assert (
        check(
            meeting(1, at(9), at(10), people=[NURTLEU, WANG]),
            meeting(2, at(10), at(11), people=[NURTLEU, WANG]),  # back-to-back, same room
        )
        == []
    )


def test_delegation_in_two_meetings_at_once():
    found = check(
        meeting(1, at(9), at(10), teams=(KZ, CN)),
        meeting(2, at(9, 30), at(10, 30), teams=(KZ, UZ), room=PALACE_ROOM),
    )
    assert kinds(found) == ["delegation_overlap"]
    conflict = found[0]
    assert conflict.severity is Severity.ERROR and conflict.meetings == (1, 2)
    assert conflict.message == (
        "Kazakhstan (KZ) is expected in two meetings at once: “Meeting 1” (16 Jun 09:00–10:00) "
        "and “Meeting 2” (16 Jun 09:30–10:30)."
    )


def test_person_in_two_meetings_and_shared_delegations_named_once():
    found = check(
        meeting(1, at(9), at(10), people=[NURTLEU]),
        meeting(2, at(9, 59), at(11), people=[NURTLEU], room=PALACE_ROOM),
    )
    assert kinds(found) == ["delegation_overlap", "person_overlap"]
    delegation = next(c for c in found if c.kind is ConflictKind.DELEGATION_OVERLAP)
    assert delegation.message.startswith("Kazakhstan (KZ) and China (CN) are expected")
    person = next(c for c in found if c.kind is ConflictKind.PERSON_OVERLAP)
    assert person.message.startswith("Murat Nurtleu (KZ) is expected in two meetings at once")


def test_room_holding_two_meetings():
    found = check(
        meeting(1, at(9), at(10), teams=(KZ,)),
        meeting(2, at(9), at(9, 30), teams=(UZ,)),
    )
    assert kinds(found) == ["room_overlap"]
    assert found[0].message.startswith("Grand Hall holds two meetings at once")


def test_cancelled_meetings_never_conflict():
    assert (
        check(
            meeting(1, at(9), at(10)),
            meeting(2, at(9), at(10), status="cancelled", room=None),
            meeting(3, at(22), at(23), status="cancelled"),
        )
        == []
    )


def test_three_way_overlap_gives_every_pair():
    found = check(
        meeting(1, at(9), at(12), teams=(KZ,), room=None, status="proposed"),
        meeting(2, at(10), at(11), teams=(KZ,), room=None, status="proposed"),
        meeting(3, at(10, 30), at(13), teams=(KZ,), room=None, status="proposed"),
    )
    assert sorted(c.meetings for c in found) == [(1, 2), (1, 3), (2, 3)]


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (at(7, 45), at(9), "working hours"),
        (at(20), at(21, 15), "working hours"),
        (at(20), at(1, day=17), "working hours"),  # crosses midnight
        (at(9, day=15), at(10, day=15), "summit's days"),
        (at(20, 30, day=17), at(0, 15, day=18), "summit's days"),
        (at(20, 30, day=17), at(0, day=18), "working hours"),  # ends on the summit's edge
    ],
)
def test_meetings_outside_the_summit(start, end, words):
    found = check(meeting(1, start, end))
    assert kinds(found) == ["outside_summit"]
    assert words in found[0].message


def test_the_edges_of_the_working_day_are_inside():
    assert check(meeting(1, at(8), at(9)), meeting(2, at(20), at(21), room=PALACE_ROOM)) == []


def test_more_required_attendees_than_seats():
    found = check(meeting(1, at(9), at(10), people=[NURTLEU, WANG, XI], room=PALACE_ROOM))
    assert kinds(found) == ["room_too_small"]
    assert "3 required attendees but Yesil Room seats 2" in found[0].message


def test_short_transfer_between_buildings_is_a_warning():
    found = check(
        meeting(1, at(9), at(10), teams=(KZ,), people=[NURTLEU], room=HOTEL_ROOM),
        meeting(2, at(10, 5), at(11), teams=(KZ,), people=[NURTLEU], room=PALACE_HALL),
    )
    assert kinds(found) == ["short_transfer"]  # one warning naming everyone who must hurry
    assert found[0].severity is Severity.WARNING
    assert found[0].message.startswith(
        "Kazakhstan (KZ) and Murat Nurtleu (KZ) have 5 minutes to get from Hotel to "
        "Palace of Independence"
    )


def test_transfer_is_measured_from_the_end_of_a_longer_meeting():
    found = check(
        meeting(1, at(9), at(12), teams=(KZ,), room=HOTEL_ROOM, status="proposed"),
        meeting(2, at(9, 30), at(10), teams=(KZ,), room=None, status="proposed"),
        meeting(3, at(12, 5), at(13), teams=(KZ,), room=PALACE_HALL),
    )
    transfers = [c for c in found if c.kind is ConflictKind.SHORT_TRANSFER]
    assert [c.meetings for c in transfers] == [(1, 3)]


@pytest.mark.parametrize(
    ("first_room", "second_start", "second_room"),
    [
        (HOTEL_ROOM, at(10, 10), PALACE_HALL),  # exactly the transfer time: enough
        (PALACE_ROOM, at(10, 5), PALACE_HALL),  # same building: no transfer needed
    ],
)
def test_enough_time_or_same_building_is_fine(first_room, second_start, second_room):
    assert (
        check(
            meeting(1, at(9), at(10), teams=(KZ,), room=first_room),
            meeting(2, second_start, at(11), teams=(KZ,), room=second_room),
        )
        == []
    )


def test_head_of_state_facing_a_deputy_minister():
    found = check(meeting(1, at(9), at(10), people=[XI, DEPUTY]))
    assert kinds(found) == ["level_mismatch"]
    assert found[0].severity is Severity.WARNING
    assert "Xi Jinping (head of state, CN) faces Aidos Zhumabekov (deputy minister, KZ)" in (
        found[0].message
    )


def test_head_of_state_facing_a_minister_is_normal():
    assert check(meeting(1, at(9), at(10), people=[XI, NURTLEU])) == []


def test_confirmed_meeting_without_a_room():
    assert kinds(check(meeting(1, at(9), at(10), room=None))) == ["no_room"]
    assert check(meeting(1, at(9), at(10), room=None, status="proposed")) == []


def test_errors_come_first_then_time_order():
    found = check(
        meeting(1, at(9), at(10), room=None),  # warning at 9
        meeting(2, at(11), at(12), teams=(UZ,)),
        meeting(3, at(11), at(12), teams=(UZ,), room=PALACE_ROOM),  # error at 11
    )
    assert [c.severity for c in found] == [Severity.ERROR, Severity.WARNING]


def test_conflicts_involving_one_meeting_only():
    others = [
        meeting(1, at(9), at(10), teams=(UZ,)),
        meeting(2, at(9), at(10), teams=(UZ,)),  # clash between 1 and 2, not ours
        meeting(3, at(14), at(15), teams=(KZ,), room=HOTEL_ROOM),
    ]
    candidate = meeting(3, at(9, 30), at(10, 30), teams=(KZ, UZ), room=PALACE_ROOM)
    found = conflicts_involving(candidate, others, FRAME, DIRECTORY)
    assert {c.meetings for c in found} == {(1, 3), (2, 3)}
    assert all(3 in c.meetings for c in found)


def test_sweep_matches_all_pairs_on_random_intervals():
    import random

    generator = random.Random(7)
    slots = []
    for number in range(300):
        start = 15 * generator.randrange(40)
        end = start + 15 * generator.randrange(1, 8)
        slots.append(
            (start, end, number, tuple(generator.sample(range(5), generator.randint(1, 3))))
        )
    expected = {
        (min(a[2], b[2]), max(a[2], b[2]))
        for i, a in enumerate(slots)
        for b in slots[i + 1 :]
        if a[0] < b[1] and b[0] < a[1] and set(a[3]) & set(b[3])
    }
    found = find_overlaps(resource_lists(slots), dict.fromkeys(range(300), 0), limit=10**6)
    assert {(min(a, b), max(a, b)) for a, b, _shared in found.listed} == expected
    assert found.total == len(expected)
