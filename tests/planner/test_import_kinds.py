"""The registry of import kinds: planned from sheets already read, committed with progress for
every phase, cancelled with the file exactly as before, kept in the history without a
second commit."""

import threading

import pytest

from db.models import AgendaIssue, Meeting, Position
from planner.history import History
from planner.importing.bounds import ImportCancelled
from planner.importing.kinds import KINDS
from planner.importing.reading import read_file
from planner.summit_file import close_summit_file, in_own_connection, open_summit_file
from tests.helpers import issues_csv
from tests.planner.test_meeting_import import programme
from tests.planner.test_position_import import matrix


def test_every_kind_plans_from_the_sheets_already_read(sample_summit, tmp_path, monkeypatch):
    path = issues_csv(tmp_path / "list.csv", 20)
    sheets = read_file(path)
    monkeypatch.setattr("planner.importing.reading.read_file", lambda *_: pytest.fail("read twice"))
    header, mapping = KINDS["issues"].columns(sheets[0], path.name, None)
    assert sorted(mapping.values()) == ["code", "title", "track"]
    plan = KINDS["issues"].plan(sheets, path.name, None, {"Track": ""}, keep_unmapped=True)
    assert plan.count("create") == 20 and "track" not in plan.mapping.values()
    assert header.row == plan.header.row == 1


def test_the_cli_offers_the_kinds_of_the_registry():
    from planner.cli import command_parser

    assert tuple(KINDS) == ("issues", "meetings", "positions")
    for name in KINDS:
        args = command_parser().parse_args(["import", "a.summit", "b.csv", "--kind", name])
        assert args.kind == name


def phases_of(kind, source, sheet=None):
    seen = []
    plan = KINDS[kind].plan_file(source, sheet)
    operation = KINDS[kind].commit(plan, lambda *step: seen.append(step))
    return seen, operation


def test_progress_is_told_for_every_phase_up_to_its_end(sample_summit, tmp_path):
    seen, _ = phases_of("issues", issues_csv(tmp_path / "list.csv", 2_500))
    assert ("create", 0, 2_500) in seen and ("create", 2_500, 2_500) in seen
    assert [done for phase, done, _ in seen if phase == "create"] == [0, 1000, 2000, 2500]
    seen, _ = phases_of("meetings", programme(tmp_path))
    assert seen[0] == ("meeting", 0, 2) and seen[-1] == ("meeting", 2, 2)
    seen, _ = phases_of("positions", matrix(tmp_path))
    assert seen and all(phase == "position" for phase, _, _ in seen)


def cancel_after(calls: int):
    count = [0]

    def progress(phase, done, total):
        count[0] += 1
        return count[0] < calls

    return progress


@pytest.mark.parametrize(
    ("kind", "source", "model"),
    [
        ("issues", lambda d: issues_csv(d / "list.csv", 3_000), AgendaIssue),
        ("meetings", programme, Meeting),
        ("positions", matrix, Position),
    ],
)
def test_cancel_mid_commit_leaves_the_file_exactly_as_it_was(
    sample_summit, tmp_path, kind, source, model
):
    path = source(tmp_path)
    plan = KINDS[kind].plan_file(path)
    rows = [tuple(r) for r in model.select().tuples()]
    close_summit_file()
    before = sample_summit.read_bytes()
    open_summit_file(sample_summit)
    with pytest.raises(ImportCancelled):
        KINDS[kind].commit(plan, cancel_after(2))
    assert [tuple(r) for r in model.select().tuples()] == rows
    close_summit_file()
    assert sample_summit.read_bytes() == before


def test_a_commit_on_a_worker_thread_is_recorded_once_and_undone(sample_summit, tmp_path):
    path = issues_csv(tmp_path / "list.csv", 300)
    kind = KINDS["issues"]
    plan = kind.plan_file(path)
    before = AgendaIssue.select().count()
    done = {}

    def work():
        done["operation"] = in_own_connection(lambda: kind.commit(plan))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    operation = done["operation"]
    assert AgendaIssue.select().count() == before + 300  # seen from this thread's connection
    history, heard = History(), []
    history.add_listener(heard.append)
    history.record(operation, operation.change())
    assert AgendaIssue.select().count() == before + 300  # recorded, not committed again
    assert history.undo_text == "Import list.csv" and heard
    history.undo()
    assert AgendaIssue.select().count() == before
    history.redo()
    assert AgendaIssue.select().count() == before + 300


@pytest.mark.parametrize(
    ("kind", "source"),
    [
        ("issues", lambda d: issues_csv(d / "list.csv", 1_200)),
        ("meetings", programme),
        ("positions", matrix),
    ],
)
def test_checking_reports_the_rows_checked_and_can_be_stopped(
    sample_summit, tmp_path, kind, source
):
    sheets = read_file(source(tmp_path))
    seen = []
    KINDS[kind].plan(sheets, "file", None, None, lambda rows: seen.append(rows))
    if kind == "issues":  # told every 500 rows; the small files hear nothing
        assert seen == [500, 1000]
        with pytest.raises(ImportCancelled):
            KINDS[kind].plan(sheets, "file", None, None, lambda rows: False)
