"""Meetings: the draft the editor edits, the summit frame it is checked in, statuses and
kinds, and the checks that normalise a draft."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from db.models import (
    AgendaIssue,
    Delegation,
    FinancingRequest,
    Person,
    Room,
    Summit,
)
from planner.errors import ValidationError
from planner.local_formats import day_month, day_month_year
from planner.translation import tr
from planner.vocabulary import Level, MeetingStatus, Role

SHORTEST_MINUTES = 5
LONGEST_MINUTES = 24 * 60

NEXT_STATUSES: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    MeetingStatus.REQUESTED: (MeetingStatus.PROPOSED, MeetingStatus.CANCELLED),
    MeetingStatus.PROPOSED: (
        MeetingStatus.CONFIRMED,
        MeetingStatus.REQUESTED,
        MeetingStatus.CANCELLED,
    ),
    MeetingStatus.CONFIRMED: (MeetingStatus.HELD, MeetingStatus.PROPOSED, MeetingStatus.CANCELLED),
    MeetingStatus.HELD: (MeetingStatus.CONFIRMED,),
    MeetingStatus.CANCELLED: (MeetingStatus.REQUESTED,),
}
"""Where a meeting may go from each status: forward, one step back to mend a mistake, or
cancelled while it has not been held; a cancelled meeting is revived as a new request."""


def allowed_statuses(current: MeetingStatus) -> tuple[MeetingStatus, ...]:
    """The statuses a meeting in `current` may be given, itself first."""
    return (current, *NEXT_STATUSES[current])


def offered_statuses(current: MeetingStatus | None) -> tuple[MeetingStatus, ...]:
    """The statuses a meeting's form offers: any for a new meeting (None: it may be entered
    as already confirmed, held or cancelled), else those it may be given from `current`."""
    return tuple(MeetingStatus) if current is None else allowed_statuses(current)


def takes_agenda(status: str) -> bool:
    """Whether issues may be put on the agenda of a meeting in this status (not once it is
    cancelled)."""
    return MeetingStatus(status) is not MeetingStatus.CANCELLED


def kind_of(delegation_count: int, total_delegations: int) -> str:
    """bilateral (two), multilateral (three or more), plenary (all, at least three)."""
    if delegation_count >= 3 and delegation_count == total_delegations:
        return "plenary"
    if delegation_count >= 3:
        return "multilateral"
    if delegation_count == 2:
        return "bilateral"
    return "internal"


@dataclass(frozen=True)
class MeetingDraft:
    """Everything the meeting editor edits, with the start as wall-clock time in the summit's
    time zone. Drafts are also the undo states of meeting edits."""

    title: str
    start: datetime
    minutes: int
    level: Level = Level.SENIOR_OFFICIALS
    room_id: int | None = None
    status: MeetingStatus = MeetingStatus.REQUESTED
    delegations: tuple[tuple[int, Role], ...] = ()
    attendees: tuple[tuple[int, bool], ...] = ()
    notes: str = ""
    outcome: str = ""
    pinned: bool = False
    agenda: tuple[tuple[int, int | None, str], ...] = ()  # (issue, minutes, outcome), in order
    requests: tuple[int, ...] = ()  # financing requests raised at the meeting
    # scheduling limits (None: none; a tier of None follows the level), local times
    tier: int | None = None
    fixed_day: date | None = None
    earliest: time | None = None
    latest: time | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class SummitFrame:
    """What meeting checks need to know of the summit."""

    timezone: str
    first_day: date
    last_day: date
    day_start: time
    day_end: time
    transfer_minutes: int
    slot_minutes: int

    @property
    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]


def summit_frame() -> SummitFrame:
    summit = Summit.get()
    return SummitFrame(
        summit.timezone,
        summit.first_day,
        summit.last_day,
        summit.day_start,
        summit.day_end,
        summit.transfer_minutes,
        summit.slot_minutes,
    )


def validate_draft(
    draft: MeetingDraft, frame: SummitFrame, *, within_summit: bool = True
) -> MeetingDraft:
    """Check a draft and normalise it; raise ValidationError naming the field at fault.

    within_summit=False lets a stored state be put back (undo, redo) on a day the summit no
    longer covers; the conflict engine reports such a meeting as outside the summit.
    """
    fields = validate_fields(draft, frame, within_summit=within_summit)
    delegations = normalise_delegations(draft.delegations)
    teams = {delegation_id for delegation_id, _ in delegations}
    attendees = canonical_attendees(draft.attendees)
    if attendees:
        people = dict(
            Person.select(Person.id, Person.delegation)
            .where(Person.id.in_([person for person, _ in attendees]))
            .tuples()
        )
        strangers = [person for person, _ in attendees if people.get(person) not in teams]
        if strangers:
            names = (
                ", ".join(
                    p.name for p in Person.select(Person.name).where(Person.id.in_(strangers))
                )
                or "someone who no longer exists"
            )
            raise ValidationError(
                "attendees",
                tr(
                    "{names} cannot attend: their delegation does not take part in the meeting."
                ).format(names=names),
            )
    agenda = normalise_agenda(draft.agenda)
    requests = tuple(sorted(set(draft.requests)))
    if requests and FinancingRequest.select().where(
        FinancingRequest.id.in_(list(requests))
    ).count() != len(requests):
        raise ValidationError("requests", tr("A chosen financing request no longer exists."))
    if draft.room_id is not None and not Room.select().where(Room.id == draft.room_id).exists():
        raise ValidationError("room", tr("The chosen room no longer exists."))
    return replace(
        fields, delegations=delegations, attendees=attendees, agenda=agenda, requests=requests
    )


def validate_fields(
    draft: MeetingDraft, frame: SummitFrame, *, within_summit: bool = True
) -> MeetingDraft:
    """Check and normalise the meeting's own fields (title, day, length, level, status),
    reading nothing; see validate_draft."""
    title = draft.title.strip()
    if not title:
        raise ValidationError("title", tr("The meeting has no title; type one."))
    if within_summit and not frame.first_day <= draft.day <= frame.last_day:
        raise ValidationError(
            "day",
            tr("{day} is outside the summit, which runs from {first_day} to {last_day}.").format(
                day=day_month_year(draft.day),
                first_day=day_month(frame.first_day),
                last_day=day_month_year(frame.last_day),
            ),
        )
    if not SHORTEST_MINUTES <= draft.minutes <= LONGEST_MINUTES:
        raise ValidationError(
            "minutes",
            tr(
                "A meeting lasts from {shortest} minutes to 24 hours; "
                "the end must come after the start."
            ).format(shortest=SHORTEST_MINUTES),
        )
    try:
        level = Level(draft.level)
    except ValueError as error:
        raise ValidationError(
            "level", tr("“{level}” is not a meeting level.").format(level=draft.level)
        ) from error
    try:
        status = MeetingStatus(draft.status)
    except ValueError as error:
        raise ValidationError(
            "status", tr("“{status}” is not a meeting status.").format(status=draft.status)
        ) from error
    if draft.tier is not None and not 0 <= draft.tier <= 3:
        raise ValidationError("tier", tr("A priority is 1 (highest) to 4 (lowest)."))
    if draft.earliest is not None and draft.latest is not None and draft.latest < draft.earliest:
        raise ValidationError(
            "latest", tr("The latest start comes before the earliest; swap or clear them.")
        )
    return replace(
        draft,
        title=title,
        level=level,
        status=status,
        start=draft.start.replace(second=0, microsecond=0),
    )


def normalise_agenda(
    items: Iterable[tuple[int, int | None, str | None]],
) -> tuple[tuple[int, int | None, str], ...]:
    """Each issue once (its first place kept), minutes whole and not negative, issues real."""
    seen: dict[int, tuple[int, int | None, str]] = {}
    for issue_id, minutes, outcome in items:
        if minutes is not None and (not isinstance(minutes, int) or minutes < 0):
            raise ValidationError("agenda", tr("Minutes allotted to an issue must be 0 or more."))
        seen.setdefault(int(issue_id), (int(issue_id), minutes, (outcome or "").strip()))
    if seen:
        known = {
            i
            for (i,) in AgendaIssue.select(AgendaIssue.id)
            .where(AgendaIssue.id.in_(list(seen)))
            .tuples()
        }
        if len(known) != len(seen):
            raise ValidationError("agenda", tr("An issue on the agenda no longer exists."))
    return tuple(seen.values())


def canonical_attendees(chosen: Iterable[tuple[int, bool]]) -> tuple[tuple[int, bool], ...]:
    """One entry per person (the last one wins), in a fixed order, so that equal
    attendances compare equal however they were entered."""
    return tuple(sorted(dict(chosen).items()))


def normalise_delegations(chosen: tuple[tuple[int, Role], ...]) -> tuple[tuple[int, Role], ...]:
    """Unique delegations, exactly one host (the first one if none was named), in a fixed
    order: the host, then the guests by id."""
    unique: dict[int, Role] = {}
    for delegation_id, role in chosen:
        unique.setdefault(delegation_id, Role(role))
    if not unique:
        raise ValidationError("delegations", tr("Choose at least one delegation for the meeting."))
    known = set(Delegation.select(Delegation.id).where(Delegation.id.in_(list(unique))).tuples())
    if len(known) != len(unique):
        raise ValidationError("delegations", tr("A chosen delegation no longer exists."))
    hosts = [d for d, role in unique.items() if role is Role.HOST]
    if len(hosts) > 1:
        raise ValidationError("delegations", tr("A meeting has one host; choose only one."))
    host = hosts[0] if hosts else next(iter(unique))
    guests = sorted(d for d in unique if d != host)
    return ((host, Role.HOST), *((d, Role.GUEST) for d in guests))


def canonical_delegations(stored: Iterable[tuple[int, Role]]) -> tuple[tuple[int, Role], ...]:
    """Stored participations in normalise_delegations' order, without touching the database."""
    entries = list(stored)
    hosts = [entry for entry in entries if entry[1] is Role.HOST]
    guests = sorted(entry for entry in entries if entry[1] is not Role.HOST)
    return (*hosts, *guests)
