"""The schedule as an iCalendar file (RFC 5545) that Outlook, Google Calendar and phones load:
one event per meeting, in the summit's time zone, with a UID that stays the same from one
export to the next so that loading a newer file updates the events instead of doubling them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event

from db.models import AgendaIssue, Summit
from planner import __version__
from planner.export.common import agenda_codes, delegation_id, meetings_of, write_safely
from planner.schedule import load_overview
from planner.timezones import zone

STATUS = {
    "requested": "TENTATIVE",
    "proposed": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def build_calendar(delegation: str | None = None) -> Calendar:
    overview = load_overview()
    summit = Summit.get()
    team = delegation_id(overview, delegation)
    directory = overview.directory
    agenda = agenda_codes()
    titles = dict(AgendaIssue.select(AgendaIssue.code, AgendaIssue.title).tuples())
    local = zone(summit.timezone)
    stamp = datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Summit Planner//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = summit.name if team is None else f"{summit.name} — {directory.delegations[team][0]}"
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", summit.timezone)
    for fact in meetings_of(overview, team):
        event = Event()
        event.add("uid", f"meeting-{fact.id}-{summit.uid}@summit-planner")
        event.add("dtstamp", stamp)
        event.add("dtstart", fact.start.astimezone(local))
        event.add("dtend", fact.end.astimezone(local))
        event.add("summary", fact.title)
        event.add("status", STATUS[fact.status])
        if fact.room_id is not None and fact.room_id in directory.rooms:
            event.add("location", f"{directory.rooms[fact.room_id][0]}, {summit.venue}".strip(", "))
        elif summit.venue:
            event.add("location", summit.venue)
        lines = [
            "Delegations: " + ", ".join(directory.delegations[d][0] for d in fact.delegations),
            "Level: " + fact.level.replace("_", " "),
            "Status: " + fact.status,
        ]
        codes = agenda.get(fact.id, [])
        if codes:
            lines.append("Agenda:")
            lines.extend(f"- {code} {titles.get(code, '')}".rstrip() for code in codes)
        event.add("description", "\n".join(lines))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def export_calendar(path: Path, *, delegation: str | None = None) -> int:
    """Write the .ics file at path; return how many events it holds."""
    calendar = build_calendar(delegation)
    data = calendar.to_ical()
    write_safely(path, lambda temporary: Path(temporary).write_bytes(data))
    return len(calendar.events)
