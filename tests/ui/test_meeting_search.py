"""The Meetings search box, typed into as a person would: by delegation, person, room and
issue, in any case and with either dash, and a message when nothing matches."""

from PySide6.QtTest import QTest

from db.models import Delegation, MeetingDelegation


def shown_ids(section) -> set[int]:
    return set(section.model.rows[i].id for i in range(len(section.model.rows)))


def test_a_delegation_person_room_and_issue_find_their_meetings(sample_window):
    section = sample_window.meetings_section
    china = Delegation.get(Delegation.code == "CN")
    theirs = {
        m for (m,) in MeetingDelegation.select(MeetingDelegation.meeting)
        .where(MeetingDelegation.delegation == china).tuples()
    }
    QTest.keyClicks(section.pane.filter_edit, "CHINA")
    assert shown_ids(section) >= theirs and len(theirs) == 20
    for typed in ("wang yi", "Conference Hall", "eco-06", "KZ-TM"):
        section.pane.filter_edit.clear()
        QTest.keyClicks(section.pane.filter_edit, typed)
        assert section.model.rows, typed
        assert section.pane.no_matches.isHidden()
    found = shown_ids(section)
    section.pane.filter_edit.clear()
    section.pane.filter_edit.insert("kz—tm")  # pasted with an em dash
    assert shown_ids(section) == found


def test_nothing_found_says_so_and_show_all_brings_everything_back(sample_window):
    section = sample_window.meetings_section
    total = len(section.model.all_rows)
    section.delegation_filter.setCurrentIndex(1)
    QTest.keyClicks(section.pane.filter_edit, "no such meeting")
    assert section.model.rows == []
    message = section.pane.no_matches
    assert not message.isHidden()
    assert "Nothing matches “no such meeting”." in message.text()
    assert f"Show all {total}" in message.text()
    message.linkActivated.emit("#all")
    assert len(section.model.rows) == total and message.isHidden()
    assert section.delegation_filter.currentIndex() == 0


def test_the_conflict_count_opens_the_conflicts_panel(sample_window):
    sample_window.conflicts_dock.hide()
    sample_window.conflict_label.linkActivated.emit("#conflicts")
    assert not sample_window.conflicts_dock.isHidden()
