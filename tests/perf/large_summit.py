"""The large synthetic summit the benchmarks run on: ten times a real summit and more, built
with a fixed seed so that every run measures the same file.

200 delegations, 2,000 people, 60 rooms in 4 buildings, 10 days, 20,000 meetings (staff
schedule around clashes where they can, so conflicts are those of a crowded week, not noise),
50,000 agenda issues, 100,000 positions, 10,000 financing requests.

The file is built once into the temporary folder and reused (a new VERSION rebuilds it).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from db.migrations import SCHEMA_VERSION
from db.models import (
    AgendaIssue,
    Attendee,
    Delegation,
    Envelope,
    ExchangeRate,
    FinancingMeeting,
    FinancingRequest,
    FinancingStatusChange,
    Lender,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
    Person,
    Position,
    Room,
    Summit,
    Track,
)
from planner.summit_file import close_summit_file, new_summit_file

VERSION = 1
SEED = 2025
DELEGATIONS, PEOPLE, ROOMS, DAYS = 200, 2_000, 60, 10
MEETINGS, ISSUES, POSITIONS, REQUESTS = 20_000, 50_000, 100_000, 10_000
FIRST_DAY = date(2025, 9, 22)
ZONE_OFFSET = timedelta(hours=5)  # Asia/Almaty, UTC+5 all year
TRACKS = [("Political", "POL"), ("Economic", "ECO"), ("Social", "SOC"), ("Ecology", "ENV")]
RANKS = ["head_of_state", "minister", "minister", "deputy_minister", "deputy_minister"]
RANKS += ["ambassador", "senior_official", "senior_official", "expert", "expert"]
LEVEL_OF = {
    "head_of_state": "heads_of_state",
    "minister": "ministers",
    "deputy_minister": "deputy_ministers",
    "ambassador": "senior_officials",
    "senior_official": "senior_officials",
    "expert": "senior_officials",
}
STATUSES = ["confirmed"] * 5 + ["proposed"] * 2 + ["requested", "held", "cancelled"]
STANCES = ["support", "conditional", "neutral", "oppose", "unknown"]
CURRENCIES = ["USD", "EUR", "CNY", "KZT", "RUB", "JPY", "GBP"]
QUARTERS = 52  # 08:00 to 21:00 in quarter hours


def cached_large_summit() -> Path:
    """The large summit file, built on first use."""
    # the file format in the name: a file built by an older release would need upgrading
    name = f"summit-planner-large-v{VERSION}-format{SCHEMA_VERSION}.summit"
    path = Path(tempfile.gettempdir()) / name
    if not path.exists():
        building = path.with_name(path.name + ".building")
        if building.exists():
            building.unlink()
        build_large_summit(building)
        building.replace(path)
    return path


def working_copy(folder: Path) -> Path:
    """A copy of the large summit to work on, in folder."""
    copy = folder / "large.summit"
    shutil.copyfile(cached_large_summit(), copy)
    return copy


def insert(model, rows: list[dict], chunk: int = 2_000) -> None:
    for start in range(0, len(rows), chunk):
        model.insert_many(rows[start : start + chunk]).execute()


def build_large_summit(path: Path) -> None:
    rng = random.Random(SEED)

    def populate() -> None:
        Summit.create(
            name="High-Level Week (benchmark)",
            city="Astana",
            venue="Palace of Independence",
            first_day=FIRST_DAY,
            last_day=FIRST_DAY + timedelta(days=DAYS - 1),
            timezone="Asia/Almaty",
            day_start="08:00:00",
            day_end="21:00:00",
        )
        insert(
            Delegation,
            [
                {
                    "code": f"D{n:03}",
                    "name": f"Delegation {n:03}",
                    "colour": f"#{rng.randrange(0x1000000):06X}",
                    "precedence": n,
                }
                for n in range(1, DELEGATIONS + 1)
            ],
        )
        teams = [d for (d,) in Delegation.select(Delegation.id).order_by(Delegation.id).tuples()]
        insert(
            Person,
            [
                {
                    "delegation": teams[n // 10],
                    "name": f"Person {n:04}",
                    "rank": RANKS[n % 10],
                    "title": "",
                }
                for n in range(PEOPLE)
            ],
        )
        people = [
            (p, d, r)
            for p, d, r in Person.select(Person.id, Person.delegation, Person.rank).tuples()
        ]
        members: dict[int, list[tuple[int, str]]] = {}
        for person, team, rank in people:
            members.setdefault(team, []).append((person, rank))
        insert(
            Room,
            [
                {"name": f"Room {n:02}", "building": f"Building {n % 4}", "capacity": 40}
                for n in range(ROOMS)
            ],
        )
        rooms = [r for (r,) in Room.select(Room.id).tuples()]
        tracks = [
            Track.create(name=name, sort_order=n).id for n, (name, _prefix) in enumerate(TRACKS)
        ]
        insert(
            AgendaIssue,
            [
                {
                    "code": f"{TRACKS[n % 4][1]}-{n + 1:05}",
                    "title": f"Issue {n + 1} on trade, transit and shared infrastructure",
                    "track": tracks[n % 4],
                    "description": "Background to the negotiation. " * rng.randint(0, 4),
                    "priority": ("high", "medium", "low")[n % 3],
                    "lead_delegation": rng.choice(teams) if n % 3 == 0 else None,
                    "status": ("open", "under_negotiation", "agreed")[n % 3],
                    "tags": "trade" if n % 2 else "transit",
                }
                for n in range(ISSUES)
            ],
            chunk=1_000,
        )
        schedule_meetings(rng, teams, members, rooms)
        issues = [i for (i,) in AgendaIssue.select(AgendaIssue.id).tuples()]
        meetings = [m for (m,) in Meeting.select(Meeting.id).tuples()]
        insert(
            MeetingIssue,
            [
                {"meeting": m, "issue": i, "sort_order": k}
                for m in meetings
                for k, i in enumerate(rng.sample(issues, rng.randint(0, 3)))
            ],
        )
        cells = rng.sample(range(ISSUES * DELEGATIONS), POSITIONS)
        insert(
            Position,
            [
                {
                    "issue": issues[cell // DELEGATIONS],
                    "delegation": teams[cell % DELEGATIONS],
                    "stance": rng.choice(STANCES),
                    "talking_points": "Stress the shared benefits. " if n % 10 == 0 else "",
                }
                for n, cell in enumerate(cells)
            ],
        )
        add_financing(rng, teams, issues, meetings)

    new_summit_file(path, populate=populate)
    close_summit_file()


def schedule_meetings(rng, teams, members, rooms) -> None:
    first = datetime.combine(FIRST_DAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=8)
    first -= ZONE_OFFSET
    busy: set[tuple] = set()
    rows, links, attendees = [], [], []
    for number in range(MEETINGS):
        size = rng.choice([2, 2, 2, 2, 3, 5])
        chosen = rng.sample(teams, size)
        people = [rng.choice(members[team]) for team in chosen]
        room = rng.choice(rooms) if rng.random() < 0.35 else None
        quarters = rng.choice([2, 3, 4])
        for _attempt in range(20):  # as a protocol officer would: try another slot
            day, quarter = rng.randrange(DAYS), rng.randrange(QUARTERS - quarters)
            wanted = [("d", t) for t in chosen] + ([("r", room)] if room else [])
            taken = [(*w, day, q) for w in wanted for q in range(quarter, quarter + quarters)]
            if busy.isdisjoint(taken):
                break
        busy.update(taken)
        start = first + timedelta(days=day, minutes=15 * quarter)
        top = min((rank for _p, rank in people), key=RANKS.index)
        rows.append(
            {
                "title": f"{'–'.join(f'D{t:03}' for t in chosen)} talks {number}",
                "level": LEVEL_OF[top],
                "start": start,
                "end": start + timedelta(minutes=15 * quarters),
                "room": room,
                "status": rng.choice(STATUSES),
            }
        )
        links.append(chosen)
        attendees.append(people)
    insert(Meeting, rows)
    ids = [m for (m,) in Meeting.select(Meeting.id).order_by(Meeting.id).tuples()]
    insert(
        MeetingDelegation,
        [
            {"meeting": m, "delegation": t, "role": "host" if k == 0 else "guest"}
            for m, chosen in zip(ids, links, strict=True)
            for k, t in enumerate(chosen)
        ],
    )
    insert(
        Attendee,
        [
            {"meeting": m, "person": person, "required": True}
            for m, people in zip(ids, attendees, strict=True)
            for person in {p for p, _rank in people}
        ],
    )


def add_financing(rng, teams, issues, meetings) -> None:
    insert(
        ExchangeRate,
        [
            {"currency": c, "rate": str(Decimal(rng.randint(1, 500)) / 100), "as_of": FIRST_DAY}
            for c in CURRENCIES
            if c != "USD"
        ],
    )
    lenders = [
        Lender.create(name=f"Bank {n}", short_name=f"B{n}", delegation=rng.choice(teams)).id
        for n in range(20)
    ]
    envelopes = [
        Envelope.create(
            lender=rng.choice(lenders), name=f"Envelope {n}", amount="1000000000", currency="USD"
        ).id
        for n in range(10)
    ]
    statuses = ["draft", "submitted", "under_review", "approved", "signed", "disbursing"]
    insert(
        FinancingRequest,
        [
            {
                "code": f"FIN-{n + 1:05}",
                "title": f"Financing request {n + 1} for a corridor project",
                "borrower": rng.choice(teams),
                "lender": rng.choice(lenders),
                "sector": rng.choice(["transport", "energy", "water", "digital"]),
                "amount": str(Decimal(rng.randint(100_000, 500_000_000)) / 100),
                "currency": rng.choice(CURRENCIES),
                "status": rng.choice(statuses),
                "issue": rng.choice(issues) if n % 2 else None,
                "envelope": rng.choice(envelopes) if n % 3 == 0 else None,
            }
            for n in range(REQUESTS)
        ],
    )
    requests = [r for (r,) in FinancingRequest.select(FinancingRequest.id).tuples()]
    moment = datetime.combine(FIRST_DAY, datetime.min.time(), tzinfo=UTC)
    insert(
        FinancingStatusChange,
        [{"request": r, "status": "draft", "changed_at": moment} for r in requests],
    )
    insert(
        FinancingMeeting,
        [{"request": r, "meeting": rng.choice(meetings)} for r in rng.sample(requests, 2_000)],
    )
