"""After an edit, the Issues, Financing, Delegations and Positions sections load again only
the rows (or cells) the change names, counted on each model, and show what a whole reload
would; a change that names no ids reloads everything."""

from datetime import timedelta

import pytest

from db.models import AgendaIssue, FinancingRequest, Person
from planner.delegations import OPERATIONS, Kind, list_delegations, list_people, list_rooms
from planner.edits import AddRecord, BulkOperation, ChangeRecord, RemoveRecords
from planner.financing import FINANCING_OPERATIONS, list_requests
from planner.history import Change
from planner.issues import ISSUE_OPERATIONS, list_issues
from planner.meeting_drafts import moved
from planner.meeting_edits import AdjustMeeting
from planner.meeting_records import fetch_draft
from planner.positions import POSITION_EDITS, load_matrix, set_stance
from ui.positions.matrix_model import ISSUE_ROLE

ISSUES, POSITIONS, FINANCING, DELEGATIONS = 2, 3, 4, 5


@pytest.fixture
def window(sample_window):
    return sample_window


def shown(window, row: int):
    window.navigator.setCurrentRow(row)
    return window.stack.currentWidget()


class Counted:
    """Rows a model loads from now on, and whether it was reset (everything redrawn)."""

    def __init__(self, model) -> None:
        self.model, self.start, self.resets = model, model.loaded_rows, 0
        model.modelReset.connect(self.reset)

    def reset(self) -> None:
        self.resets += 1

    @property
    def loaded(self) -> int:
        return self.model.loaded_rows - self.start


def test_an_issue_edited_deleted_and_put_back_loads_one_row_each_time(window):
    section = shown(window, ISSUES)
    count = Counted(section.model)
    issue = AgendaIssue.select().order_by(AgendaIssue.id).first().id
    window.document.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"title": "Renamed"}, "Edit"))
    assert count.loaded == 1 and count.resets == 0
    assert section.model.all_rows == list_issues()
    rows = len(section.model.rows)
    plan = ISSUE_OPERATIONS.plan_removal([issue])
    window.document.run(RemoveRecords(ISSUE_OPERATIONS, plan, "Delete"))
    assert count.loaded == 1 and len(section.model.rows) == rows - 1
    window.document.undo()  # back in its place: one row added
    assert count.loaded == 2 and len(section.model.rows) == rows
    track = section.model.rows[0].track_id
    window.document.run(AddRecord(ISSUE_OPERATIONS, {"title": "New", "track": track}, "Add"))
    assert count.loaded == 3 and len(section.model.rows) == rows + 1
    assert section.model.all_rows == list_issues() and count.resets == 0


def test_a_meeting_change_reloads_only_the_issues_whose_meetings_it_changed(window):
    section = shown(window, ISSUES)
    count = Counted(section.model)
    meeting = next(r.id for r in window.monitor.overview.rows if fetch_draft(r.id).agenda)

    def later(draft):
        return moved(draft, draft.start + timedelta(minutes=30))

    window.document.run(AdjustMeeting(meeting, later, "Move"))
    assert count.loaded == 0  # no issue's count of meetings changed
    agenda = {issue for issue, *_ in fetch_draft(meeting).agenda}
    window.meetings_section.actions.delete([meeting])  # its agenda goes with it
    assert count.loaded == len(agenda) and count.resets == 0
    assert section.model.all_rows == list_issues()  # every count is right again


def test_a_financing_request_edited_deleted_and_put_back_loads_one_row(window):
    section = shown(window, FINANCING)
    count = Counted(section.model)
    request = FinancingRequest.select().order_by(FinancingRequest.id).first().id
    window.document.run(ChangeRecord(FINANCING_OPERATIONS, request, {"title": "Retitled"}, "Edit"))
    assert count.loaded == 1 and count.resets == 0
    assert section.model.all_rows == list_requests(section.rates)
    rows = len(section.model.rows)
    plan = FINANCING_OPERATIONS.plan_removal([request])
    window.document.run(RemoveRecords(FINANCING_OPERATIONS, plan, "Delete"))
    assert count.loaded == 1 and len(section.model.rows) == rows - 1
    window.document.undo()
    assert count.loaded == 2 and section.model.all_rows == list_requests(section.rates)
    assert count.resets == 0


def test_a_person_edited_deleted_and_put_back_loads_one_row_and_its_delegations_count(window):
    section = shown(window, DELEGATIONS)
    section.delegations.view.clearSelection()  # the people of every delegation
    teams, people, rooms = (Counted(pane.model) for pane in section.panes.values())
    people_pane = section.panes[Kind.PERSON]
    person = Person.select().order_by(Person.id).first()
    ops = OPERATIONS[Kind.PERSON]
    window.document.run(ChangeRecord(ops, person.id, {"title": "Adviser"}, "Edit"))
    assert (people.loaded, teams.loaded, rooms.loaded) == (1, 0, 0)
    rows = len(people_pane.model.rows)
    window.document.run(RemoveRecords(ops, ops.plan_removal([person.id]), "Delete"))
    assert len(people_pane.model.rows) == rows - 1
    assert (people.loaded, teams.loaded) == (1, 1)  # its delegation counts one person fewer
    window.document.undo()
    assert len(people_pane.model.rows) == rows and (people.loaded, teams.loaded) == (2, 2)
    assert people_pane.model.all_rows == list_people(None)
    assert section.panes[Kind.DELEGATION].model.all_rows == list_delegations()
    assert section.panes[Kind.ROOM].model.all_rows == list_rooms()
    assert people.resets == teams.resets == rooms.resets == 0


def test_a_position_cell_set_loads_that_cell_alone(window):
    section = shown(window, POSITIONS)
    before = section.model.loaded_cells
    resets = []
    section.model.modelReset.connect(lambda: resets.append(1))
    matrix = load_matrix()
    cell = (matrix.issues[0].id, matrix.delegations[1][0])
    stance = "oppose" if matrix.stance(cell) != "oppose" else "support"
    window.document.run(BulkOperation(POSITION_EDITS, set_stance([cell], stance), "Set"))
    assert section.model.loaded_cells - before == 1 and resets == []
    assert section.model.matrix.stance(cell) == stance


def test_a_change_without_ids_reloads_everything_and_hidden_sections_catch_up_on_rows(window):
    section = shown(window, ISSUES)
    count = Counted(section.model)
    window.document.notify("issue")  # e.g. from outside, naming no ids
    assert count.loaded == len(list_issues()) and count.resets > 0
    resets = count.resets
    shown(window, FINANCING)  # Issues hidden: changes are kept
    issue = section.model.rows[0].id
    window.document.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"title": "Later"}, "Edit"))
    window.document.notify(Change.of("issue", [section.model.rows[1].id]))
    loaded = count.loaded
    shown(window, ISSUES)
    assert count.loaded - loaded == 2 and count.resets == resets
    assert section.model.all_rows == list_issues()


def shown_issues(section) -> list[int]:
    proxy = section.proxy
    return [proxy.index(row, 0).data(ISSUE_ROLE) for row in range(proxy.rowCount())]


def test_an_issue_edited_deleted_and_put_back_loads_its_matrix_row_alone(window):
    section = shown(window, POSITIONS)
    columns = len(section.model.matrix.delegations)
    before, resets = section.model.loaded_cells, []
    section.model.modelReset.connect(lambda: resets.append(1))
    issue = section.model.matrix.issues[2].id
    window.document.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"title": "Zebra crossings"}, "E"))
    assert section.model.loaded_cells - before == columns and resets == []
    section.search.setText("zebra")  # the new title is searched
    assert shown_issues(section) == [issue]
    section.search.clear()
    plan = ISSUE_OPERATIONS.plan_removal([issue])
    window.document.run(RemoveRecords(ISSUE_OPERATIONS, plan, "Delete"))
    assert issue not in shown_issues(section)
    window.document.undo()  # back in its place, with its positions
    assert section.model.loaded_cells - before == 2 * columns and resets == []
    fresh = load_matrix()
    assert section.model.matrix.issues == fresh.issues
    assert section.model.matrix.stances == fresh.stances
    assert shown_issues(section) == [i.id for i in fresh.issues]
    assert section.summary.text().startswith(f"{len(fresh.issues)} of {len(fresh.issues)}")


def test_a_long_list_whose_rows_are_all_to_be_loaded_again_loads_behind_the_window(
    window, qtbot, monkeypatch
):
    import threading

    section = shown(window, ISSUES)
    monkeypatch.setattr(section.model, "loads_behind_from", 10)  # the sample as a long list
    threads = []
    loader = section.model.loader

    def loading():
        threads.append(threading.current_thread())
        return loader()

    section.model.loader = loading
    selected = section.model.rows[3].id
    section.pane.select_id(selected)
    AgendaIssue.update(title="Renamed elsewhere").where(AgendaIssue.id == selected).execute()
    window.document.notify("issue")  # every issue may have changed: loaded behind
    assert section.pane.loading and threads != [threading.main_thread()]
    qtbot.waitUntil(lambda: not section.pane.loading)
    assert threads and threading.main_thread() not in threads
    assert section.model.all_rows == list_issues()
    assert section.pane.selected_ids() == [selected]
    shown_titles = [section.model.rows[r].title for r in range(len(section.model.rows))]
    assert "Renamed elsewhere" in shown_titles


def test_an_edited_row_that_enters_or_leaves_the_filter_is_shown_or_hidden(window):
    section = shown(window, ISSUES)
    count = Counted(section.model)
    issue = section.model.rows[4].id
    section.pane.filter_edit.setText("zyxwv")
    resets = count.resets
    assert section.model.rows == []
    window.document.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"title": "Zyxwv one"}, "E"))
    assert [row.id for row in section.model.rows] == [issue]  # now found
    window.document.run(ChangeRecord(ISSUE_OPERATIONS, issue, {"tags": "kept"}, "E"))
    assert [(row.id, row.tags) for row in section.model.rows] == [(issue, "kept")]
    window.document.undo()
    window.document.undo()
    assert section.model.rows == []  # found no more
    assert count.loaded == 4 and count.resets == resets
    section.pane.filter_edit.clear()
    assert section.model.all_rows == list_issues()


def python_calls_in(folder: str, action) -> dict[str, int]:
    """How often each function of the modules in folder is called while action runs (not
    counting comprehensions and generators, which run inside one call)."""
    import sys

    calls: dict[str, int] = {}

    def count(frame, event, _arg):
        code = frame.f_code
        if event == "call" and folder in code.co_filename and not code.co_name.startswith("<"):
            calls[frame.f_code.co_name] = calls.get(frame.f_code.co_name, 0) + 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_issues_arriving_in_bulk_are_inserted_in_the_matrix_without_a_call_per_row(window):
    # An import of tens of thousands of issues: the matrix shown takes the new rows as
    # inserted rows, not a reset, and nothing in Python is asked about every row.
    section = shown(window, POSITIONS)
    matrix = section.model.matrix
    cell = (matrix.issues[1].id, matrix.delegations[0][0])
    section.select_cells([cell])
    track = matrix.issues[0].track_id
    added = 1_500
    AgendaIssue.insert_many(
        [
            {"code": f"BULK-{n:04}", "title": f"Wholesale item {n:04}", "track": track}
            for n in range(added)
        ]
    ).execute()
    resets, inserted = [], []
    section.model.modelReset.connect(lambda: resets.append(1))
    section.model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    calls = python_calls_in("ui/positions", lambda: window.document.notify("issue"))
    assert resets == [] and sum(inserted) == added and len(inserted) < 10
    assert max(calls.values()) < added, calls  # e.g. no filterAcceptsRow for each row
    assert shown_issues(section) == [i.id for i in load_matrix().issues]
    assert section.selected_cells() == [cell]  # the selection stays where it was
    section.search.setText("wholesale 0777")  # found among the new rows
    found = AgendaIssue.get(AgendaIssue.code == "BULK-0777").id
    assert shown_issues(section) == [found] and section.selected_cells() == []
    section.search.clear()
    assert len(shown_issues(section)) == len(load_matrix().issues)
