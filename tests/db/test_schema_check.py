"""A received file runs nothing of its author's: a schema other than the one our migrations
build (a trigger, a view, another table or index, a table defined otherwise) is refused with
one sentence before anything is written, also before an upgrade."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import connection
from db.migrations import MIGRATIONS, SCHEMA_VERSION
from db.schema_check import ForeignSchemaError, RepairableFileError, expected_schema
from planner.cli import run_command
from planner.summit_file import close_summit_file, open_summit_file

FIXTURES = Path(__file__).parent.parent / "fixtures"
TRIGGER = "CREATE TRIGGER e AFTER INSERT ON agenda_issue BEGIN DELETE FROM meeting; END"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def planted(tmp_path: Path, template: Path, *statements: str, name: str = "T.summit") -> Path:
    path = tmp_path / name
    shutil.copyfile(template, path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema = ON")  # only some plantings need it
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()
    return path


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and "Traceback" not in message


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        (TRIGGER, "trigger “e”"),
        (
            "CREATE TRIGGER u AFTER UPDATE ON agenda_issue BEGIN "
            "UPDATE financing_request SET amount = amount * 1000; END",
            "trigger “u”",
        ),
        ("CREATE VIEW v AS SELECT * FROM meeting", "view “v”"),
        ("CREATE TABLE notes (a TEXT)", "table “notes”"),
        ("CREATE INDEX meeting_title ON meeting (title)", "index “meeting_title”"),
        ('DROP INDEX "agenda_issue_status"', "index “agenda_issue_status” is missing"),
        (
            "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (slot_minutes BETWEEN 5 AND 120)',"
            " '') WHERE name = 'summit'",
            "table “summit” defined differently",
        ),
    ],
)
def test_a_foreign_schema_is_refused_untouched(tmp_path, sample_template, statement, words):
    path = planted(tmp_path, sample_template, statement)
    before = digest(path)
    with pytest.raises(ForeignSchemaError) as raised:
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert words in str(raised.value)
    assert one_sentence(str(raised.value))
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()  # refused before the backup, too


def test_the_planted_trigger_never_fires_on_import(tmp_path, sample_template, capsys):
    path = planted(tmp_path, sample_template, TRIGGER)
    before = digest(path)
    source = tmp_path / "issues.csv"
    source.write_text("Title,Track\nNew rail link,Economic\n", encoding="utf-8")
    assert run_command(["import", str(path), str(source)]) == 1
    error = capsys.readouterr().err
    assert "trigger “e”" in error and "repair" in error and "unexpected" not in error
    assert error.count("\n") == 1
    assert digest(path) == before
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        assert raw.execute("SELECT count(*) FROM meeting").fetchone()[0] > 20


def test_the_planted_trigger_never_fires_when_opened_by_the_planner(tmp_path, sample_template):
    path = planted(tmp_path, sample_template, TRIGGER)
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(RepairableFileError):
            open_summit_file(path, readonly=readonly)
    assert digest(path) == before


@pytest.mark.parametrize("version", [s.version for s in MIGRATIONS if s.version < SCHEMA_VERSION])
def test_an_older_file_with_a_trigger_is_refused_before_its_upgrade(tmp_path, version):
    # the upgrade to format 3 updates the summit row: the trigger would fire during it
    path = planted(
        tmp_path,
        FIXTURES / f"summit-format-{version}.summit",
        "CREATE TRIGGER w AFTER UPDATE ON summit BEGIN DELETE FROM meeting; END",
    )
    before = digest(path)
    with pytest.raises(ForeignSchemaError, match="trigger “w”"):
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert digest(path) == before


@pytest.mark.parametrize("version", [step.version for step in MIGRATIONS])
def test_saved_files_of_every_format_have_exactly_our_schema(tmp_path, version):
    saved = FIXTURES / f"summit-format-{version}.summit"
    with sqlite3.connect(f"file:{saved}?mode=ro", uri=True) as raw:
        assert connection.schema_difference(raw, version) is None
        if version < SCHEMA_VERSION:  # each format is judged by its own schema
            assert connection.schema_difference(raw, SCHEMA_VERSION) is not None
            assert expected_schema(version) != expected_schema(SCHEMA_VERSION)


def test_statistics_of_analyze_are_not_foreign(tmp_path, sample_template):
    path = planted(tmp_path, sample_template, "ANALYZE")
    close_summit_file()
    connection.open_summit(path)  # sqlite_stat1 is data SQLite keeps, not code
