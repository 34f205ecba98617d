"""Benchmark: the latency of one edit on the large summit, from the action to the redrawn
section, with Meetings shown and with Schedule shown, and an edit of a record of each other
list with its section shown (run by the suite: `--only edit`).

The edit moves one meeting a quarter of an hour (back and forth, so the file stays the same
size); the time runs until the action has returned, the events it posted are processed and
the shown section is painted again. Conflicts of a large summit arrive later, behind the
window, and are not waited for: that is what the user sees as the window's answer. The
other edits change an issue's title, a position's stance, a financing request's title and
a person's title, back and forth.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

MEETINGS, SCHEDULE, ISSUES, POSITIONS, FINANCING, DELEGATIONS = 1, 0, 2, 3, 4, 5  # navigator


def edit_latency(window, row: int, repeats: int) -> float:
    from tests.perf.suite import application, settle

    app = application()
    window.navigator.setCurrentRow(row)
    app.processEvents()
    settle(window)
    section = window.meetings_section if row == MEETINGS else window.schedule_section
    if row == SCHEDULE:
        blocks = section.grid.layout_.blocks
        meeting_id = blocks[len(blocks) // 2].meeting_id
    else:
        meeting_id = section.model.rows[len(section.model.rows) // 2].id
    times = []
    for step in range(repeats):
        start = next(f for f in window.monitor.overview.facts if f.id == meeting_id).start
        zone = ZoneInfo(window.monitor.overview.frame.timezone)
        local = start.astimezone(zone).replace(tzinfo=None)
        shift = timedelta(minutes=15 if step % 2 == 0 else -15)
        began = time.perf_counter()
        assert section.actions.move(meeting_id, local + shift)
        app.processEvents()
        section.grab()
        times.append(time.perf_counter() - began)
        settle(window)
    return statistics.median(times)


def record_edit_latency(window, row: int, edit, repeats: int) -> float:
    """The median time from running edit(step)'s operation to the shown section painted."""
    from tests.perf.suite import application, settle

    app = application()
    window.navigator.setCurrentRow(row)
    app.processEvents()
    settle(window)
    section = window.stack.currentWidget()
    times = []
    for step in range(repeats):
        operation = edit(step)
        began = time.perf_counter()
        assert window.document.run(operation)
        app.processEvents()
        section.grab()
        times.append(time.perf_counter() - began)
        settle(window)
    return statistics.median(times)


def can_edit(request: int) -> bool:
    """Whether a request takes an edit (the synthetic summit's are not all as valid)."""
    from planner.errors import USER_ERRORS
    from planner.financing import request_for_editing, validate_request

    try:
        validate_request({**request_for_editing(request), "code": "FIN-9999"}, request)
    except USER_ERRORS:
        return False
    return True


def record_edits():
    """(figure, navigator row, edit(step) making the operation) for the other sections."""
    from db.models import AgendaIssue, Delegation, FinancingRequest, Person
    from planner.delegations import OPERATIONS, Kind
    from planner.edits import BulkOperation, ChangeRecord
    from planner.financing import FINANCING_OPERATIONS
    from planner.issues import ISSUE_OPERATIONS
    from planner.positions import POSITION_EDITS, set_stance

    issue = AgendaIssue.select().order_by(AgendaIssue.id).first().id
    request = next(  # the synthetic summit's data is not all as an edit would leave it
        r.id
        for r in FinancingRequest.select(FinancingRequest.id).order_by(FinancingRequest.id)
        if can_edit(r.id)
    )
    person = Person.select().order_by(Person.id).first().id
    cell = (issue, Delegation.select().order_by(Delegation.id).first().id)
    titles = ("Edited once", "Edited twice")
    stances = ("oppose", "support")
    return [
        (
            "edit one issue, Issues shown (50,000 issues)",
            ISSUES,
            # the large summit's codes have five digits, which an edit would not keep
            lambda step: ChangeRecord(
                ISSUE_OPERATIONS, issue, {"code": "BENCH-1", "title": titles[step % 2]}, "E"
            ),
        ),
        (
            "set one position, Positions shown (50,000 x 200)",
            POSITIONS,
            lambda step: BulkOperation(POSITION_EDITS, set_stance([cell], stances[step % 2]), "S"),
        ),
        (
            "edit one request, Financing shown (10,000 requests)",
            FINANCING,
            lambda step: ChangeRecord(
                FINANCING_OPERATIONS, request, {"code": "FIN-9999", "title": titles[step % 2]}, "E"
            ),
        ),
        (
            "edit one person, Delegations shown (2,000 people)",
            DELEGATIONS,
            lambda step: ChangeRecord(
                OPERATIONS[Kind.PERSON], person, {"title": titles[step % 2]}, "E"
            ),
        ),
    ]


def measure(repeats: int) -> list[dict]:
    from tests.perf.large_summit import working_copy
    from tests.perf.suite import application, new_window, row, settle

    application()

    folder = Path(tempfile.mkdtemp())
    window = new_window(folder)
    window.open_path(working_copy(folder))
    settle(window)
    repeats = max(repeats, 5)
    meetings = edit_latency(window, MEETINGS, repeats)
    schedule = edit_latency(window, SCHEDULE, repeats)
    others = [
        (figure, record_edit_latency(window, section, edit, repeats))
        for figure, section, edit in record_edits()
    ]
    window.close_document()
    return [
        row(
            "edit latency: move one meeting, Meetings shown (20,000 meetings)",
            meetings * 1000,
            None,
            "ms",
            "< 100 ms",
            meetings < 0.1,
        ),
        row(
            "edit latency: move one meeting, Schedule shown (20,000 meetings)",
            schedule * 1000,
            None,
            "ms",
            "< 100 ms",
            schedule < 0.1,
        ),
        *(
            row(f"edit latency: {figure}", took * 1000, None, "ms", "< 100 ms", took < 0.1)
            for figure, took in others
        ),
    ]
