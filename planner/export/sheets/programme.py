"""The programme: a sheet per day (a page or more on A4 portrait) of the meetings of one
person, one delegation or the whole summit, in time order, with who they meet and what about."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from db.models import AgendaIssue, Delegation, Meeting, MeetingIssue, Person
from planner.display_names import names_in_language
from planner.export.table import Column
from planner.labels import kind_labels, level_labels
from planner.local_formats import long_day, short_day
from planner.meeting_facts import MeetingFacts
from planner.meetings import kind_of
from planner.timezones import zone
from planner.translation import tr, trn
from planner.vocabulary import Rank

if TYPE_CHECKING:
    from planner.export.workbook import Exporter

CANCELLED = "cancelled"
SENIORITY = {rank.value: number for number, rank in enumerate(Rank)}
PEOPLE_SHOWN = 2  # of each delegation, the most senior first
SIZE = 11  # points: read at arm's length


def agenda_lines(meetings: set[int]) -> dict[int, list[str]]:
    """Each meeting's agenda as "CODE Title" lines, in agenda order."""
    result: dict[int, list[str]] = {}
    titles = names_in_language("issue")
    query = (
        MeetingIssue.select(
            MeetingIssue.meeting, AgendaIssue.id, AgendaIssue.code, AgendaIssue.title
        )
        .join(AgendaIssue)
        .order_by(MeetingIssue.sort_order, MeetingIssue.id)
        .tuples()
    )
    for meeting, issue, code, title in query:
        if meeting in meetings:
            result.setdefault(meeting, []).append(f"{code} {titles.get(issue, title)}")
    return result


class Programme:
    """What the programme's pages say of each meeting."""

    def __init__(self, export: Exporter) -> None:
        self.export = export
        self.directory = export.overview.directory
        self.titles = dict(Person.select(Person.id, Person.title).tuples())
        ids = {f.id for f in export.facts}
        self.agenda = agenda_lines(ids)
        self.notes: dict[int, str] = {}
        if export.internal:  # notes are the team's own
            notes = Meeting.select(Meeting.id, Meeting.notes).where(Meeting.notes != "")
            self.notes = {i: n for i, n in notes.tuples() if i in ids}
        self.local = zone(export.frame.timezone)
        self.home = self.home_zone()

    def home_zone(self) -> ZoneInfo | None:
        """The capital's time shown beside the summit's, when asked and when it differs."""
        if not self.export.home_time:
            return None
        team = self.export.scope.delegation
        name = self.directory.home_timezone
        if team is not None:
            name = Delegation.get_by_id(team).timezone
        if not name or name == self.export.frame.timezone:
            return None
        return zone(name)

    def who(self, *, titled: bool = True) -> str:
        scope, directory = self.export.scope, self.directory
        if scope.person is not None:
            name = directory.people[scope.person][0]
            title = self.titles.get(scope.person, "") if titled else ""
            return f"{name}, {title}" if title else name
        if scope.delegation is not None:
            return directory.delegations[scope.delegation][1]
        return self.export.info.name

    def time(self, fact: MeetingFacts) -> str:
        start, end = fact.start.astimezone(self.local), fact.end.astimezone(self.local)
        text = f"{start:%H:%M}–{end:%H:%M}"
        if self.home is not None:
            home_start, home_end = fact.start.astimezone(self.home), fact.end.astimezone(self.home)
            text += "\n" + tr("(%1 at home)").replace("%1", f"{home_start:%H:%M}–{home_end:%H:%M}")
        return text

    def meeting(self, fact: MeetingFacts) -> str:
        total = len(self.directory.delegations)
        kind = kind_labels()[kind_of(len(fact.delegations), total)]
        lines = [fact.title, f"{kind} · {level_labels().get(fact.level, fact.level)}"]
        note = self.notes.get(fact.id)
        if note:
            lines.append(tr("Note: %1").replace("%1", note))
        return "\n".join(lines)

    def place(self, fact: MeetingFacts) -> str:
        if fact.room_id is None or fact.room_id not in self.directory.rooms:
            return tr("Room to be announced")
        name, building, _seats = self.directory.rooms[fact.room_id]
        return f"{name}\n{building}" if building else name

    def counterparts(self, fact: MeetingFacts) -> str:
        """The other delegations of the meeting, each with its most senior people attending
        (a few: a plenary's full list would not fit a page). With more than two other
        delegations, each gets one line: its most senior person and how many more come."""
        own = self.export.scope.delegation
        people = self.directory.people
        others = [team for team in fact.delegations if team != own]
        shown = PEOPLE_SHOWN if len(others) <= 2 else 1
        lines: list[str] = []
        for team in others:
            country = self.directory.delegations[team][1]
            theirs = [
                p for p, _required in fact.attendees if people.get(p, ("", "", -1))[2] == team
            ]
            theirs.sort(key=lambda p: SENIORITY.get(people[p][1], len(SENIORITY)))
            named = [
                f"{people[p][0]}, {self.titles[p]}" if self.titles.get(p) else people[p][0]
                for p in theirs[:shown]
            ]
            more = len(theirs) - len(named)
            if shown == 1:
                line = f"{country}: {named[0]}" if named else country
                if more:
                    line += " " + trn("(and %n more)", "(and %n more)", more)
                lines.append(line)
                continue
            lines.append(country + ":")
            lines.extend(f"· {name}" for name in named)
            if more:
                lines.append(trn("· and %n more", "· and %n more", more))
        return "\n".join(lines) or "—"


def write_programme(export: Exporter) -> None:
    programme = Programme(export)
    who = programme.who()
    zone_words = tr("Times in %1 time (%2)").replace("%1", export.info.city or "summit")
    zone_words = zone_words.replace("%2", export.frame.timezone)
    by_day: dict[date, list[MeetingFacts]] = {}
    for fact, row in zip(export.overview.facts, export.overview.rows, strict=True):
        if fact.status != CANCELLED:
            by_day.setdefault(row.day, []).append(fact)
    listed = 0
    for day in export.days:
        facts = by_day.get(day, [])
        when = datetime.combine(day, datetime.min.time())
        sheet = export.table(
            short_day(day),
            [
                Column(tr("Time"), 13, wrap=True),
                Column(tr("Meeting"), 25, wrap=True),
                Column(tr("Where"), 14, wrap=True),
                Column(tr("With"), 30, wrap=True),
                Column(tr("Agenda"), 24, wrap=True),
            ],
            landscape=False,
            filter=False,
            subject=f"{programme.who(titled=False)} · {long_day(when.date())}",
            heading=[
                tr("Programme: %1").replace("%1", who),
                f"{long_day(when.date())} · {export.info.name}",
                zone_words,
            ],
            size=SIZE,
        )
        for fact in facts:
            sheet.add_continued(
                [
                    programme.time(fact),
                    programme.meeting(fact),
                    programme.place(fact),
                    programme.counterparts(fact),
                    "\n".join(programme.agenda.get(fact.id, [])) or "—",
                ],
                tr("(continued)"),
            )
        if not facts:
            sheet.add([None, tr("No meetings on this day."), None, None, None])
        listed += len(facts)
    export.count(tr("Programme"), trn("%n meeting", "%n meetings", listed))
