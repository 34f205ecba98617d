"""Calendars every client reads: time zones without RDATE, read by vobject and ical as
icalendar means them; zones from the tzdata package; revisions; cancelled meetings; a
person's own calendar."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import vobject

from db.models import Attendee, Meeting, Person, Summit
from planner.export.calendar import export_calendar, sequence_at
from planner.export.vtimezone import transitions, vtimezone
from planner.timezones import prefer_tzdata_package
from tests.planner.strict_calendar import content_lines, read_strictly


def vobject_events(path):
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {str(e.uid.value): e for e in calendar.vevent_list}


def test_zones_hold_for_the_summit_without_rdate_and_strict_parsers_agree(sample_summit, tmp_path):
    out = tmp_path / "astana.ics"
    export_calendar(out)
    lines = content_lines(out)
    assert not [line for line in lines if line.startswith(("RDATE", "RRULE"))]
    strict, _loose = read_strictly(out)
    meetings = {m.id: m for m in Meeting.select()}
    events = vobject_events(out)
    assert len(events) == len(meetings) == len(strict.events)
    for uid, event in events.items():
        meeting = meetings[int(uid.split("-")[1])]
        # vobject reads the block we wrote: Astana's +05, not an hour early
        assert event.dtstart.value == meeting.start, uid
        assert event.dtstart.value.utcoffset() == timedelta(hours=5)
        assert event.dtend.value == meeting.end
    for event in strict.events:
        meeting = meetings[int(event.uid.split("-")[1])]
        assert event.dtstart == meeting.start


def test_a_zone_with_daylight_saving_gets_each_change_around_the_summit():
    berlin = ZoneInfo("Europe/Berlin")
    block = vtimezone("Europe/Berlin", berlin, date(2025, 6, 16), date(2025, 6, 17))
    text = block.to_ical().decode()
    assert "RDATE" not in text and "RRULE" not in text
    assert "DTSTART:20250330T020000" in text and "DTSTART:20251026T030000" in text
    changes = transitions(
        berlin, datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert changes == [datetime(2025, 3, 30, 1, tzinfo=UTC), datetime(2025, 10, 26, 1, tzinfo=UTC)]
    # and vobject places a summer and a winter time with it
    calendar = vobject.readOne(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        + text.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
        + "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20250616T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20250101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20251216T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    summer, winter = (e.dtstart.value for e in calendar.vevent_list)
    assert summer.utcoffset() == timedelta(hours=2) and winter.utcoffset() == timedelta(hours=1)


def test_the_tzdata_package_wins_over_an_outdated_system_database(tmp_path):
    # a system database from before March 2024 kept Almaty on UTC+6: planted here
    old = tmp_path / "zoneinfo"
    (old / "Asia").mkdir(parents=True)
    with resources.files("tzdata.zoneinfo").joinpath("Asia", "Dhaka").open("rb") as source:
        (old / "Asia" / "Almaty").write_bytes(source.read())
    try:
        zoneinfo.reset_tzpath(to=[str(old)])
        zoneinfo.ZoneInfo.clear_cache()
        moment = datetime(2025, 6, 16, 6, tzinfo=UTC)
        assert moment.astimezone(ZoneInfo("Asia/Almaty")).hour == 12  # the planted +06
        assert prefer_tzdata_package()
        assert zoneinfo.TZPATH == ()
        assert moment.astimezone(ZoneInfo("Asia/Almaty")).hour == 11  # tzdata: +05
    finally:
        prefer_tzdata_package()


def test_events_carry_a_growing_sequence_and_cancelled_ones_say_so(sample_summit, tmp_path):
    first = tmp_path / "a.ics"
    export_calendar(first)
    events = read_strictly(first)[1].walk("VEVENT")
    sequences = {int(e["SEQUENCE"]) for e in events}
    assert len(sequences) == 1 and sequences.pop() > 0
    cancelled = {m.id for m in Meeting.select().where(Meeting.status == "cancelled")}
    assert cancelled
    for event in events:
        meeting = int(str(event["UID"]).split("-")[1])
        if meeting in cancelled:
            assert event["STATUS"] == "CANCELLED" and event["TRANSP"] == "TRANSPARENT"
        assert "_" not in str(event["DESCRIPTION"])  # words, not codes
    assert any("Level: Heads of state" in str(e["DESCRIPTION"]) for e in events)


def test_a_persons_calendar_of_one_day(sample_summit, tmp_path):
    head = Summit.get().home_delegation.people.order_by(Person.id).first()
    out = tmp_path / "head.ics"
    count = export_calendar(out, person=str(head.id), day=date(2025, 6, 16))
    events = read_strictly(out)[1].walk("VEVENT")
    theirs = {
        m.id
        for m in Meeting.select().join(Attendee).where(Attendee.person == head)
        if m.start.astimezone(ZoneInfo("Asia/Almaty")).date() == date(2025, 6, 16)
    }
    assert count == len(events) == len(theirs) > 0
    assert {int(str(e["UID"]).split("-")[1]) for e in events} == theirs
    calname = next(line for line in content_lines(out) if line.startswith("X-WR-CALNAME"))
    assert head.name in calname


def test_a_correction_exported_within_the_same_minute_still_updates_the_events():
    made = datetime(2026, 12, 2, 2, 30, 5, tzinfo=UTC)
    first, corrected = sequence_at(made), sequence_at(made + timedelta(seconds=20))
    assert 0 < first < corrected < 2**31  # higher, and within the 32 bits clients keep
    assert sequence_at(datetime(2092, 1, 1, tzinfo=UTC)) < 2**31
