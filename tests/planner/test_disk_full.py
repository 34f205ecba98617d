"""A full disk: every command fails with one sentence naming it, no traceback, the input as it
was and no half-written output left behind. The database's disk fills through SQLite's
max_page_count, a file's through RLIMIT_FSIZE or /dev/full in a child process."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db import connection
from db.models import AgendaIssue
from db.safe_files import DISK_FULL, TOO_LARGE
from planner.cli import run_command
from planner.errors import PlannerError
from planner.importing.issue_import import commit_issue_import, plan_issue_import
from planner.summit_file import close_summit_file, open_summit_file

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def many_issues(tmp_path: Path) -> Path:
    """A list of issues too large for the little room the disk has left."""
    path = tmp_path / "issues.csv"
    rows = [f"FULL-{n},{'A long issue title ' * 20}{n},Economic" for n in range(2000)]
    path.write_text("Code,Title,Track\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def nearly_full(monkeypatch: pytest.MonkeyPatch):
    """Every summit connection may grow the file by only a few pages: the disk is all but full."""

    def limit(pages_left: int = 4) -> None:
        def connect(path, *, readonly=False):
            database = real_connect(path, readonly=readonly)
            (pages,) = database.execute_sql("PRAGMA page_count").fetchone()
            database.execute_sql(f"PRAGMA max_page_count = {pages + pages_left}")
            return database

        monkeypatch.setattr(connection, "connect", connect)

    real_connect = connection.connect
    return limit


def test_a_failed_import_names_the_full_disk_and_changes_nothing(
    sample_summit, many_issues, nearly_full
):
    close_summit_file()
    before = digest(sample_summit)
    nearly_full()
    open_summit_file(sample_summit)
    count = AgendaIssue.select().count()
    plan = plan_issue_import(many_issues)
    with pytest.raises(PlannerError) as refused:
        commit_issue_import(plan)
    assert str(refused.value) == (
        f"The import could not be saved: {DISK_FULL}. Nothing was changed."
    )
    assert AgendaIssue.select().count() == count
    close_summit_file()
    assert digest(sample_summit) == before


def test_command_line_import_on_a_full_disk(sample_summit, many_issues, nearly_full, capsys):
    close_summit_file()
    before = digest(sample_summit)
    nearly_full()
    assert run_command(["import", str(sample_summit), str(many_issues)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and DISK_FULL in err and "rollback" not in err
    assert digest(sample_summit) == before


def test_new_sample_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    tmp_path, nearly_full, capsys
):
    nearly_full(pages_left=0)
    folder = tmp_path / "new"
    folder.mkdir()
    assert run_command(["new", str(folder / "N.summit"), "--sample"]) == 1
    err = capsys.readouterr().err
    assert err == f"summit-planner: N.summit could not be created: {DISK_FULL}.\n"
    assert list(folder.iterdir()) == []


def child(code: str, *args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMIT_PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


LIMITED = """
import resource, sys
from planner.cli import run_command
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
sys.exit(run_command(sys.argv[2:]))
"""

ON_DEV_FULL = """
import contextlib, sys
from pathlib import Path
import planner.export.common as common
from planner.cli import run_command

@contextlib.contextmanager
def full_disk(target, purpose):
    yield Path("/dev/full")  # every write fails with ENOSPC, as on a full disk

common.temporary_beside = full_disk
sys.exit(run_command(sys.argv[1:]))
"""


def only_the_summit_is_left(folder: Path, summit: Path) -> bool:
    return sorted(p.name for p in folder.iterdir()) == [summit.name]


@posix_only
@pytest.mark.parametrize("command", ["export", "ics"])
def test_an_export_past_the_file_size_limit(sample_template, tmp_path, data_dir, command):
    work = tmp_path / "work"
    work.mkdir()
    summit = work / "astana.summit"
    shutil.copyfile(sample_template, summit)
    before = digest(summit)
    out = work / ("out.xlsx" if command == "export" else "out.ics")
    done = child(LIMITED, "4000", command, str(summit), str(out), data_dir=data_dir)
    assert done.returncode == 1
    assert done.stderr == f"summit-planner: {out} could not be written: {TOO_LARGE}.\n"
    assert only_the_summit_is_left(work, summit) and digest(summit) == before


@posix_only
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["export", "ics"])
def test_an_export_on_a_full_disk_is_one_sentence_without_a_traceback(
    sample_template, tmp_path, data_dir, command
):
    work = tmp_path / "work"
    work.mkdir()
    summit = work / "astana.summit"
    shutil.copyfile(sample_template, summit)
    out = work / ("out.xlsx" if command == "export" else "out.ics")
    done = child(ON_DEV_FULL, command, str(summit), str(out), data_dir=data_dir)
    assert done.returncode == 1
    assert done.stderr == f"summit-planner: {out} could not be written: {DISK_FULL}.\n"
    assert only_the_summit_is_left(work, summit)


@posix_only
@pytest.mark.parametrize("limit", [0, 3000, 20000])
@pytest.mark.parametrize("sample", [False, True])
def test_new_past_the_file_size_limit(tmp_path, data_dir, limit, sample):
    folder = tmp_path / "new"
    folder.mkdir()
    command = ["new", str(folder / "N.summit")] + (["--sample"] if sample else [])
    done = child(LIMITED, str(limit), *command, data_dir=data_dir)
    assert done.returncode == 1
    if limit == 0:
        # not even the lock file's few bytes can be written: the lock says so first
        expected = "N.summit cannot be locked for writing (File too large); nothing was changed."
    else:
        # SQLite reports a write refused by the limit (EFBIG) as an I/O error, not a full disk
        expected = "N.summit could not be created: disk I/O error."
    assert done.stderr == f"summit-planner: {expected}\n"
    assert list(folder.iterdir()) == []



# A real full disk: a small tmpfs in a mount namespace of the child's own (no privileges
# needed where user namespaces are allowed); what is left on it is looked at before it goes.
ON_FULL_TMPFS = """
import hashlib, json, os, shutil, subprocess, sys
from pathlib import Path
disk = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)], check=True)
summit = disk / "astana.summit"
shutil.copyfile(sys.argv[2], summit)
before = hashlib.sha256(summit.read_bytes()).hexdigest()
room = os.statvfs(disk)
(disk / "filler").write_bytes(bytes(room.f_bavail * room.f_frsize - 48 * 1024))
from planner.cli import run_command
status = run_command(["import", str(summit), sys.argv[3]])
same = hashlib.sha256(summit.read_bytes()).hexdigest() == before
print(json.dumps({"status": status, "files": sorted(os.listdir(disk)), "same": same}))
"""


def private_mounts() -> bool:
    if sys.platform != "linux" or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not private_mounts(), reason="needs unshare and user namespaces")
def test_an_import_on_a_really_full_disk_leaves_the_file_without_a_journal(
    sample_template, tmp_path, data_dir
):
    disk = tmp_path / "disk"
    disk.mkdir()
    many_issues = tmp_path / "described.csv"
    rows = [f"BIG-{n},Issue {n},{'d' * 500}" for n in range(3000)]
    many_issues.write_text("Code,Title,Description\n" + "\n".join(rows) + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMIT_PLANNER_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", ON_FULL_TMPFS]
        + [str(disk), str(sample_template), str(many_issues)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.stderr == (
        f"summit-planner: The import could not be saved: {DISK_FULL}. Nothing was changed.\n"
    )
    # SQLite keeps the journal of the transaction it gave up until the connection reads
    # again; closed at once, the file was left grown and with a journal for the next program
    assert json.loads(done.stdout) == {
        "status": 1,
        "files": ["astana.summit", "filler"],
        "same": True,
    }
