"""The schedule overview brought up to date for a change naming some meetings, reading only
those meetings again (the rest of the overview is kept as it is)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from db.models import Attendee
from planner.conflict_report import ConflictReport
from planner.meeting_facts import MeetingFacts, load_directory, load_facts, meeting_rows
from planner.schedule import Overview


def order_key(fact: MeetingFacts) -> tuple[datetime, int]:
    return (fact.start, fact.id)  # as load_facts orders them


def with_meetings_reloaded(overview: Overview, ids: Collection[int]) -> Overview:
    """The overview with these meetings read afresh (deleted ones gone, new ones added in
    their place by start), and no conflicts yet (see schedule.with_conflicts)."""
    wanted = set(ids)
    fresh = load_facts(wanted)
    fresh_rows = meeting_rows(fresh, overview.directory, overview.frame)
    facts, rows = list(overview.facts), list(overview.rows)  # the two lists go in step
    for number in reversed([n for n, fact in enumerate(facts) if fact.id in wanted]):
        del facts[number], rows[number]
    for fact, row in zip(fresh, fresh_rows, strict=True):
        at = bisect_right(facts, order_key(fact), key=order_key)
        facts.insert(at, fact)
        rows.insert(at, row)
    return replace(overview, facts=facts, rows=rows, report=ConflictReport())


def meetings_of_people(overview: Overview, people: Collection[int]) -> set[int]:
    """The meetings these people attend, as the overview has them and as the file has them
    now (a person removed took their attendance along; one put back brought it back)."""
    wanted = set(people)
    shown = {f.id for f in overview.facts if any(p in wanted for p, _ in f.attendees)}
    query = Attendee.select(Attendee.meeting).where(Attendee.person.in_(list(wanted)))
    return shown | {meeting for (meeting,) in query.tuples()}


def with_people_changed(overview: Overview, people: Collection[int]) -> tuple[Overview, set[int]]:
    """The overview after a change of these people (names, ranks, who they are, whether
    they exist): the directory read again, and the meetings they attend; no conflicts yet.
    Also return those meetings. The list rows do not show people, so the others stay."""
    meetings = meetings_of_people(overview, people)
    renamed = replace(overview, directory=load_directory())
    return with_meetings_reloaded(renamed, meetings), meetings
