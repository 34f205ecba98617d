"""The wall chart's layout of one day: columns, blocks, lanes, counts."""

from datetime import date, datetime

from db.models import Delegation
from planner.conflicts import Severity
from planner.day_layout import NO_ROOM, ColumnMode, day_layout, lanes_of
from planner.schedule import load_overview

DAY_ONE, DAY_TWO = date(2025, 6, 16), date(2025, 6, 17)


def test_room_columns_hold_each_meeting_once(sample_summit):
    overview = load_overview()
    layout = day_layout(overview, DAY_ONE, ColumnMode.ROOMS)
    assert [c.title for c in layout.columns][:2] == ["Altai Room", "Astana Hall"]
    ids = [b.meeting_id for b in layout.blocks]
    assert len(ids) == len(set(ids)) == layout.counts[DAY_ONE]  # cancelled one hidden
    assert layout.counts == {DAY_ONE: 10, DAY_TWO: 13}
    assert layout.first == datetime(2025, 6, 16, 8) and layout.last == datetime(2025, 6, 16, 21)


def test_cancelled_meetings_only_when_asked(sample_summit):
    overview = load_overview()
    shown = day_layout(overview, DAY_ONE, ColumnMode.ROOMS, show_cancelled=True)
    assert len(shown.blocks) == 11
    assert any(b.status == "cancelled" for b in shown.blocks)


def test_delegation_columns_repeat_shared_meetings(sample_summit):
    overview = load_overview()
    layout = day_layout(overview, DAY_TWO, ColumnMode.DELEGATIONS)
    assert [c.title for c in layout.columns] == ["KZ", "CN", "KG", "TJ", "TM", "UZ"]
    assert layout.columns[0].colour.startswith("#")
    plenary = [b for b in layout.blocks if b.title == "Plenary session of the Heads of State"]
    assert sorted(b.column for b in plenary) == list(range(6))


def test_conflicting_blocks_carry_the_explanation(sample_summit):
    layout = day_layout(load_overview(), DAY_ONE, ColumnMode.DELEGATIONS)
    kz = next(i for i, c in enumerate(layout.columns) if c.title == "KZ")
    clashing = [b for b in layout.blocks if b.column == kz and b.severity is Severity.ERROR]
    assert len(clashing) == 2
    assert all("Satkaliyev" in b.explanation for b in clashing)
    assert {b.lanes for b in clashing} == {2}  # side by side in the KZ column
    assert {b.lane for b in clashing} == {0, 1}


def test_filter_by_delegation_and_the_no_room_column(sample_summit):
    overview = load_overview()
    uz = Delegation.get(Delegation.code == "UZ").id
    layout = day_layout(overview, DAY_TWO, ColumnMode.DELEGATIONS, delegation=uz)
    assert [c.title for c in layout.columns] == ["UZ"]
    rooms = day_layout(overview, DAY_TWO, ColumnMode.ROOMS, delegation=uz)
    assert all("UZ" in b.participants for b in rooms.blocks)
    assert all(c.key != NO_ROOM for c in rooms.columns)


def test_lanes_group_only_overlapping_meetings():
    def at(h, m=0):
        return datetime(2025, 6, 16, h, m)

    entries = [
        (at(9), at(10), 1),
        (at(9, 30), at(11), 2),
        (at(10), at(10, 30), 3),  # fits in lane 0 again, still in the same group
        (at(11), at(12), 4),  # a new group
    ]
    assert lanes_of(entries) == [(0, 2), (1, 2), (0, 2), (0, 1)]


def test_a_day_looked_up_by_start_has_the_meetings_a_full_scan_finds(sample_summit):
    import random
    from dataclasses import replace

    overview = load_overview()
    pairs = list(zip(overview.facts, overview.rows, strict=True))
    random.Random(4).shuffle(pairs)  # out of order: every meeting is looked at
    shuffled = replace(overview, facts=[f for f, _ in pairs], rows=[r for _, r in pairs])
    for day in overview.frame.days:
        for mode in ColumnMode:
            ours = day_layout(overview, day, mode, show_cancelled=True)
            scanned = day_layout(shuffled, day, mode, show_cancelled=True)
            assert sorted(ours.blocks, key=lambda b: (b.meeting_id, b.column)) == sorted(
                scanned.blocks, key=lambda b: (b.meeting_id, b.column)
            )
            assert ours.counts == scanned.counts and ours.blocks
