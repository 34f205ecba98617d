"""What a meeting is found by in the Meetings search: besides its own columns, the names of its
delegations, the people attending, its room and building, and the issues on its agenda."""

from __future__ import annotations

from db.models import AgendaIssue, MeetingIssue, database_proxy
from planner.meeting_facts import Directory, MeetingFacts


def agenda_words(ids: list[int] | None = None) -> dict[int, list[str]]:
    """meeting id -> the codes and titles of the issues on its agenda (one query)."""
    query = MeetingIssue.select(MeetingIssue.meeting, AgendaIssue.code, AgendaIssue.title).join(
        AgendaIssue, on=MeetingIssue.issue == AgendaIssue.id
    )
    if ids is not None:
        query = query.where(MeetingIssue.meeting.in_(ids))
    words: dict[int, list[str]] = {}
    for meeting_id, code, title in database_proxy.execute(query):
        words.setdefault(meeting_id, []).extend((code, title))
    return words


def search_texts(
    facts: list[MeetingFacts], directory: Directory, only: list[int] | None = None
) -> dict[int, str]:
    """meeting id -> the words it is found by beyond its list row: delegation codes and names,
    attending people's names, room and building, agenda issue codes and titles. `only` limits
    it to some meetings (those just changed)."""
    if only is None:
        chosen = facts
    else:
        wanted = set(only)
        chosen = [f for f in facts if f.id in wanted]
    agenda = agenda_words(None if only is None else [f.id for f in chosen])
    texts: dict[int, str] = {}
    for fact in chosen:
        parts: list[str] = []
        for delegation_id in fact.delegations:
            parts.extend(directory.delegations.get(delegation_id, ()))
        for person_id, _required in fact.attendees:
            person = directory.people.get(person_id)
            if person is not None:
                parts.append(person[0])
        if fact.room_id is not None and fact.room_id in directory.rooms:
            name, building, _seats = directory.rooms[fact.room_id]
            parts += [name, building]
        parts += agenda.get(fact.id, [])
        texts[fact.id] = " ".join(parts)
    return texts
