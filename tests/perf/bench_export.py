"""Benchmark: the Excel export of 10,000 meetings and 50,000 issues (run on demand).

    python -m tests.perf.bench_export [--json FILE] [--repeats N]

Ours is the whole export (reading the summit, finding its conflicts, every sheet, styles, row
heights, the move into place). The floor, measured in the same run, is openpyxl in write-only
mode dumping the very cells of our workbook (read back from it: the same sheets, values and
types), unstyled. Target: ratio <= 1.5. For comparison, a second floor dumps as many cells of
short text and numbers; openpyxl writes a long text cell more slowly than a number, so that
floor is faster than any real summit's cells allow.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

import openpyxl  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from db.models import (  # noqa: E402
    AgendaIssue,
    Delegation,
    Meeting,
    MeetingDelegation,
    MeetingIssue,
    Position,
    Room,
    Summit,
    Track,
)
from planner.export.workbook import export_workbook  # noqa: E402
from planner.summit_file import new_summit_file  # noqa: E402
from planner.summit_settings import default_settings  # noqa: E402

MEETINGS, ISSUES, DELEGATIONS, ROOMS, DAYS = 10_000, 50_000, 12, 120, 9
POSITIONS = 100_000  # a stance for one cell in six of the positions matrix
STANCES = ("support", "conditional", "neutral", "oppose", "unknown")
FIRST_DAY = date(2025, 6, 16)


def build(path: Path) -> None:
    rng = random.Random(2025)

    def populate() -> None:
        settings = default_settings("Benchmark")
        settings.update(
            first_day=FIRST_DAY, last_day=FIRST_DAY + timedelta(days=DAYS - 1), timezone="UTC"
        )
        Summit.create(**settings)
        tracks = [Track.create(name=f"Track {n}", sort_order=n).id for n in range(5)]
        Delegation.insert_many(
            [
                {"code": f"D{n:02}", "name": f"Delegation {n}", "precedence": n}
                for n in range(DELEGATIONS)
            ]
        ).execute()
        Room.insert_many([{"name": f"Room {n}"} for n in range(ROOMS)]).execute()
        for start in range(0, ISSUES, 5000):
            AgendaIssue.insert_many(
                [
                    {
                        "code": f"ISS-{n:05}",
                        "title": f"Issue number {n} on a long subject of the summit",
                        "description": "A paragraph of background. " * rng.randint(0, 6),
                        "track": tracks[n % 5],
                    }
                    for n in range(start, min(start + 5000, ISSUES))
                ]
            ).execute()
        teams = [d for (d,) in Delegation.select(Delegation.id).tuples()]
        rooms = [r for (r,) in Room.select(Room.id).tuples()]
        meetings, links, agenda = [], [], []
        for n in range(MEETINGS):
            day = FIRST_DAY + timedelta(days=n % DAYS)
            begin = datetime(day.year, day.month, day.day, 8, tzinfo=UTC) + timedelta(
                minutes=15 * rng.randrange(44)
            )
            meetings.append(
                {
                    "title": f"Bilateral meeting {n}",
                    "start": begin,
                    "end": begin + timedelta(minutes=rng.choice((30, 45, 60))),
                    "room": rng.choice(rooms),
                    "status": "confirmed",
                }
            )
        for start in range(0, MEETINGS, 2000):
            Meeting.insert_many(meetings[start : start + 2000]).execute()
        for meeting in (m for (m,) in Meeting.select(Meeting.id).tuples()):
            host, guest = rng.sample(teams, 2)
            links += [
                {"meeting": meeting, "delegation": host, "role": "host"},
                {"meeting": meeting, "delegation": guest, "role": "guest"},
            ]
            agenda += [
                {"meeting": meeting, "issue": rng.randint(1, ISSUES), "sort_order": k}
                for k in range(2)
            ]
        for start in range(0, len(links), 5000):
            MeetingDelegation.insert_many(links[start : start + 5000]).execute()
            MeetingIssue.insert_many(agenda[start : start + 5000]).execute()
        cells = rng.sample(range(ISSUES * DELEGATIONS), POSITIONS)
        positions = [
            {
                "issue": 1 + cell // DELEGATIONS,
                "delegation": teams[cell % DELEGATIONS],
                "stance": rng.choice(STANCES),
                "talking_points": "Stress the shared benefits. " * rng.randint(0, 3)
                if n % 10 == 0
                else "",
            }
            for n, cell in enumerate(cells)
        ]
        for start in range(0, len(positions), 5000):
            Position.insert_many(positions[start : start + 5000]).execute()

    new_summit_file(path, populate=populate)


def values_in(path: Path) -> list[tuple[str, list[tuple]]]:
    """Each sheet of a workbook as its title and rows of values."""
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = [(sheet.title, list(sheet.iter_rows(values_only=True))) for sheet in book.worksheets]
    book.close()
    return sheets


def cells_of(sheets: list[tuple[str, list[tuple]]]) -> int:
    return sum(value is not None for _title, rows in sheets for row in rows for value in row)


def floor(path: Path, sheets: list[tuple[str, list[tuple]]]) -> None:
    """The same values, sheet by sheet, dumped unstyled."""
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def mixed_floor(path: Path, cells: int, width: int = 12) -> None:
    """As many cells, half short text and half numbers, dumped unstyled into one sheet."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cells")
    row = ["text"] * (width // 2) + [12345] * (width - width // 2)
    for _ in range(cells // width):
        sheet.append(row)
    book.save(path)


def median_seconds(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def measure(repeats: int = 3) -> list[dict]:
    folder = Path(tempfile.mkdtemp())
    build(folder / "big.summit")
    out = folder / "big.xlsx"
    ours = median_seconds(lambda: export_workbook(out), repeats)
    sheets = values_in(out)
    cells = cells_of(sheets)
    same = median_seconds(lambda: floor(folder / "floor.xlsx", sheets), repeats)
    mixed = median_seconds(lambda: mixed_floor(folder / "mixed.xlsx", cells), repeats)
    figure = f"export {MEETINGS} meetings, {ISSUES} issues ({cells} cells)"
    return [
        {
            "figure": figure,
            "floor": "the same values unstyled",
            "ours_s": round(ours, 2),
            "floor_s": round(same, 2),
            "ratio": round(ours / same, 2),
            "target": 1.5,
        },
        {
            "figure": figure,
            "floor": "as many cells of short text and numbers",
            "ours_s": round(ours, 2),
            "floor_s": round(mixed, 2),
            "ratio": round(ours / mixed, 2),
            "target": None,
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results = measure(args.repeats)
    print(f"{'figure':56} {'floor':40} {'ours s':>7} {'floor s':>7} {'ratio':>6} target")
    for row in results:
        print(
            f"{row['figure']:56} {row['floor']:40} {row['ours_s']:>7} {row['floor_s']:>7}"
            f" {row['ratio']:>6} {row['target'] or '-'}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
