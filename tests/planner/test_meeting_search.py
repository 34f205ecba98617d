"""Meetings are found by their delegations' names, people, room and building, and issues."""

from db.models import AgendaIssue, Delegation, Meeting, MeetingDelegation, MeetingIssue, Room
from planner.meeting_facts import load_directory, load_facts
from planner.meeting_search import search_texts
from planner.word_search import matches, search_words, searchable


def found(typed: str, texts: dict[int, str]) -> set[int]:
    ids = list(texts)
    hits = matches(search_words(typed), [searchable(texts[i]) for i in ids])
    return {i for i, hit in zip(ids, hits, strict=True) if hit}


def test_a_delegation_is_found_by_its_name(sample_summit):
    texts = search_texts(load_facts(), load_directory())
    china = Delegation.get(Delegation.code == "CN")
    theirs = {
        m for (m,) in MeetingDelegation.select(MeetingDelegation.meeting)
        .where(MeetingDelegation.delegation == china).tuples()
    }
    assert len(theirs) == 20 and found("china", texts) >= theirs  # and those on China's issues
    assert found("china", texts) - theirs == {
        m for m in texts if m not in theirs and "china" in texts[m].casefold()
    }
    assert found("КИТАЙ", texts) == set()  # names are found as the file writes them


def test_people_rooms_buildings_and_issues_find_their_meetings(sample_summit):
    texts = search_texts(load_facts(), load_directory())
    assert found("tokayev", texts)
    assert found("altai room", texts) == {
        m.id for m in Meeting.select().join(Room).where(Room.name == "Altai Room")
    }
    assert found("reconciliation", texts)  # the Palace of Peace and Reconciliation
    line_d = AgendaIssue.get(AgendaIssue.code == "ECO-06")
    on_agenda = {
        m for (m,) in MeetingIssue.select(MeetingIssue.meeting)
        .where(MeetingIssue.issue == line_d).tuples()
    }
    assert on_agenda and found("eco-06", texts) == on_agenda
    assert found("galkynysh", texts) == on_agenda  # words of the issue's title


def test_only_some_meetings_afresh(sample_summit):
    facts = load_facts()
    some = [facts[0].id, facts[3].id]
    assert set(search_texts(facts, load_directory(), some)) == set(some)
