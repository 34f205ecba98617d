"""VTIMEZONE blocks built from the zone's own transitions: one STANDARD or DAYLIGHT part per
change of offset around the summit, each with its exact DTSTART and no RDATE or RRULE, which
some clients (vobject, Outlook by report) read wrongly or not at all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

MARGIN = timedelta(days=400)  # a year and more either side of the summit's days
EARLIEST = datetime(1970, 1, 1)  # the first part starts here when no change came before


def offset_at(zone: ZoneInfo, moment: datetime) -> tuple[timedelta, bool, str]:
    local = moment.astimezone(zone)
    return local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or ""


def transitions(zone: ZoneInfo, begin: datetime, end: datetime) -> list[datetime]:
    """The UTC moments in [begin, end) where the zone's offset, daylight saving or name changes,
    found a day at a time, then to the second."""
    found = []
    moment, state = begin, offset_at(zone, begin)
    while moment < end:
        following = moment + timedelta(days=1)
        if offset_at(zone, following) != state:
            low, high = moment, following  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset_at(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            high = high.replace(microsecond=0)
            found.append(high)
            state = offset_at(zone, high)
        moment = following
    return found


def vtimezone(name: str, zone: ZoneInfo, first_day: date, last_day: date) -> Timezone:
    """The zone as it is around first_day..last_day: its offset when the window opens, then
    every change within it."""
    begin = datetime.combine(first_day, datetime.min.time(), UTC) - MARGIN
    end = datetime.combine(last_day, datetime.min.time(), UTC) + MARGIN
    changes = transitions(zone, begin, end)
    block = Timezone()
    block.add("tzid", name)
    before = offset_at(zone, begin)
    # the part in force when the window opens: as if it had started at the epoch, unchanged
    block.add_component(part(before, before, EARLIEST))
    for moment in changes:
        after = offset_at(zone, moment)
        start = (moment + before[0]).replace(tzinfo=None)  # local time, as it was before
        block.add_component(part(before, after, start))
        before = after
    return block


def part(
    before: tuple[timedelta, bool, str], after: tuple[timedelta, bool, str], start: datetime
) -> TimezoneStandard | TimezoneDaylight:
    offset, daylight, name = after
    component = TimezoneDaylight() if daylight else TimezoneStandard()
    component.add("dtstart", start)
    component.add("tzoffsetfrom", before[0])
    component.add("tzoffsetto", offset)
    if name:
        component.add("tzname", name)
    return component
