"""A long Meetings list loaded again in whole makes what its search finds meetings by (their
people, delegations, rooms and issues) behind the window, and a search finds by it."""

import threading

from db.models import Attendee, Person
from ui.meetings import section as meetings_module

MEETINGS = 1


def shown_ids(section) -> set[int]:
    proxy, model = section.proxy, section.model
    return {
        model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].id for r in range(proxy.rowCount())
    }


def watch_threads(monkeypatch) -> list:
    threads = []
    made = meetings_module.search_texts

    def making(*args, **kwargs):
        threads.append(threading.current_thread())
        return made(*args, **kwargs)

    monkeypatch.setattr(meetings_module, "search_texts", making)
    return threads


def renamed_attendee() -> tuple[int, set[int]]:
    """A person who attends meetings, given a name no meeting has: (id, their meetings)."""
    person = Attendee.select().order_by(Attendee.id).first().person_id
    Person.update(name="Zephyrine Quillfeather").where(Person.id == person).execute()
    return person, {a.meeting_id for a in Attendee.select().where(Attendee.person == person)}


def test_a_long_list_reloaded_makes_its_search_words_behind_the_window(
    sample_window, qtbot, monkeypatch
):
    window = sample_window
    window.navigator.setCurrentRow(MEETINGS)
    section = window.meetings_section
    monkeypatch.setattr(meetings_module, "AT_ONCE", 1)  # the sample as a long list
    threads = watch_threads(monkeypatch)
    _person, attended = renamed_attendee()
    window.document.notify("person")  # every person may have changed: a whole reload
    assert threading.main_thread() not in threads
    qtbot.waitUntil(lambda: not section.words_loading)
    assert threads and threading.main_thread() not in threads
    section.pane.filter_edit.setText("quillfeather")
    assert shown_ids(section) == attended
    assert threading.main_thread() not in threads  # what was made behind was taken


def test_a_search_typed_before_the_words_arrive_makes_them_at_once(
    sample_window, qtbot, monkeypatch
):
    window = sample_window
    window.navigator.setCurrentRow(MEETINGS)
    section = window.meetings_section
    monkeypatch.setattr(meetings_module, "AT_ONCE", 1)
    _person, attended = renamed_attendee()
    window.document.notify("person")
    section.pane.filter_edit.setText("zephyrine")  # perhaps before they arrive
    assert shown_ids(section) == attended
    qtbot.waitUntil(lambda: not section.words_loading)
    section.pane.filter_edit.setText("zephyrine quill")
    assert shown_ids(section) == attended
