"""Benchmark: the positions matrix with 2,000 issues and 60 delegations (run on demand).

    python -m tests.perf.bench_positions [--json FILE]

Measures loading the matrix from the summit file into the table model and drawing the
visible part, and setting ten stances at once as the section does (the cells re-read, the
view redrawn). The baseline, in the same run, is a raw
sqlite3 read of the same positions into a dict.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", tempfile.mkdtemp())

from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from db.models import AgendaIssue, Delegation, Position, Summit, Track  # noqa: E402
from planner.positions import POSITION_EDITS, load_matrix, set_stance  # noqa: E402
from planner.summit_file import new_summit_file  # noqa: E402
from planner.summit_settings import default_settings  # noqa: E402

ISSUES, DELEGATIONS = 2_000, 60
STANCES = ["support", "conditional", "neutral", "oppose"]


def build(path: Path) -> None:
    rng = random.Random(60)

    def populate() -> None:
        Summit.create(**default_settings("Benchmark"))
        tracks = [Track.create(name=f"Track {n}", sort_order=n).id for n in range(5)]
        Delegation.insert_many(
            [
                {"code": f"D{n:02}", "name": f"Delegation {n}", "precedence": n}
                for n in range(DELEGATIONS)
            ]
        ).execute()
        AgendaIssue.insert_many(
            [
                {
                    "code": f"ISS-{n:04}",
                    "title": f"Issue number {n} on a long subject",
                    "track": tracks[n % 5],
                }
                for n in range(ISSUES)
            ]
        ).execute()
        issue_ids = [i for (i,) in AgendaIssue.select(AgendaIssue.id).tuples()]
        team_ids = [d for (d,) in Delegation.select(Delegation.id).tuples()]
        rows = [
            {"issue": i, "delegation": d, "stance": rng.choice(STANCES)}
            for i in issue_ids
            for d in team_ids
            if rng.random() < 0.5
        ]
        for start in range(0, len(rows), 5000):
            Position.insert_many(rows[start : start + 5000]).execute()

    new_summit_file(path, populate=populate)


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def measure(repeats: int = 7) -> list[dict]:
    from ui.positions.matrix_model import PositionMatrixModel

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "positions.summit"
    build(path)
    model = PositionMatrixModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1600, 1000)
    view.show()

    def load_and_draw() -> None:
        model.show_matrix(load_matrix())
        view.viewport().grab()

    def raw() -> None:
        connection = sqlite3.connect(path)
        dict(
            ((i, d), s)
            for i, d, s in connection.execute(
                "SELECT issue_id, delegation_id, stance FROM position"
            )
        )
        connection.close()

    ours = median_ms(load_and_draw, repeats)
    base = median_ms(raw, repeats)
    issue = AgendaIssue.select().first().id
    teams = [d for (d,) in Delegation.select(Delegation.id).limit(10).tuples()]
    flip = iter(range(10**6))

    def set_and_redraw() -> None:
        stance = STANCES[next(flip) % 4]
        states = POSITION_EDITS.commit(set_stance([(issue, d) for d in teams], stance))
        cells = POSITION_EDITS.changed(states[1]).ids(POSITION_EDITS.kind) if states else ()
        model.refresh(list(cells))  # what the section does after an edit
        app.processEvents()  # repaints what changed, as the window would

    edit = median_ms(set_and_redraw, repeats)
    app.processEvents()
    cells = Position.select().count()
    return [
        {
            "figure": f"load and draw {ISSUES} x {DELEGATIONS} ({cells} positions)",
            "ours_ms": round(ours, 1),
            "baseline_ms": round(base, 1),
            "ratio": round(ours / base, 1),
        },
        {
            "figure": "set 10 stances (saved) and redraw",
            "ours_ms": round(edit, 1),
            "baseline_ms": round(base, 1),
            "ratio": round(edit / base, 1),
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    results = measure(args.repeats)
    print(f"{'figure':48} {'ours ms':>8} {'base ms':>8} {'ratio':>6}")
    for row in results:
        print(f"{row['figure']:48} {row['ours_ms']:>8} {row['baseline_ms']:>8} {row['ratio']:>6}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as stream:
            json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
