"""Agenda issues: listing, checking, changing and deleting them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import fn

from db.models import (
    AgendaIssue,
    Delegation,
    MeetingIssue,
    Position,
    Track,
    database_proxy,
)
from planner import records
from planner.display_names import names_in_language
from planner.errors import ValidationError
from planner.issue_codes import checked_code
from planner.records import DeletionPlan, RecordOperations, Row
from planner.translation import tr, trn
from planner.vocabulary import IssueStatus, Priority


@dataclass(frozen=True)
class IssueRow:
    id: int
    code: str
    title: str
    track_id: int
    track: str
    track_colour: str
    track_order: int
    priority: str
    lead_id: int | None
    lead: str  # the lead delegation's code, or ""
    status: str
    due_date: date | None
    tags: str
    description: str
    meetings: int


def meeting_counts(ids: Collection[int] | None = None) -> dict[int, int]:
    """How many meetings each issue is on the agenda of (issues on none are left out)."""
    query = MeetingIssue.select(MeetingIssue.issue, fn.COUNT(MeetingIssue.id))
    if ids is not None:
        query = query.where(MeetingIssue.issue.in_(list(ids)))
    return dict(query.group_by(MeetingIssue.issue).tuples())


def list_issues(ids: Collection[int] | None = None) -> list[IssueRow]:
    """Every issue (or those of these ids that exist) with its track, lead and number of
    meetings, by track then code."""
    meetings = meeting_counts(ids)
    leads = dict(Delegation.select(Delegation.id, Delegation.code).tuples())
    query = (
        AgendaIssue.select(
            AgendaIssue.id,
            AgendaIssue.code,
            AgendaIssue.title,
            AgendaIssue.track,
            Track.name,
            Track.colour,
            Track.sort_order,
            AgendaIssue.priority,
            AgendaIssue.lead_delegation,
            AgendaIssue.status,
            AgendaIssue.due_date,
            AgendaIssue.tags,
            AgendaIssue.description,
        )
        .join(Track)
        .order_by(Track.sort_order, Track.name, AgendaIssue.code)
    )
    if ids is not None:
        query = query.where(AgendaIssue.id.in_(list(ids)))
    # The rows as the cursor gives them (converting each value through the ORM costs three
    # times the query on 50,000 issues); only the due dates need reading.
    rows = [(*row[:10], stored_date(row[10]), *row[11:]) for row in database_proxy.execute(query)]
    tracks, titles = names_in_language("track"), names_in_language("issue")
    return [
        IssueRow(
            i,
            code,
            titles.get(i, title),
            track_id,
            tracks.get(track_id, track),
            colour,
            order,
            priority,
            lead,
            leads.get(lead, "") if lead else "",
            status,
            due,
            tags,
            description,
            meetings.get(i, 0),
        )
        for (
            i,
            code,
            title,
            track_id,
            track,
            colour,
            order,
            priority,
            lead,
            status,
            due,
            tags,
            description,
        ) in rows
    ]


def issue_count() -> int:
    count: int = AgendaIssue.select().count()
    return count


def stored_date(value: object) -> date | None:
    """A date as SQLite keeps it (text: the date, perhaps with a time after it)."""
    return date.fromisoformat(str(value)[:10]) if value else None


def listed_order(row: IssueRow) -> tuple[int, str, str]:
    """Where list_issues puts an issue: by track, then code."""
    return (row.track_order, row.track, row.code)


def normalise_tags(value: Any) -> str:
    parts = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    seen: list[str] = []
    for part in (str(p).strip() for p in parts):
        if part and part.lower() not in (s.lower() for s in seen):
            seen.append(part)
    return ", ".join(seen)


def new_issue_defaults(track_id: int | None) -> Row:
    """What a new issue's form starts with: open, of medium priority, in the track shown."""
    return {"track": track_id, "priority": Priority.MEDIUM.value, "status": IssueStatus.OPEN.value}


def validate_issue(values: Row, row_id: int | None = None) -> Row:
    """Check and normalise an issue's fields; raise ValidationError naming the field."""
    title = str(values.get("title") or "").strip()
    if not title:
        raise ValidationError("title", tr("The issue has no title; type one."))
    track = values.get("track")
    if track is None or not Track.select().where(Track.id == track).exists():
        raise ValidationError("track", tr("Choose the track the issue belongs to."))
    code = checked_code(values.get("code"), int(track), row_id)
    try:
        priority = Priority(values.get("priority") or Priority.MEDIUM).value
    except ValueError as error:
        raise ValidationError(
            "priority", tr("“{value}” is not a priority.").format(value=values.get("priority"))
        ) from error
    try:
        status = IssueStatus(values.get("status") or IssueStatus.OPEN).value
    except ValueError as error:
        raise ValidationError(
            "status", tr("“{value}” is not an issue status.").format(value=values.get("status"))
        ) from error
    lead = values.get("lead_delegation")
    if lead is not None and not Delegation.select().where(Delegation.id == lead).exists():
        raise ValidationError("lead_delegation", tr("The lead delegation no longer exists."))
    due = values.get("due_date")
    if isinstance(due, datetime):
        due = due.date()
    if due is not None and not isinstance(due, date):
        raise ValidationError("due_date", tr("The due date is not a date."))
    return {
        "code": code,
        "title": title,
        "track": int(track),
        "description": str(values.get("description") or "").strip(),
        "priority": priority,
        "lead_delegation": lead,
        "status": status,
        "due_date": due,
        "tags": normalise_tags(values.get("tags")),
    }


def fetch_issue(issue_id: int) -> Row:
    return records.fetch(AgendaIssue, issue_id)


class IssueOperations(RecordOperations):
    """Undoable editing of agenda issues (see records.RecordOperations)."""

    kind = "issue"

    def add(self, values: Row) -> int:
        return records.create(AgendaIssue, validate_issue(values))

    def change(self, row_id: int, values: Row) -> tuple[Row, Row] | None:
        current = records.fetch(AgendaIssue, row_id)
        cleaned = validate_issue({**current, **values}, row_id)
        changed = {k: v for k, v in cleaned.items() if current.get(k) != v}
        if not changed:
            return None
        old = records.update(AgendaIssue, row_id, changed)
        return old, changed

    def plan_removal(self, row_ids: list[int]) -> DeletionPlan:
        return records.plan_deletion(AgendaIssue, row_ids)

    def remove(self, plan: DeletionPlan) -> None:
        records.delete(plan)

    def restore(self, plan: DeletionPlan) -> None:
        records.restore(plan)


ISSUE_OPERATIONS = IssueOperations()


def removal_consequences(plan: DeletionPlan) -> list[str]:
    """What else deleting issues takes with it, for the confirmation question."""
    sentences = []
    agenda = plan.count(MeetingIssue)
    if agenda:
        sentences.append(
            trn(
                "They are removed from %n meeting agenda item.",
                "They are removed from %n meeting agenda items.",
                agenda,
            )
        )
    positions = plan.count(Position)
    if positions:
        sentences.append(
            trn(
                "%n recorded position will be deleted.",
                "%n recorded positions will be deleted.",
                positions,
            )
        )
    return sentences
