"""The schedule overview brought up to date for a change naming some meetings, reading only
those meetings again (the rest of the overview is kept as it is)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from planner.conflict_report import ConflictReport
from planner.meeting_facts import MeetingFacts, load_facts, meeting_rows
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
