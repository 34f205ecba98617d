"""Free slots: the checks behind drag shading and the "Find a time" search."""

from datetime import datetime

from planner.availability import (
    ANY_ROOM,
    Availability,
    Candidate,
    blocked_starts,
    find_free_slots,
)
from tests.planner.scenario import (
    CN,
    DIRECTORY,
    FRAME,
    HOTEL_ROOM,
    KZ,
    NURTLEU,
    PALACE_HALL,
    PALACE_ROOM,
    UZ,
    at,
    meeting,
)


def local(hour, minute=0, day=16):
    return datetime(2025, 6, day, hour, minute)


def availability(*meetings, leave_out=None):
    return Availability(list(meetings), FRAME, DIRECTORY, leave_out=leave_out)


def test_a_busy_delegation_person_or_room_blocks_the_slot():
    busy = availability(meeting(1, at(9), at(10), teams=(KZ, CN), people=[NURTLEU]))
    kz_talk = Candidate((KZ, UZ), (), 0, 60)
    assert not busy.free(kz_talk, local(9, 30), None)
    assert busy.free(kz_talk, local(10), None)  # back-to-back is fine
    assert not busy.free(Candidate((UZ,), (NURTLEU,), 1, 30), local(9), None)
    assert not busy.free(Candidate((UZ,), (), 0, 30), local(9, 45), PALACE_HALL)
    assert busy.free(Candidate((UZ,), (), 0, 30), local(9, 45), HOTEL_ROOM)


def test_hours_days_and_seats():
    empty = availability()
    talk = Candidate((KZ,), (), 3, 60)
    assert not empty.free(talk, local(7, 30), None)
    assert not empty.free(talk, local(20, 30), None)
    assert not empty.free(talk, local(10, day=18), None)
    assert not empty.free(talk, local(10), PALACE_ROOM)  # two seats for three people
    assert empty.free(talk, local(20), PALACE_HALL)


def test_cancelled_and_moved_meetings_do_not_block():
    cancelled = meeting(1, at(9), at(10), teams=(KZ,), status="cancelled")
    assert availability(cancelled).free(Candidate((KZ,), (), 0, 60), local(9), None)
    moving = meeting(2, at(9), at(10), teams=(KZ,))
    assert availability(moving, leave_out=2).free(Candidate((KZ,), (), 0, 60), local(9), None)


def test_blocked_starts_for_a_drag():
    moving = meeting(1, at(9), at(10), teams=(KZ, CN))
    other = meeting(2, at(12), at(13), teams=(KZ, UZ), room=HOTEL_ROOM)
    blocked = blocked_starts(
        moving, FRAME.first_day, PALACE_HALL, availability(moving, other, leave_out=1)
    )
    times = {start.time().isoformat("minutes") for start in blocked}
    assert {"11:15", "11:30", "11:45", "12:00", "12:45"} <= times  # overlap KZ at 12:00-13:00
    assert "11:00" not in times and "13:00" not in times
    assert "20:15" in times  # would end after closing time
    assert "09:00" not in times  # its own place is free


def test_find_a_time_returns_the_earliest_free_slots_with_transfers():
    busy = availability(
        meeting(1, at(8), at(9, 30), teams=(KZ, CN), people=[NURTLEU], room=HOTEL_ROOM),
    )
    slots = find_free_slots(Candidate((KZ, UZ), (NURTLEU,), 1, 45), busy, room=ANY_ROOM, limit=3)
    # At 09:30 only the hotel works (no time to walk to the palace); from 09:45 the smallest
    # room large enough, the Yesil Room in the palace, is proposed.
    assert [(s.start.time().isoformat("minutes"), s.room_id) for s in slots] == [
        ("09:30", HOTEL_ROOM),
        ("09:45", PALACE_ROOM),
        ("10:00", PALACE_ROOM),
    ]


def test_find_a_time_in_a_given_room_respects_transfer_time():
    busy = availability(
        meeting(1, at(8), at(9, 30), teams=(KZ, CN), people=[NURTLEU], room=HOTEL_ROOM),
    )
    slots = find_free_slots(Candidate((KZ,), (NURTLEU,), 1, 30), busy, room=PALACE_ROOM, limit=2)
    assert [s.start for s in slots] == [local(9, 45), local(10)]
    assert all(s.room_id == PALACE_ROOM for s in slots)


def test_find_a_time_without_a_solution():
    whole_days = [
        meeting(n, at(8, day=day), at(21, day=day), teams=(KZ,), room=None, status="proposed")
        for n, day in ((1, 16), (2, 17))
    ]
    assert find_free_slots(Candidate((KZ, CN), (), 0, 30), availability(*whole_days)) == []
    too_big = Candidate((UZ,), (), 500, 30)  # no room seats 500
    assert find_free_slots(too_big, availability(), room=ANY_ROOM) == []


def test_twin_meetings_one_without_a_room_do_not_break_the_timelines():
    twins = availability(
        meeting(1, at(9), at(10), teams=(KZ,), room=PALACE_HALL),
        meeting(2, at(9), at(10), teams=(KZ,), room=None, status="proposed"),
    )
    assert not twins.free(Candidate((KZ,), (), 0, 30), local(9), None)
    assert twins.free(Candidate((KZ,), (), 0, 30), local(10, 15), HOTEL_ROOM, with_transfers=True)
