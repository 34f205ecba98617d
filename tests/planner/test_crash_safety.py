"""A program killed at the worst moment: the file opens, passes integrity_check and holds
exactly the last committed state (SQLite's rollback journal does the work; these tests make
sure nothing of ours gets in its way)."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.connection import check_summit_file

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

IMPORT = """
import sys
from pathlib import Path
from planner.summit_file import open_summit_file
from planner.importing.issue_import import plan_issue_import, commit_issue_import
open_summit_file(Path(sys.argv[1]))
plan = plan_issue_import(Path(sys.argv[2]))
print("planned", flush=True)
commit_issue_import(plan)
print("committed", flush=True)
"""

EDITS = """
import sys
from pathlib import Path
from db.models import AgendaIssue, Meeting
from planner import records
from planner.issues import ISSUE_OPERATIONS
from planner.summit_file import open_summit_file
open_summit_file(Path(sys.argv[1]))
track = AgendaIssue.get_by_id(1).track_id
n = 0
while True:
    n += 1
    with records.writing("An edit"):  # one edit: a new issue and a renamed meeting together
        ISSUE_OPERATIONS.add({"code": f"EDIT-{n}", "title": f"Edit {n}", "track": track})
        Meeting.update(title=f"After edit {n}").where(Meeting.id == 1).execute()
    print(n, flush=True)
"""


def child(script: str, *args: Path, data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMIT_PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def written(journal: Path) -> int:
    try:
        return journal.stat().st_size
    except FileNotFoundError:
        return 0


def reopened(path: Path) -> sqlite3.Connection:
    check_summit_file(path)  # judged through a private copy; the connection below rolls back
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection


def test_killed_in_the_middle_of_a_large_import(sample_template, tmp_path, data_dir):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    table = tmp_path / "issues.csv"
    lines = ["Title,Track,Description"]
    background = "A long paragraph of background on the issue. " * 4
    lines += [f"Imported issue {n},Economic,{background}{n}" for n in range(30_000)]
    table.write_text("\n".join(lines), encoding="utf-8")
    journal = path.with_name(path.name + "-journal")

    process = child(IMPORT, path, table, data_dir=data_dir)
    assert process.stdout.readline().strip() == "planned", process.stderr.read()
    size = path.stat().st_size
    # Wait until the import, too big for SQLite's page cache, has begun writing into the
    # file itself: killed now, the file holds half an import that only the journal can undo.
    while path.stat().st_size <= size or not written(journal):
        assert process.poll() is None, "the import ended before it could be interrupted"
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()

    assert written(journal)  # a hot journal: cut off mid-transaction
    connection = reopened(path)
    assert connection.execute("SELECT count(*) FROM agenda_issue").fetchone()[0] == 32
    connection.close()
    assert not journal.exists()


def test_killed_during_a_burst_of_edits(sample_template, tmp_path, data_dir):
    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    process = child(EDITS, path, data_dir=data_dir)
    reported = 0
    while reported < 40:
        line = process.stdout.readline()
        assert line, process.stderr.read()
        reported = int(line)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()

    connection = reopened(path)
    codes = {c for (c,) in connection.execute("SELECT code FROM agenda_issue")}
    edits = sorted(int(c.split("-")[1]) for c in codes if c.startswith("EDIT-"))
    last = edits[-1]
    assert last >= reported  # every edit reported as done is there…
    assert edits == list(range(1, last + 1))  # …with no gap and nothing half-done
    (title,) = connection.execute("SELECT title FROM meeting WHERE id = 1").fetchone()
    assert title == f"After edit {last}"  # both halves of the last edit, or neither
    connection.close()


def test_save_a_copy_while_another_program_is_editing(sample_template, tmp_path, data_dir):
    from planner.summit_file import save_copy

    path = tmp_path / "astana.summit"
    path.write_bytes(sample_template.read_bytes())
    process = child(EDITS, path, data_dir=data_dir)
    try:
        assert process.stdout.readline(), process.stderr.read()
        copies = []
        for number in range(5):
            copies.append(tmp_path / f"copy {number}.summit")
            save_copy(path, copies[-1])
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
    lasts = []
    for copy in copies:
        connection = reopened(copy)
        codes = [c for (c,) in connection.execute("SELECT code FROM agenda_issue")]
        edits = sorted(int(c.split("-")[1]) for c in codes if c.startswith("EDIT-"))
        (title,) = connection.execute("SELECT title FROM meeting WHERE id = 1").fetchone()
        connection.close()
        assert edits == list(range(1, len(edits) + 1))  # a committed state, never half of one
        assert title == f"After edit {len(edits)}"
        assert copy.stat().st_mode & 0o777 == 0o600
        lasts.append(len(edits))
    assert lasts == sorted(lasts) and lasts[-1] > lasts[0]  # taken while the edits went on
