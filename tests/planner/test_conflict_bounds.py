"""A double-booked programme: conflicts counted exactly, listed up to a limit, grouped, and
found in bounded memory, in the engine, `check`, the editor's preview and the export."""

import json
import tracemalloc
from collections import Counter
from itertools import combinations

import pytest
from openpyxl import load_workbook

import planner.conflicts
from planner.cli import run_command
from planner.conflicts import ConflictKind, conflicts_involving, find_conflicts
from planner.export.workbook import export_workbook
from planner.summit_file import close_summit_file, open_summit_file
from tests.perf.double_booked import FRAME, double_booked, write_summit

OVERLAPS = {
    ConflictKind.DELEGATION_OVERLAP: lambda m: set(m.delegations),
    ConflictKind.PERSON_OVERLAP: lambda m: {p for p, _ in m.attendees},
    ConflictKind.ROOM_OVERLAP: lambda m: {m.room_id},
}


def brute_force(facts):
    """Overlaps by comparing every pair: per kind, per meeting, and per resource and day."""
    kinds, per_meeting, groups = Counter(), Counter(), Counter()
    for a, b in combinations(facts, 2):
        if not (a.start < b.end and b.start < a.end):
            continue
        for kind, needs in OVERLAPS.items():
            shared = needs(a) & needs(b)
            if shared:
                kinds[kind] += 1
                per_meeting[a.id] += 1
                per_meeting[b.id] += 1
                later = max(a, b, key=lambda m: (m.start, m.end, m.id))
                for resource in shared:
                    groups[(kind, resource, later.start.date())] += 1
    return kinds, per_meeting, groups


def test_counts_and_groups_are_exact_and_the_list_is_cut():
    facts, directory = double_booked(160)
    report = find_conflicts(facts, FRAME, directory, listed=50)
    kinds, per_meeting, groups = brute_force(facts)
    assert {k: n for k, n in report.counts.items() if k in OVERLAPS} == kinds
    assert len(report.listed) == 50 and report.cut
    for meeting in facts:
        errors, _warnings = report.marks(meeting.id)
        assert errors == per_meeting[meeting.id]
    # Days in UTC and in Astana agree here (all meetings start between 09:00 and 13:00).
    assert {(g.kind, g.resource, g.day): g.pairs for g in report.groups} == {
        key: n for key, n in groups.items() if n
    }
    every = find_conflicts(facts, FRAME, directory, listed=10**9)
    assert not every.cut and every.counts == report.counts
    assert {c.meetings for c in report.listed} <= {c.meetings for c in every.listed}


def test_a_double_booked_programme_stays_within_bounded_memory():
    facts, directory = double_booked(1_000)  # some 186,000 clashes
    tracemalloc.start()
    try:
        report = find_conflicts(facts, FRAME, directory, listed=1_000)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.total > 180_000
    assert len(report.listed) == 1_000
    assert peak < 20 * 2**20  # listing every pair took 100 MB


def test_the_preview_of_one_meeting_lists_all_of_its_own_conflicts():
    facts, directory = double_booked(1_500)
    candidate, others = facts[0], facts[1:]
    found = conflicts_involving(candidate, others, FRAME, directory)
    partners = {
        kind: sum(
            1
            for m in others
            if m.start < candidate.end and candidate.start < m.end and needs(m) & needs(candidate)
        )
        for kind, needs in OVERLAPS.items()
    }
    assert Counter(c.kind for c in found if c.kind in OVERLAPS) == partners
    assert all(candidate.id in c.meetings for c in found)


@pytest.fixture
def double_booked_file(tmp_path, monkeypatch):
    monkeypatch.setattr(planner.conflicts, "LISTED", 40)
    path = tmp_path / "double.summit"
    write_summit(path, 120)
    return path


def test_check_counts_everything_and_says_the_list_is_cut(double_booked_file, capsys):
    assert run_command(["check", str(double_booked_file), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["integrity"] == "ok"
    assert len(report["conflicts"]) == 40 and report["listed_all"] is False
    assert report["total"] == report["errors"] + report["warnings"] > 1_000
    assert sum(report["kinds"].values()) == report["total"]
    delegations = [g for g in report["groups"] if g["kind"] == "delegation_overlap"]
    assert len(delegations) == 12  # six delegations on two days
    assert all(g["pairs"] > 0 and g["meetings"] > 1 for g in delegations)
    assert run_command(["check", str(double_booked_file)]) == 1
    text = capsys.readouterr().out
    assert "The list is cut:" in text and f"Conflicts: {report['errors']:,} errors" in text
    assert "is expected in two meetings at once on 16 Jun:" in text


def test_the_export_lists_the_first_conflicts_and_counts_the_rest(double_booked_file, tmp_path):
    open_summit_file(double_booked_file)
    try:
        export_workbook(tmp_path / "out.xlsx", positions=False)
    finally:
        close_summit_file()
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    rows = [row for row in book["Conflicts"].iter_rows(min_row=2, values_only=True)]
    notes = [r for r in rows if r[3] and str(r[3]).startswith("The list above is cut")]
    assert len(notes) == 1 and rows.index(notes[0]) == 40
    assert all(r[2].endswith("meetings") for r in rows[41:]) and len(rows) > 41
    summary = dict(book["Summary"].iter_rows(min_row=1, values_only=True))
    book.close()  # a read-only workbook keeps its file open until closed
    assert summary["Conflicts listed"].startswith("the first 40;")
