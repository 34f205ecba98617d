"""Opening what is not a healthy summit file fails with one sentence and changes nothing."""

import sqlite3
import zipfile
from pathlib import Path

import pytest

from db import connection
from db.errors import (
    DamagedSummitFileError,
    NewerSummitFileError,
    NotASummitFileError,
    SummitFileError,
)
from db.migrations import SCHEMA_VERSION
from planner.summit_file import close_summit_file
from tests.helpers import digest, scribbled


def make_spreadsheet(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and "Traceback" not in message


@pytest.mark.parametrize(
    ("maker", "error", "words"),
    [
        (make_spreadsheet, NotASummitFileError, "spreadsheet"),
        (lambda p: p.write_bytes(b""), NotASummitFileError, "empty"),
        (lambda p: p.write_text("code;title\nECO-01;Railway\n"), NotASummitFileError, "not"),
    ],
)
def test_foreign_files_are_refused_untouched(tmp_path, maker, error, words):
    path = tmp_path / "agenda.summit"
    maker(path)
    before = digest(path)
    with pytest.raises(error) as raised:
        connection.open_summit(path)
    assert words in str(raised.value)
    assert one_sentence(str(raised.value))
    assert digest(path) == before
    assert not list(tmp_path.glob(".*")), "no side files may be left"


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "contacts.summit"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contact (name TEXT)")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotASummitFileError, match="another application"):
        connection.open_summit(path)
    assert digest(path) == before


def test_newer_file_is_refused(tmp_path, empty_summit):
    close_summit_file()
    raw = sqlite3.connect(empty_summit)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = digest(empty_summit)
    with pytest.raises(NewerSummitFileError, match="newer version"):
        connection.open_summit(empty_summit)
    assert digest(empty_summit) == before


def test_damaged_file_is_refused_untouched(tmp_path, sample_template):
    path = scribbled(sample_template, tmp_path / "damaged.summit")
    before = digest(path)
    with pytest.raises(DamagedSummitFileError) as raised:
        connection.open_summit(path)
    assert one_sentence(str(raised.value))
    assert digest(path) == before


@pytest.mark.parametrize("damage", ["truncated", "flipped"])
def test_truncated_or_flipped_file_is_refused_untouched(tmp_path, sample_template, damage):
    path = tmp_path / "damaged.summit"
    data = bytearray(sample_template.read_bytes())
    middle = len(data) // 2
    if damage == "truncated":  # a copy cut short, as by a full disk or a dropped connection
        del data[middle:]
    else:  # bytes flipped in the middle of the file
        data[middle : middle + 4096] = bytes(b ^ 0xFF for b in data[middle : middle + 4096])
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DamagedSummitFileError) as raised:
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert one_sentence(str(raised.value)) and "damaged" in str(raised.value)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()  # refused before anything was written


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "nowhere.summit"
    with pytest.raises(SummitFileError, match="no file"):
        connection.open_summit(path)
    assert not path.exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotASummitFileError, match="folder"):
        connection.open_summit(tmp_path)


def test_new_file_has_our_marks_and_pragmas(empty_summit):
    database = connection.database_proxy
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == connection.APPLICATION_ID
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("PRAGMA trusted_schema").fetchone()[0] == 0


def test_new_file_is_readable_by_its_owner_only(empty_summit):
    assert empty_summit.stat().st_mode & 0o777 == 0o600


def test_creating_over_an_existing_file_is_refused(tmp_path, empty_summit):
    close_summit_file()
    before = digest(empty_summit)
    with pytest.raises(SummitFileError, match="already exists"):
        connection.create_summit(empty_summit)
    assert digest(empty_summit) == before


def test_failed_creation_leaves_nothing_behind(tmp_path):
    path = tmp_path / "broken.summit"

    def fail(_database):
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        connection.create_summit(path, fail)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("version", "words"), [(SCHEMA_VERSION, "missing"), (1, "missing")]
)
def test_marked_file_without_our_tables_is_refused_untouched(tmp_path, version, words):
    path = tmp_path / "hollow.summit"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version = {version}")
    raw.execute("CREATE TABLE x (a)")
    raw.commit()
    raw.close()
    before = digest(path)
    with pytest.raises(SummitFileError, match=words):
        connection.open_summit(path, backup_dir=tmp_path / "backups")
    assert digest(path) == before


def test_file_left_by_a_crash_mid_write_is_recovered(tmp_path, sample_template):
    import subprocess
    import sys

    path = tmp_path / "crashed.summit"
    path.write_bytes(sample_template.read_bytes())
    crash = (
        "import sqlite3, os\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE delegation SET name = 'half-written'\")\n"
        "c.execute('DELETE FROM position')\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        'c.execute("CREATE TABLE filler AS SELECT * FROM agenda_issue")\n'
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", crash], check=False)
    assert path.with_name(path.name + "-journal").exists()
    connection.open_summit(path)
    from db.models import Delegation, Position

    assert Delegation.select().where(Delegation.name == "half-written").count() == 0
    assert Position.select().count() > 0
