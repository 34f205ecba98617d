"""A file a crash left with a journal beside it: a read-only command reads a private copy
with the journal rolled back and writes nothing; a writing open puts the recovered state in
the file's place only when it is healthy; a journal that is not the file's destroys nothing."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import connection, recovery
from db.errors import DamagedSummitFileError
from planner.cli import run_command
from planner.summit_file import close_summit_file, open_summit_file
from tests.helpers import digest, scribbled

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="os._exit mid-write is POSIX")

# Killed in the middle of a transaction too big for the page cache: the file itself holds
# half of it (and has grown), only the journal can undo it.
CRASH = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size = 1")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE delegation SET name = 'half-written'")
c.execute("UPDATE position SET talking_points = printf('%.*c', 20000, 'x')")
c.execute("DELETE FROM meeting_issue")
os._exit(9)
"""


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def crashed(tmp_path: Path, template: Path, name: str = "crashed.summit") -> Path:
    path = tmp_path / name
    shutil.copyfile(template, path)
    size = path.stat().st_size
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=False)
    assert journal(path).stat().st_size > 0 and path.stat().st_size > size
    return path


def names(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        return {name for (name,) in raw.execute("SELECT name FROM delegation")}


def test_a_read_only_command_reads_the_recovered_state_and_writes_nothing(
    tmp_path, sample_template, capsys
):
    path = crashed(tmp_path, sample_template)
    before, journal_before = digest(path), digest(journal(path))
    assert run_command(["info", str(path), "--json"]) == 0
    assert '"delegations": 6' in capsys.readouterr().out
    assert run_command(["check", str(path)]) in (0, 1)
    assert "Integrity: ok" in capsys.readouterr().out
    assert digest(path) == before and digest(journal(path)) == journal_before
    open_summit_file(path, readonly=True)
    from db.models import Delegation, MeetingIssue

    assert Delegation.select().where(Delegation.name == "half-written").count() == 0
    assert MeetingIssue.select().count() > 0
    (made,) = recovery.LATEST.values()  # the private copy that was read
    assert made.copy.parent.stat().st_mode & 0o777 == 0o700
    assert made.copy.stat().st_mode & 0o777 == 0o600
    close_summit_file()
    assert digest(path) == before


def test_a_writing_open_puts_the_healthy_recovered_state_in_place(tmp_path, sample_template):
    path = crashed(tmp_path, sample_template)
    open_summit_file(path)
    from db.models import Delegation, MeetingIssue

    assert "half-written" not in {d.name for d in Delegation.select()}
    assert MeetingIssue.select().count() > 0
    close_summit_file()
    assert not journal(path).exists()
    assert path.stat().st_size == sample_template.stat().st_size  # back from the grown file
    assert path.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert names(path) == names(sample_template)


def test_a_garbage_journal_destroys_nothing(tmp_path, sample_template, capsys):
    path = tmp_path / "received.summit"
    shutil.copyfile(sample_template, path)
    journal(path).write_bytes(os.urandom(3000))
    before, journal_before = digest(path), digest(journal(path))
    assert run_command(["info", str(path)]) == 0
    assert digest(path) == before and digest(journal(path)) == journal_before
    open_summit_file(path)
    close_summit_file()
    assert names(path) == names(sample_template)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_journal_of_another_file_is_refused_and_destroys_nothing(
    tmp_path, sample_template, empty_summit
):
    close_summit_file()
    other = crashed(tmp_path, sample_template, "other.summit")
    path = tmp_path / "received.summit"
    shutil.copyfile(empty_summit, path)
    shutil.copyfile(journal(other), journal(path))  # planted beside a file it is not of
    before, journal_before = digest(path), digest(journal(path))
    for readonly in (True, False):
        with pytest.raises(DamagedSummitFileError) as raised:
            connection.open_summit(path, backup_dir=tmp_path / "backups", readonly=readonly)
        assert "crash" in str(raised.value) or "damaged" in str(raised.value)
    assert digest(path) == before and digest(journal(path)) == journal_before


def test_a_damaged_file_with_a_journal_is_never_written(tmp_path, sample_template, capsys):
    path = scribbled(sample_template, tmp_path / "damaged.summit")
    journal(path).write_bytes(os.urandom(3000))
    before, journal_before = digest(path), digest(journal(path))
    assert run_command(["info", str(path)]) == 1
    assert "damaged" in capsys.readouterr().err
    with pytest.raises(DamagedSummitFileError):
        open_summit_file(path)
    assert digest(path) == before and digest(journal(path)) == journal_before


WRITER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE delegation SET name = 'not yet committed'")
print("writing", flush=True)
sys.stdin.readline()
c.execute("ROLLBACK")
"""


def test_the_journal_of_a_program_still_writing_is_no_crash(tmp_path, sample_template, capsys):
    path = tmp_path / "busy.summit"
    shutil.copyfile(sample_template, path)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        assert journal(path).exists()
        assert not recovery.left_by_crash(path)
        assert run_command(["info", str(path), "--json"]) == 0
        assert "not yet committed" not in capsys.readouterr().out
        assert path.resolve() not in recovery.LATEST  # read as it is: no private copy
    finally:
        writer.communicate("\n", timeout=30)
    assert not journal(path).exists()


@pytest.mark.parametrize("plant", ["named pipe", "folder", "symbolic link"])
def test_a_journal_that_is_not_a_file_is_refused_in_a_sentence(tmp_path, sample_template, plant):
    path = tmp_path / "planted.summit"
    shutil.copyfile(sample_template, path)
    before = digest(path)
    (tmp_path / "victim.txt").write_text("victim\n")
    if plant == "named pipe":
        os.mkfifo(journal(path))  # opening it to read would wait for a writer forever
    elif plant == "folder":
        journal(path).mkdir()
    else:
        journal(path).symlink_to(tmp_path / "victim.txt")
    (tmp_path / "list.csv").write_text("Code,Title\nECO-90,Rail\n", encoding="utf-8")
    main = Path(__file__).resolve().parents[2] / "main.py"
    environment = dict(os.environ, SUMMIT_PLANNER_DATA_DIR=str(tmp_path / "data"))
    for command in (["info", path], ["import", path, tmp_path / "list.csv"]):
        child = subprocess.run(
            [sys.executable, str(main), *map(str, command)],
            capture_output=True,
            text=True,
            timeout=30,
            env=environment,
        )
        assert child.returncode == 1
        assert child.stderr.count("\n") == 1
        assert f"planted.summit-journal beside it is a {plant}" in child.stderr
    assert digest(path) == before
    assert (tmp_path / "victim.txt").read_text() == "victim\n"
    assert journal(path).is_symlink() or journal(path).exists()
