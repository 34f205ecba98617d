"""Benchmark: importing a 50,000-row issue list (run on demand).

    python -m tests.perf.bench_import [--json FILE]

The floor, measured in the same run on the same file: python-calamine reading it (the fastest
reader of .xlsx there is, in Rust) plus a raw sqlite3 executemany of the same rows into a copy
of the summit file. Target: the whole import (read, check, commit) within 3 times the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

from openpyxl import Workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402

from planner.importing.issue_import import commit_issue_import, plan_issue_import  # noqa: E402
from planner.sample import create_sample_summit  # noqa: E402
from planner.summit_file import close_summit_file, open_summit_file  # noqa: E402

ROWS = 50_000
TARGET = 3.0
TRACKS = ["Political", "Economic", "Social", "Ecology"]


def build_list(path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Issues")
    sheet.append(["Code", "Title", "Track", "Priority", "Lead", "Status", "Due", "Tags"])
    for n in range(ROWS):
        sheet.append(
            [
                f"IMP-{n:05d}",
                f"Imported issue number {n} on trade and transit",
                TRACKS[n % 4],
                ("high", "medium", "low")[n % 3],
                ("KZ", "CN", "UZ")[n % 3],
                "open",
                "16.06.2025",
                "trade, transit",
            ]
        )
    book.save(path)


def floor(source: Path, summit: Path) -> None:
    with CalamineWorkbook.from_path(str(source)) as book:
        rows = book.get_sheet_by_index(0).to_python()[1:]
    connection = sqlite3.connect(summit)
    connection.executemany(
        "INSERT INTO agenda_issue (code, title, track_id, description, priority, "
        "lead_delegation_id, status, due_date, tags) VALUES (?, ?, 1, '', ?, NULL, ?, NULL, ?)",
        [(r[0], r[1], r[3], r[5], r[7]) for r in rows],
    )
    connection.commit()
    connection.close()


def ours(source: Path, summit: Path) -> None:
    open_summit_file(summit)
    plan = plan_issue_import(source)
    commit_issue_import(plan)
    close_summit_file()


def measure(repeats: int = 3) -> list[dict]:
    folder = Path(tempfile.mkdtemp())
    source, template = folder / "issues.xlsx", folder / "template.summit"
    build_list(source)
    create_sample_summit(template)
    close_summit_file()
    timings: dict[str, list[float]] = {"ours": [], "floor": []}
    for repeat in range(repeats):
        for name, action in (("floor", floor), ("ours", ours)):
            summit = folder / f"{name}-{repeat}.summit"
            shutil.copyfile(template, summit)
            began = time.perf_counter()
            action(source, summit)
            timings[name].append(time.perf_counter() - began)
    ours_s, floor_s = statistics.median(timings["ours"]), statistics.median(timings["floor"])
    return [
        {
            "figure": f"import {ROWS:,} issues from .xlsx",
            "ours_s": round(ours_s, 2),
            "floor_s": round(floor_s, 2),
            "ratio": round(ours_s / floor_s, 2),
            "target": f"<= {TARGET}",
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results = measure(args.repeats)
    for row in results:
        print(
            f"{row['figure']}: ours {row['ours_s']} s, floor {row['floor_s']} s, "
            f"ratio {row['ratio']} (target {row['target']})"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
