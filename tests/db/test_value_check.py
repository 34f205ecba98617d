"""Values the schema forbids, planted as a buggy tool or an attacker would (CHECKs ignored,
foreign keys off), are found when the file is opened: refused in one sentence naming table,
row, column and value, so that no command reaches an unexpected error; check reports them."""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import connection
from db.errors import SummitFileError
from db.value_check import InvalidValueError
from planner.cli import run_command

PLANTED = [
    # (what, SQL, table, row, column)
    (
        "text in an integer column",
        "UPDATE meeting SET room_id = 'abc' WHERE id = 2",
        "meeting",
        2,
        "room_id",
    ),
    (
        "an unparseable start",
        "UPDATE meeting SET start = 'soon' WHERE id = 3",
        "meeting",
        3,
        "start",
    ),
    (
        "hour 24",
        "UPDATE meeting SET \"end\" = '2025-06-16T24:00:00Z' WHERE id = 4",
        "meeting",
        4,
        "end",
    ),
    (
        "a three-day meeting",
        "UPDATE meeting SET \"end\" = '2025-06-19T09:00:00Z' WHERE id = 5",
        "meeting",
        5,
        "end",
    ),
    ("a blob for notes", "UPDATE meeting SET notes = x'00ff' WHERE id = 6", "meeting", 6, "notes"),
    (
        "pinned is neither 0 nor 1",
        "UPDATE meeting SET pinned = 7 WHERE id = 7",
        "meeting",
        7,
        "pinned",
    ),
    ("slot_minutes 0", "UPDATE summit SET slot_minutes = 0", "summit", 1, "slot_minutes"),
    ("year 1", "UPDATE summit SET first_day = '0001-01-01'", "summit", 1, "first_day"),
    (
        "years 0001 to 9999",
        "UPDATE summit SET first_day = '2025-01-01', last_day = '2999-12-31'",
        "summit",
        1,
        "last_day",
    ),
    (
        "an unknown time zone",
        "UPDATE summit SET timezone = 'Mars/Olympus'",
        "summit",
        1,
        "timezone",
    ),
    (
        "a path for a time zone",
        "UPDATE delegation SET timezone = '../../etc/passwd' WHERE id = 2",
        "delegation",
        2,
        "timezone",
    ),
    (
        "NaN money",
        "UPDATE financing_request SET amount = 'NaN' WHERE id = 1",
        "financing_request",
        1,
        "amount",
    ),
    (
        "an absurd amount",
        "UPDATE financing_request SET amount = '1' || printf('%030d', 0) WHERE id = 2",
        "financing_request",
        2,
        "amount",
    ),
    (
        "a garbage rate",
        "UPDATE exchange_rate SET rate = '1.2.3' WHERE id = 1",
        "exchange_rate",
        1,
        "rate",
    ),
    (
        "30 February",
        "UPDATE exchange_rate SET as_of = '2025-02-30' WHERE id = 1",
        "exchange_rate",
        1,
        "as_of",
    ),
    (
        "a colour word",
        "UPDATE delegation SET colour = 'red' WHERE id = 1",
        "delegation",
        1,
        "colour",
    ),
    (
        "an unknown stance",
        "UPDATE position SET stance = 'maybe' WHERE id = 3",
        "position",
        3,
        "stance",
    ),
    (
        "an empty title",
        "UPDATE agenda_issue SET title = '  ' WHERE id = 4",
        "agenda_issue",
        4,
        "title",
    ),
    ("a real capacity", "UPDATE room SET capacity = 1.5 WHERE id = 1", "room", 1, "capacity"),
    (
        "a broken reference",
        "UPDATE agenda_issue SET track_id = 999 WHERE id = 2",
        "agenda_issue",
        2,
        "track_id",
    ),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def planted(tmp_path: Path, template: Path, statement: str) -> Path:
    path = tmp_path / "received.summit"
    shutil.copyfile(template, path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute(statement)
    raw.commit()
    raw.close()
    return path


@pytest.mark.parametrize(
    ("statement", "table", "row", "column"),
    [case[1:] for case in PLANTED],
    ids=[case[0] for case in PLANTED],
)
def test_a_forbidden_value_is_refused_when_opened(
    tmp_path, sample_template, statement, table, row, column
):
    path = planted(tmp_path, sample_template, statement)
    before = digest(path)
    with pytest.raises(InvalidValueError) as raised:
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    message = str(raised.value)
    assert f"row {row} of the table {table}, column {column}," in message
    assert "\n" not in message and message.endswith(".")
    assert raised.value.detail.table == table and raised.value.detail.row == row
    assert digest(path) == before


@pytest.mark.parametrize(
    "statement", [case[1] for case in PLANTED], ids=[case[0] for case in PLANTED]
)
def test_no_command_reaches_an_unexpected_error(tmp_path, sample_template, capsys, statement):
    path = planted(tmp_path, sample_template, statement)
    before = digest(path)
    source = tmp_path / "issues.csv"
    source.write_text("Title,Track\nNew rail link,Economic\n", encoding="utf-8")
    commands = [
        ["info", str(path)],
        ["info", str(path), "--json"],
        ["check", str(path)],
        ["export", str(path), str(tmp_path / "out.xlsx")],
        ["ics", str(path), str(tmp_path / "out.ics")],
        ["import", str(path), str(source)],
    ]
    for command in commands:
        assert run_command(command) == 1, command
        error = capsys.readouterr().err
        assert "unexpected" not in error, error
        if command[0] != "check":
            assert error.count("\n") == 1 and "repair" in error, error
    assert digest(path) == before
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "out.ics").exists()


def test_check_reports_a_broken_reference_in_integrity(tmp_path, sample_template, capsys):
    path = planted(tmp_path, sample_template, "UPDATE agenda_issue SET track_id = 999 WHERE id = 2")
    before = digest(path)
    assert run_command(["check", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["integrity"] != "ok"
    (problem,) = report["integrity"]
    assert (problem["table"], problem["row"], problem["column"], problem["value"]) == (
        "agenda_issue",
        2,
        "track_id",
        "999",
    )
    assert "refers to no row of the table track" in problem["message"]
    assert digest(path) == before


def test_check_lists_every_problem(tmp_path, sample_template, capsys):
    path = planted(tmp_path, sample_template, "UPDATE meeting SET room_id = 'abc'")
    meetings = sqlite3.connect(path).execute("SELECT count(*) FROM meeting").fetchone()[0]
    assert run_command(["check", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert {p["row"] for p in report["integrity"] if p["column"] == "room_id"} == set(
        range(1, meetings + 1)
    )
    assert run_command(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"Integrity: {len(report['integrity'])} problems") and "repair" in out


def test_a_null_in_a_required_column_is_refused(tmp_path, sample_template):
    # NOT NULL cannot be switched off: a tool that rewrote the schema could still leave one
    path = tmp_path / "received.summit"
    shutil.copyfile(sample_template, path)
    original = '"title" VARCHAR(255) NOT NULL CHECK (length(trim(title)) > 0), "level"'
    loosened = '"title" VARCHAR(255) CHECK (length(trim(title)) > 0), "level"'
    for statement in (
        f"UPDATE sqlite_master SET sql = replace(sql, '{original}', '{loosened}') "
        "WHERE name = 'meeting'",
        "UPDATE meeting SET title = NULL WHERE id = 1",
        f"UPDATE sqlite_master SET sql = replace(sql, '{loosened}', '{original}') "
        "WHERE name = 'meeting'",
    ):
        raw = sqlite3.connect(path)
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute(statement)
        raw.commit()
        raw.close()
    before = digest(path)
    with pytest.raises(SummitFileError) as raised:
        connection.open_summit(path)
    assert "meeting" in str(raised.value) and "title" in str(raised.value)
    assert digest(path) == before
