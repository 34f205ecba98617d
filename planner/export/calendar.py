"""The schedule as an iCalendar file (RFC 5545) that Outlook, Google Calendar and phones load:
one event per meeting, in the summit's time zone, with a UID that stays the same from one
export to the next so that loading a newer file updates the events instead of doubling them."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event

from db.models import AgendaIssue, Summit
from planner import __version__
from planner.export.common import agenda_codes, delegation_id, meetings_of, write_safely
from planner.schedule import load_overview
from planner.text import clean_line, clean_text
from planner.timezones import zone

# A calendar shows a title on one line and a few paragraphs below it: longer texts (a 10 MB
# title in a received file) are cut, with a mark, instead of being written in full.
LINE_LIMIT = 1_000
DESCRIPTION_LIMIT = 10_000
UID_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")

STATUS = {
    "requested": "TENTATIVE",
    "proposed": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def uid_token(uid: str) -> str:
    """The summit's uid as it can stand in an event's UID: as it is when it is a plain token
    (ours are hexadecimal), otherwise a digest of it, stable from one export to the next."""
    if UID_TOKEN.fullmatch(uid):
        return uid
    return hashlib.sha256(uid.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def line(text: str) -> str:
    return clean_line(text, LINE_LIMIT)


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
    calendar.add("x-wr-calname", line(name))
    calendar.add("x-wr-timezone", line(summit.timezone))
    venue = line(summit.venue)
    token = uid_token(summit.uid)
    for fact in meetings_of(overview, team):
        event = Event()
        event.add("uid", f"meeting-{fact.id}-{token}@summit-planner")
        event.add("dtstamp", stamp)
        event.add("dtstart", fact.start.astimezone(local))
        event.add("dtend", fact.end.astimezone(local))
        event.add("summary", line(fact.title))
        event.add("status", STATUS[fact.status])
        if fact.room_id is not None and fact.room_id in directory.rooms:
            room = line(directory.rooms[fact.room_id][0])
            event.add("location", line(f"{room}, {venue}".strip(", ")))
        elif venue:
            event.add("location", venue)
        lines = [
            "Delegations: " + ", ".join(directory.delegations[d][0] for d in fact.delegations),
            "Level: " + fact.level.replace("_", " "),
            "Status: " + fact.status,
        ]
        codes = agenda.get(fact.id, [])
        if codes:
            lines.append("Agenda:")
            lines.extend(f"- {code} {titles.get(code, '')}".rstrip() for code in codes)
        # each line one line, however its parts were typed; then the whole bounded
        event.add("description", clean_text("\n".join(map(line, lines)), DESCRIPTION_LIMIT))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def export_calendar(path: Path, *, delegation: str | None = None) -> int:
    """Write the .ics file at path; return how many events it holds."""
    calendar = build_calendar(delegation)
    data = calendar.to_ical()
    write_safely(path, lambda temporary: Path(temporary).write_bytes(data))
    return len(calendar.events)
