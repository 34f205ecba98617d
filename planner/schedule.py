"""The schedule at a glance: every meeting as a list row, with every conflict, in one load."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

from db.models import Meeting
from planner.conflict_report import Conflict, ConflictReport
from planner.conflicts import conflicts_involving, find_conflicts
from planner.errors import PlannerError
from planner.meeting_facts import (
    Directory,
    MeetingFacts,
    MeetingRow,
    load_directory,
    load_facts,
    meeting_rows,
)
from planner.meetings import MeetingDraft, SummitFrame, normalise_delegations, summit_frame
from planner.timezones import local_to_utc


@dataclass(frozen=True)
class Overview:
    frame: SummitFrame
    directory: Directory
    facts: list[MeetingFacts]
    rows: list[MeetingRow]
    report: ConflictReport = field(default_factory=ConflictReport)

    @property
    def conflicts(self) -> list[Conflict]:
        """The conflicts listed in full (all of them unless report.cut)."""
        return self.report.listed

    @property
    def by_meeting(self) -> dict[int, list[Conflict]]:
        return self.report.by_meeting

    @property
    def errors(self) -> int:
        return self.report.errors

    @property
    def warnings(self) -> int:
        return self.report.warnings


def meeting_count() -> int:
    return Meeting.select().count()


def load_overview(*, conflicts: bool = True) -> Overview:
    """Every meeting, as facts and as list rows, with every conflict (or, when asked, none
    yet: see with_conflicts)."""
    frame, directory, facts = summit_frame(), load_directory(), load_facts()
    overview = Overview(frame, directory, facts, meeting_rows(facts, directory, frame))
    return with_conflicts(overview) if conflicts else overview


def with_conflicts(overview: Overview) -> Overview:
    """The overview with its conflicts found (reads nothing from the file: safe to run on a
    worker thread)."""
    report = find_conflicts(overview.facts, overview.frame, overview.directory)
    return replace(overview, report=report)


def draft_facts(draft: MeetingDraft, meeting_id: int | None, frame: SummitFrame) -> MeetingFacts:
    """A draft as the conflict engine sees it (id -1 for a meeting not yet saved)."""
    start = local_to_utc(draft.start, frame.timezone)
    try:
        teams = tuple(d for d, _ in normalise_delegations(draft.delegations))
    except PlannerError:
        teams = ()
    return MeetingFacts(
        -1 if meeting_id is None else meeting_id,
        draft.title or "New meeting",
        str(draft.level),
        str(draft.status),
        start,
        start + timedelta(minutes=max(draft.minutes, 1)),
        draft.room_id,
        teams,
        tuple({person: (person, required) for person, required in draft.attendees}.values()),
    )


def preview_conflicts(
    draft: MeetingDraft, meeting_id: int | None, overview: Overview
) -> list[Conflict]:
    """The conflicts the meeting would be part of if the draft were saved."""
    candidate = draft_facts(draft, meeting_id, overview.frame)
    return conflicts_involving(candidate, overview.facts, overview.frame, overview.directory)
