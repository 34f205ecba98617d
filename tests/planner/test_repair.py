"""A cleaned copy of a received file: our schema, its data, forbidden values replaced or their
rows left out, every change listed; the received file is only read."""

import sqlite3
from pathlib import Path

import pytest

from db.migrations import SCHEMA_VERSION
from db.models import AgendaIssue, Delegation, FinancingRequest, Meeting, Summit
from planner.cli import run_command
from planner.errors import USER_ERRORS
from planner.repair import cleaned_copy_path, repair_summit_file
from planner.summit_file import close_summit_file, open_summit_file
from tests.helpers import digest, received

FIXTURES = Path(__file__).parent.parent / "fixtures"


def count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_cleaned_copy_drops_the_trigger_and_mends_the_values(tmp_path, sample_template):
    path = received(
        tmp_path,
        sample_template,
        "CREATE TRIGGER e AFTER INSERT ON agenda_issue BEGIN DELETE FROM meeting; END",
        "UPDATE meeting SET room_id = 'abc' WHERE id = 2",
        "UPDATE meeting SET start = 'soon' WHERE id = 3",
        "UPDATE summit SET slot_minutes = 0, timezone = 'Mars/Olympus'",
        "UPDATE delegation SET colour = 'red' WHERE id = 1",
        "UPDATE financing_request SET amount = 'NaN' WHERE id = 1",
        "UPDATE agenda_issue SET track_id = 999 WHERE id = 2",
    )
    before = digest(path)
    meetings = count(path, "meeting")
    copy, changes = repair_summit_file(path)
    assert copy == tmp_path / "received (cleaned).summit"
    assert digest(path) == before
    assert copy.stat().st_mode & 0o777 == 0o600
    text = "\n".join(changes)
    assert "trigger “e” was left out" in text
    assert "meeting row 2, column room_id (“abc”" in text and "emptied" in text
    assert "meeting row 3, column start (“soon”" in text
    assert "summit row 1, column slot_minutes (“0”" in text
    assert "agenda_issue row 2, column track_id (“999”" in text

    open_summit_file(copy)  # opens, passes every check
    assert Meeting.select().count() == meetings - 1  # the meeting of no known time
    assert Meeting.get_by_id(2).room_id is None
    summit = Summit.get()
    assert summit.slot_minutes == 15 and summit.timezone == "UTC"
    assert Delegation.get_by_id(1).colour == "#808080"
    assert str(FinancingRequest.get_by_id(1).amount) == "0"
    assert not AgendaIssue.select().where(AgendaIssue.id == 2).exists()
    AgendaIssue.create(code="NEW-1", title="New", track=AgendaIssue.get_by_id(1).track)
    assert Meeting.select().count() == meetings - 1  # no trigger came along
    close_summit_file()
    assert cleaned_copy_path(path) == tmp_path / "received (cleaned 2).summit"


def test_an_older_file_is_cleaned_and_upgraded(tmp_path):
    path = received(
        tmp_path,
        FIXTURES / "summit-format-1.summit",
        "CREATE TRIGGER w AFTER UPDATE ON summit BEGIN DELETE FROM meeting; END",
    )
    before = digest(path)
    copy, changes = repair_summit_file(path, tmp_path / "clean.summit")
    assert changes == ["The trigger “w” was left out: it is not part of a summit file."]
    assert digest(path) == before
    with sqlite3.connect(copy) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
        assert len(raw.execute("SELECT uid FROM summit").fetchone()[0]) == 32
        assert raw.execute("SELECT count(*) FROM financing_status_change").fetchone()[0] == 1


def test_repair_on_the_command_line(tmp_path, sample_template, capsys):
    path = received(tmp_path, sample_template, "UPDATE meeting SET room_id = 'abc' WHERE id = 2")
    out = tmp_path / "mine.summit"
    assert run_command(["info", str(path)]) == 1
    error = capsys.readouterr().err
    assert f"summit-planner repair {path} '{tmp_path / 'received (cleaned).summit'}'" in error
    assert run_command(["repair", str(path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Wrote {out}: a cleaned copy of received.summit (1 change;")
    assert run_command(["info", str(out)]) == 0
    assert run_command(["repair", str(path), str(out)]) == 1  # never over an existing file
    assert "already exists" in capsys.readouterr().err


def test_a_file_without_a_summit_cannot_be_cleaned(tmp_path, sample_template):
    path = received(tmp_path, sample_template, "DELETE FROM summit")
    before = digest(path)
    with pytest.raises(USER_ERRORS) as raised:
        repair_summit_file(path)
    assert "no summit description" in str(raised.value)
    assert digest(path) == before
    assert not list(tmp_path.glob("*cleaned*")) and not list(tmp_path.glob(".*"))  # no leftovers


def test_a_view_in_place_of_a_table_is_not_read(tmp_path, sample_template):
    path = received(
        tmp_path,
        sample_template,
        "DROP TABLE financing_meeting",
        "CREATE VIEW financing_meeting AS SELECT 1 AS id, 1 AS request_id, 1 AS meeting_id",
    )
    copy, changes = repair_summit_file(path)
    assert "The view “financing_meeting” was left out: it is not part of a summit file." in changes
    assert "The table financing_meeting was missing; it is empty in the copy." in changes
    assert count(copy, "financing_meeting") == 0


def test_every_row_with_many_bad_values_is_mended(tmp_path, sample_template):
    path = received(
        tmp_path,
        sample_template,
        "UPDATE delegation SET timezone = 'Mars/Olympus', colour = 'red', precedence = 'x', "
        "head = x'00'",
        "UPDATE agenda_issue SET priority = 'urgent', status = 'maybe', lead_delegation_id = 'x', "
        "due_date = '2025-02-30'",
    )
    _copy, changes = repair_summit_file(path)
    assert sum("column timezone (“Mars/Olympus”" in c for c in changes) == 6
    assert sum("column priority (“urgent”" in c for c in changes) == count(path, "agenda_issue")
