"""One summit day laid out as a wall chart: columns (rooms or delegations) and blocks."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from operator import attrgetter

from planner.conflict_report import Conflict, Severity
from planner.conflicts import CANCELLED
from planner.local_formats import number
from planner.meeting_facts import MeetingFacts, MeetingRow
from planner.meetings import kind_of
from planner.schedule import Overview
from planner.timezones import local_to_utc
from planner.translation import tr, trn

NO_ROOM = -1
"""The key of the column of meetings that have no room yet."""


class ColumnMode(StrEnum):
    ROOMS = "rooms"
    DELEGATIONS = "delegations"


@dataclass(frozen=True)
class GridColumn:
    key: int  # a room id, a delegation id, or NO_ROOM
    title: str
    subtitle: str
    colour: str | None = None  # a delegation's colour


@dataclass(frozen=True)
class GridBlock:
    meeting_id: int
    column: int  # index into DayLayout.columns
    lane: int  # side by side when meetings overlap in one column
    lanes: int
    start: datetime  # local wall-clock time
    end: datetime
    title: str
    participants: str  # delegation codes, the host first
    room: str
    status: str
    kind: str
    host_colour: str
    severity: Severity | None  # the worst conflict it is part of
    conflicts: tuple[Conflict, ...] = field(default=(), compare=False, repr=False)
    unlisted: int = 0  # conflicts it is part of beyond those listed

    @property
    def explanation(self) -> str:
        """Every listed conflict's message, for a tooltip (written when first shown)."""
        texts = [c.message for c in self.conflicts]
        if self.unlisted:
            texts.append(more_conflicts(self.unlisted, bool(texts)))
        return "\n\n".join(texts)


@dataclass(frozen=True)
class DayLayout:
    day: date
    mode: ColumnMode
    columns: list[GridColumn]
    blocks: list[GridBlock]
    first: datetime  # the top of the chart (the working day's start, or earlier meetings)
    last: datetime
    slot_minutes: int
    counts: dict[date, int]  # meetings per summit day (cancelled ones left out)


def in_order(overview: Overview) -> bool:
    facts = overview.facts
    return all(a.start <= b.start for a, b in pairwise(facts))  # as loaded: by start


def day_range(overview: Overview, day: date) -> tuple[int, int]:
    """Where a day's meetings are in facts sorted by start (a local day is one span of UTC,
    taken with a margin: a clock change may fall at midnight)."""
    zone_name, facts = overview.frame.timezone, overview.facts
    margin = timedelta(hours=3)
    begin = local_to_utc(datetime.combine(day, time()), zone_name) - margin
    end = local_to_utc(datetime.combine(day + timedelta(days=1), time()), zone_name) + margin
    start_of = attrgetter("start")
    return bisect_left(facts, begin, key=start_of), bisect_left(facts, end, key=start_of)


def days_meetings(overview: Overview, day: date) -> Iterable[tuple[MeetingFacts, MeetingRow]]:
    """The day's meetings with their list rows: looked up by start in a loaded overview, so
    that a day of a 20,000-meeting summit costs its own meetings, not everyone's."""
    pairs = zip(overview.facts, overview.rows, strict=True)
    if not in_order(overview):
        return [(fact, row) for fact, row in pairs if row.day == day]
    low, high = day_range(overview, day)
    near = zip(overview.facts[low:high], overview.rows[low:high], strict=True)
    return [(fact, row) for fact, row in near if row.day == day]


def day_counts(overview: Overview) -> dict[date, int]:
    """Meetings not cancelled, per day of the summit."""
    counts: dict[date, int] = {d: 0 for d in overview.frame.days}
    for fact, row in zip(overview.facts, overview.rows, strict=True):
        if fact.status != CANCELLED:
            counts[row.day] = counts.get(row.day, 0) + 1
    return counts


def day_layout(
    overview: Overview,
    day: date,
    mode: ColumnMode,
    *,
    delegation: int | None = None,
    show_cancelled: bool = False,
) -> DayLayout:
    """Lay out one day's meetings in columns of rooms or of delegations."""
    mode = ColumnMode(mode)
    frame, directory = overview.frame, overview.directory
    total = len(directory.delegations)
    counts = day_counts(overview)
    todays = []
    midnight = datetime.combine(day, time()) + timedelta(days=1)
    # The list rows hold each meeting's local times already: no time zone sums per meeting.
    for fact, row in days_meetings(overview, day):
        if fact.status == CANCELLED and not show_cancelled:
            continue
        if delegation is not None and delegation not in fact.delegations:
            continue
        todays.append((fact, row.start, min(row.end, midnight)))

    if mode is ColumnMode.ROOMS:
        columns = [
            GridColumn(
                room_id,
                name,
                trn("%n seat · {building}", "%n seats · {building}", capacity).format(
                    building=building
                )
                if building
                else trn("%n seat", "%n seats", capacity),
            )
            for room_id, (name, building, capacity) in directory.rooms.items()
        ]
        if any(fact.room_id is None for fact, _, _ in todays):
            columns.append(GridColumn(NO_ROOM, tr("No room yet"), tr("to be assigned")))
    else:
        shown: Iterable[tuple[int, tuple[str, str]]] = directory.delegations.items()
        if delegation is not None:
            shown = [(d, names) for d, names in shown if d == delegation]
        columns = [GridColumn(d, code, name, directory.colours.get(d)) for d, (code, name) in shown]
    index = {column.key: number for number, column in enumerate(columns)}

    placed: dict[int, list[tuple[datetime, datetime, MeetingFacts]]] = {}
    for fact, start, end in sorted(todays, key=lambda t: (t[1], t[0].id)):
        if mode is ColumnMode.ROOMS:
            keys = [fact.room_id if fact.room_id is not None else NO_ROOM]
        else:
            keys = list(fact.delegations)
        for key in keys:
            if key in index:
                placed.setdefault(index[key], []).append((start, end, fact))

    blocks = []
    for column, entries in placed.items():
        for (start, end, fact), (lane, lanes) in zip(entries, lanes_of(entries), strict=True):
            # Marked from the report's count per meeting, exact even when the conflicts
            # are too many to list.
            conflicts = overview.by_meeting.get(fact.id, [])
            severity = overview.report.severity_of(fact.id)
            unlisted = sum(overview.report.marks(fact.id)) - len(conflicts)
            room = directory.rooms.get(fact.room_id) if fact.room_id is not None else None
            host = fact.delegations[0] if fact.delegations else None
            blocks.append(
                GridBlock(
                    meeting_id=fact.id,
                    column=column,
                    lane=lane,
                    lanes=lanes,
                    start=start,
                    end=end,
                    title=fact.title,
                    participants="–".join(directory.delegations[d][0] for d in fact.delegations),
                    room=room[0] if room else "",
                    status=fact.status,
                    kind=kind_of(len(fact.delegations), total),
                    host_colour=directory.colours.get(host, "#808080") if host else "#808080",
                    severity=severity,
                    conflicts=tuple(conflicts),
                    unlisted=unlisted,
                )
            )

    first = datetime.combine(day, frame.day_start)
    last = datetime.combine(day, frame.day_end)
    for _, start, end in todays:
        first, last = min(first, start.replace(minute=0)), max(last, end)
    if last.minute:
        last = last.replace(minute=0) + timedelta(hours=1)
    return DayLayout(day, mode, columns, blocks, first, last, frame.slot_minutes, counts)


def more_conflicts(count: int, listed: bool) -> str:
    """What a tooltip says of the conflicts that are counted but not listed."""
    if listed:
        text = trn(
            "… and %n more conflict (see the Conflicts panel's groups).",
            "… and %n more conflicts (see the Conflicts panel's groups).",
            count,
        )
    else:
        text = trn(
            "Part of %n conflict (see the Conflicts panel's groups).",
            "Part of %n conflicts (see the Conflicts panel's groups).",
            count,
        )
    return text.replace(str(count), number(count), 1)


def lanes_of(entries: Sequence[tuple[datetime, datetime, object]]) -> list[tuple[int, int]]:
    """(lane, lane count) for each entry (sorted by start): overlapping meetings of one column
    side by side, each group of overlaps as wide as it needs."""
    result: list[tuple[int, int]] = []
    lane_ends: list[datetime] = []
    group: list[int] = []
    for start, end, _fact in entries:
        if lane_ends and start >= max(lane_ends):
            result.extend((lane, len(lane_ends)) for lane in group)
            lane_ends, group = [], []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                group.append(lane)
                break
        else:
            lane_ends.append(end)
            group.append(len(lane_ends) - 1)
    result.extend((lane, len(lane_ends)) for lane in group)
    return result
