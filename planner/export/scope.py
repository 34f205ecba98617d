"""What an export covers and who it is for: the whole summit, one delegation or one person,
one day or all, and whether it stays with our team (internal) or goes outside (external)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from db.models import Delegation, Person, Summit
from planner.errors import PlannerError
from planner.export.common import delegation_id
from planner.meeting_facts import MeetingFacts
from planner.schedule import Overview
from planner.translation import tr
from planner.vocabulary import Rank


class Audience(StrEnum):
    INTERNAL = "internal"  # our own team: positions, talking points, financing, notes
    EXTERNAL = "external"  # anyone outside the delegation: the programme and what is public


def left_out_of_external() -> str:
    """What an external export leaves out, as the window and the Summary say it."""
    return tr(
        "positions, talking points, red lines and fallbacks; financing requests; the agenda "
        "issues list; conflicts; meeting notes; and the meetings other delegations hold alone"
    )


@dataclass(frozen=True)
class Scope:
    delegation: int | None = None  # its meetings only
    person: int | None = None  # their meetings only
    day: date | None = None  # that day only
    audience: Audience = Audience.INTERNAL

    @property
    def internal(self) -> bool:
        return self.audience is Audience.INTERNAL


def find_person(query: str) -> tuple[int, str, int]:
    """(id, name, delegation id) of the person named (or numbered) query: an exact name, or the
    only one whose name holds it; otherwise a sentence naming who would fit."""
    wanted = " ".join(query.split()).casefold()
    people = list(Person.select(Person.id, Person.name, Person.delegation).tuples())
    if wanted.isdigit():
        found = [p for p in people if p[0] == int(wanted)]
    else:
        found = [p for p in people if " ".join(p[1].split()).casefold() == wanted]
        found = found or [p for p in people if wanted and wanted in p[1].casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise PlannerError(
            tr(
                "Nobody in this summit is called “{query}”; give a person's name "
                "or id as the Delegations section lists them."
            ).format(query=query)
        )
    names = ", ".join(f"{name} ({number})" for number, name, _ in found[:5])
    raise PlannerError(
        tr("“{query}” fits {count} people ({names}…); give a full name or id.").format(
            query=query, count=len(found), names=names
        )
    )


def resolve_scope(
    overview: Overview,
    *,
    delegation: str | None = None,
    person: str | None = None,
    day: date | None = None,
    audience: Audience | str | None = None,
) -> Scope:
    """The scope asked for. Without an audience, an export for another delegation (or one of
    its people) is external; for the whole summit or our own delegation, internal."""
    team = delegation_id(overview, delegation)
    who = None
    if person is not None:
        who, _name, team_of_person = find_person(person)
        team = team if team is not None else team_of_person
    if day is not None and day not in overview.frame.days:
        first, last = overview.frame.first_day, overview.frame.last_day
        raise PlannerError(
            tr(
                "{day} is not a day of this summit (it runs from {first} to {last}); choose "
                "one of its days."
            ).format(day=f"{day:%Y-%m-%d}", first=f"{first:%Y-%m-%d}", last=f"{last:%Y-%m-%d}")
        )
    if audience is None:
        summit = Summit.select(Summit.home_delegation).first()
        home = summit.home_delegation_id if summit is not None else None
        outside = team is not None and home is not None and team != home
        audience = Audience.EXTERNAL if outside else Audience.INTERNAL
    return Scope(team, who, day, Audience(audience))


def in_scope(overview: Overview, scope: Scope) -> Overview:
    """The overview with only the meetings the scope covers (in time order, as loaded): every
    sheet then reads the same meetings. The conflict report stays the summit's own."""
    keep: list[bool] = []
    for fact, row in zip(overview.facts, overview.rows, strict=True):
        keep.append(covers(scope, fact, row.day))
    facts = [f for f, k in zip(overview.facts, keep, strict=True) if k]
    rows = [r for r, k in zip(overview.rows, keep, strict=True) if k]
    return replace(overview, facts=facts, rows=rows)


def covers(scope: Scope, fact: MeetingFacts, day: date) -> bool:
    if scope.day is not None and day != scope.day:
        return False
    if scope.person is not None:
        return any(person == scope.person for person, _required in fact.attendees)
    if scope.delegation is not None:
        return scope.delegation in fact.delegations
    # the meetings a delegation holds alone are its own business
    return scope.internal or len(fact.delegations) > 1


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    delegation: str  # its code
    home: bool  # of the home delegation


def people_to_choose() -> list[PersonChoice]:
    """Everyone a programme can be for: the home delegation's people first, the most senior
    first (its head leads), then the others by delegation."""
    summit = Summit.select(Summit.home_delegation).first()
    home = summit.home_delegation_id if summit is not None else None
    seniority = {rank.value: n for n, rank in enumerate(Rank)}
    rows = (
        Person.select(Person.id, Person.name, Person.rank, Delegation.id, Delegation.code)
        .join(Delegation)
        .order_by(Delegation.precedence, Delegation.code, Person.id)
        .tuples()
    )
    found = [
        (team != home, seniority.get(rank, len(seniority)), PersonChoice(i, n, c, team == home))
        for i, n, rank, team, c in rows
    ]
    return [choice for *_order, choice in sorted(found, key=lambda t: (t[0], t[1]))]


def next_summit_day(days: list[date], today: date) -> date:
    """Tomorrow's programme is the usual request: the next summit day (today's while it is
    one, the first before the summit, the last after it)."""
    coming = [d for d in days if d > today] if today in days else [d for d in days if d >= today]
    if today in days and not coming:
        return today
    return coming[0] if coming else days[-1]
