"""A programme where everyone is double-booked: six delegations, two days, meetings whose time
column was misread so that thousands start within a few hours of each other.

    python -m tests.perf.double_booked FILE [MEETINGS]   write it as a summit file
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from planner.meeting_facts import Directory, MeetingFacts
from planner.meetings import SummitFrame

DELEGATIONS, PEOPLE_EACH, ROOMS, DAYS = 6, 8, 6, 2
FIRST_DAY = date(2025, 6, 16)
FRAME = SummitFrame(
    "Asia/Almaty", FIRST_DAY, FIRST_DAY + timedelta(days=1), clock(8), clock(21), 10, 15
)
RANKS = ["head_of_state", "minister", "deputy_minister", "senior_official", "expert"]


def double_booked(meetings: int, seed: int = 14) -> tuple[list[MeetingFacts], Directory]:
    """Bilateral meetings with one or two people of each side and a room, starting at 09:00,
    10:00 or 11:00 (UTC+5) on one of two days, two hours long."""
    rng = random.Random(seed)
    directory = Directory(
        delegations={d: (f"D{d}", f"Delegation {d}") for d in range(DELEGATIONS)},
        people={
            p: (f"Person {p}", RANKS[p % len(RANKS)], p // PEOPLE_EACH)
            for p in range(DELEGATIONS * PEOPLE_EACH)
        },
        rooms={r: (f"Room {r}", f"Building {r % 2}", 400) for r in range(ROOMS)},
    )
    first = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)  # 09:00 in Astana
    facts = []
    for number in range(meetings):
        teams = tuple(rng.sample(range(DELEGATIONS), 2))
        people = tuple(
            (team * PEOPLE_EACH + person, True)
            for team in teams
            for person in rng.sample(range(PEOPLE_EACH), rng.randint(1, 2))
        )
        start = first + timedelta(days=rng.randrange(DAYS), hours=rng.randrange(3))
        facts.append(
            MeetingFacts(
                number + 1,
                f"Talks {number + 1}",
                "ministers",
                "confirmed",
                start,
                start + timedelta(hours=2),
                rng.randrange(ROOMS),
                teams,
                people,
            )
        )
    return facts, directory


def write_summit(path: Path, meetings: int) -> None:
    """The programme as a summit file (ids as in double_booked)."""
    from db.models import Attendee, Delegation, Meeting, MeetingDelegation, Person, Room, Summit
    from planner.summit_file import close_summit_file, new_summit_file
    from tests.perf.large_summit import insert

    facts, directory = double_booked(meetings)

    def populate() -> None:
        Summit.create(
            name="Double-booked",
            city="Astana",
            venue="Palace of Independence",
            first_day=FRAME.first_day,
            last_day=FRAME.last_day,
            timezone=FRAME.timezone,
            day_start="08:00:00",
            day_end="21:00:00",
        )
        insert(
            Delegation,
            [
                {"id": d + 1, "code": code, "name": name, "precedence": d}
                for d, (code, name) in directory.delegations.items()
            ],
        )
        insert(
            Person,
            [
                {"id": p + 1, "delegation": d + 1, "name": name, "rank": rank, "title": ""}
                for p, (name, rank, d) in directory.people.items()
            ],
        )
        insert(
            Room,
            [
                {"id": r + 1, "name": name, "building": building, "capacity": seats}
                for r, (name, building, seats) in directory.rooms.items()
            ],
        )
        insert(
            Meeting,
            [
                {
                    "id": m.id,
                    "title": m.title,
                    "level": m.level,
                    "status": m.status,
                    "start": m.start,
                    "end": m.end,
                    "room": m.room_id + 1,
                }
                for m in facts
            ],
        )
        insert(
            MeetingDelegation,
            [
                {"meeting": m.id, "delegation": d + 1, "role": "host" if k == 0 else "guest"}
                for m in facts
                for k, d in enumerate(m.delegations)
            ],
        )
        insert(
            Attendee,
            [
                {"meeting": m.id, "person": p + 1, "required": required}
                for m in facts
                for p, required in m.attendees
            ],
        )

    new_summit_file(path, populate=populate)
    close_summit_file()


if __name__ == "__main__":
    write_summit(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 20_000)
