"""The schedule as an iCalendar file (RFC 5545) that Outlook, Google Calendar and phones load:
one event per meeting (of the whole summit, one delegation or one person; one day or all), in
the summit's time zone, with a UID that stays the same from one export to the next and a
SEQUENCE that grows, so that loading a newer file updates the events instead of doubling them."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event

from db.models import AgendaIssue, Summit
from planner import __version__
from planner.export.common import agenda_codes, write_safely
from planner.export.scope import Audience, in_scope, resolve_scope
from planner.export.vtimezone import vtimezone
from planner.labels import kind_labels, level_labels, status_labels
from planner.meetings import kind_of
from planner.schedule import load_overview
from planner.text import clean_line, clean_text
from planner.timezones import zone
from planner.translation import tr

# A calendar shows a title on one line and a few paragraphs below it: longer texts (a 10 MB
# title in a received file) are cut, with a mark, instead of being written in full.
LINE_LIMIT = 1_000
DESCRIPTION_LIMIT = 10_000
UID_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Each export is a newer revision of every event: seconds since this moment, growing from one
# export to the next (a client keeps an event whose SEQUENCE is not higher than its own), also
# when a correction is exported again within the same minute; they fit the 32 bits clients
# keep a SEQUENCE in until 2092. The rows' versions would not do: a summit file does not count
# them up (only a server does), so an edited meeting would keep its SEQUENCE and be ignored.
REVISIONS_FROM = datetime(2024, 1, 1, tzinfo=UTC)


def sequence_at(moment: datetime) -> int:
    """The SEQUENCE of every event of an export made at moment."""
    return max(0, int((moment - REVISIONS_FROM).total_seconds()))


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


def build_calendar(
    delegation: str | None = None,
    *,
    person: str | None = None,
    day: date | None = None,
    audience: Audience | str | None = None,
) -> Calendar:
    summit_overview = load_overview(conflicts=False)
    scope = resolve_scope(
        summit_overview, delegation=delegation, person=person, day=day, audience=audience
    )
    overview = in_scope(summit_overview, scope)
    summit = Summit.get()
    directory = overview.directory
    agenda = agenda_codes()
    titles = dict(AgendaIssue.select(AgendaIssue.code, AgendaIssue.title).tuples())
    local = zone(summit.timezone)
    now = datetime.now(UTC).replace(microsecond=0)
    sequence = sequence_at(now)
    calendar = Calendar()
    calendar.add("prodid", f"-//Summit Planner//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = summit.name
    if scope.person is not None:
        name = f"{summit.name} — {directory.people[scope.person][0]}"
    elif scope.delegation is not None:
        name = f"{summit.name} — {directory.delegations[scope.delegation][0]}"
    calendar.add("x-wr-calname", line(name))
    calendar.add("x-wr-timezone", line(summit.timezone))
    venue = line(summit.venue)
    token = uid_token(summit.uid)
    kinds, levels, statuses = kind_labels(), level_labels(), status_labels()
    total = len(directory.delegations)
    for fact in overview.facts:
        event = Event()
        event.add("uid", f"meeting-{fact.id}-{token}@summit-planner")
        event.add("dtstamp", now)
        event.add("sequence", sequence)
        event.add("dtstart", fact.start.astimezone(local))
        event.add("dtend", fact.end.astimezone(local))
        event.add("summary", line(fact.title))
        event.add("status", STATUS[fact.status])  # a cancelled one shows struck through
        if fact.status == "cancelled":
            event.add("transp", "TRANSPARENT")  # and takes no time in anyone's calendar
        if fact.room_id is not None and fact.room_id in directory.rooms:
            room = line(directory.rooms[fact.room_id][0])
            event.add("location", line(f"{room}, {venue}".strip(", ")))
        elif venue:
            event.add("location", venue)
        kind = kinds[kind_of(len(fact.delegations), total)]
        lines = [
            tr("Delegations: %1").replace(
                "%1", ", ".join(directory.delegations[d][0] for d in fact.delegations)
            ),
            tr("Kind: %1").replace("%1", kind),
            tr("Level: %1").replace("%1", levels.get(fact.level, fact.level)),
            tr("Status: %1").replace("%1", statuses.get(fact.status, fact.status)),
        ]
        codes = agenda.get(fact.id, [])
        if codes:
            lines.append(tr("Agenda:"))
            lines.extend(f"- {code} {titles.get(code, '')}".rstrip() for code in codes)
        # each line one line, however its parts were typed; then the whole bounded
        event.add("description", clean_text("\n".join(map(line, lines)), DESCRIPTION_LIMIT))
        calendar.add_component(event)
    frame = overview.frame
    calendar.add_component(vtimezone(summit.timezone, local, frame.first_day, frame.last_day))
    return calendar


def export_calendar(
    path: Path,
    *,
    delegation: str | None = None,
    person: str | None = None,
    day: date | None = None,
    audience: Audience | str | None = None,
) -> int:
    """Write the .ics file at path; return how many events it holds."""
    calendar = build_calendar(delegation, person=person, day=day, audience=audience)
    data = calendar.to_ical()
    write_safely(path, lambda temporary: Path(temporary).write_bytes(data))
    return len(calendar.events)
