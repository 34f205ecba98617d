"""A small imaginary summit day for the conflict and availability tests."""

from datetime import UTC, date, datetime, time, timedelta

from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame

FRAME = SummitFrame(
    timezone="Asia/Almaty",
    first_day=date(2025, 6, 16),
    last_day=date(2025, 6, 17),
    day_start=time(8, 0),
    day_end=time(21, 0),
    transfer_minutes=10,
    slot_minutes=15,
)
KZ, CN, UZ = 1, 2, 3
TOKAYEV, XI, DEPUTY, NURTLEU, WANG = 10, 20, 11, 12, 21
PALACE_HALL, PALACE_ROOM, HOTEL_ROOM = 100, 101, 200
DIRECTORY = Directory(
    delegations={KZ: ("KZ", "Kazakhstan"), CN: ("CN", "China"), UZ: ("UZ", "Uzbekistan")},
    people={
        TOKAYEV: ("Kassym-Jomart Tokayev", "head_of_state", KZ),
        DEPUTY: ("Aidos Zhumabekov", "deputy_minister", KZ),
        NURTLEU: ("Murat Nurtleu", "minister", KZ),
        XI: ("Xi Jinping", "head_of_state", CN),
        WANG: ("Wang Yi", "minister", CN),
    },
    rooms={
        PALACE_HALL: ("Grand Hall", "Palace of Independence", 300),
        PALACE_ROOM: ("Yesil Room", "Palace of Independence", 2),
        HOTEL_ROOM: ("Atrium Room", "Hotel", 30),
    },
)


def at(hour: int, minute: int = 0, day: int = 16) -> datetime:
    """Astana wall-clock time (UTC+5) as UTC."""
    return datetime(2025, 6, day, hour, minute, tzinfo=UTC) - timedelta(hours=5)


def meeting(
    meeting_id,
    start,
    end,
    *,
    teams=(KZ, CN),
    people=(),
    room=PALACE_HALL,
    status="confirmed",
    title=None,
):
    return MeetingFacts(
        meeting_id,
        title or f"Meeting {meeting_id}",
        "ministers",
        status,
        start,
        end,
        room,
        tuple(teams),
        tuple((p, True) for p in people),
    )
