"""One writer per file from the command line too: the lock's format, staleness and links."""

import json
import os
import random
import select
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

import main
from db.models import AgendaIssue
from planner import file_lock, lock_record
from planner.file_lock import (
    FileLockedError,
    Refusal,
    SummitLock,
    lock_path,
    process_exists,
    runtime_dir,
    this_host,
    writing,
)
from planner.summit_file import close_summit_file, open_summit_file
from tests.helpers import ROOT, child_environment, digest, issues_csv

EDIT = """
import sys
from pathlib import Path
from planner.file_lock import SummitLock
from planner.issues import ISSUE_OPERATIONS
from planner.summit_file import open_summit_file
lock = SummitLock(Path(sys.argv[1]))
assert lock.acquire() is None
open_summit_file(Path(sys.argv[1]))
print("held", flush=True)
failed = 0
for number in range(int(sys.argv[2])):
    try:
        ISSUE_OPERATIONS.change(1, {"title": f"Edited {number}"})
    except Exception as error:
        failed += 1
        print(error, file=sys.stderr)
print(failed, flush=True)
sys.stdin.readline()
"""


@pytest.fixture(autouse=True)
def private_runtime(tmp_path, monkeypatch):
    """Identity locks in a runtime folder of this test's own (children inherit it)."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder / "summit-planner"


def issue_count(path: Path) -> int:
    open_summit_file(path, readonly=True)
    try:
        return AgendaIssue.select().count()
    finally:
        close_summit_file()


def import_into(path: Path, source: Path, *more: str) -> int:
    return main.main(["import", str(path), str(source), *more])


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def plant(path: Path, **values) -> Path:
    record = {"pid": os.getpid(), "host": this_host(), "program": "Summit Planner", **values}
    lock = lock_path(path)
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


# The command line and the lock


def test_an_import_is_refused_while_another_process_holds_the_file(
    summit, tmp_path, holder, capsys
):
    other = holder(summit)
    before, count = digest(summit), issue_count(summit)
    assert import_into(summit, issues_csv(tmp_path / "list.csv", 2000)) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and error.endswith("close it there and try again.")
    assert f"astana.summit is open for writing in Summit Planner (process {other.pid}" in error
    assert "on this computer since" in error
    assert digest(summit) == before and issue_count(summit) == count


def test_read_only_commands_work_while_the_file_is_held(summit, tmp_path, holder, capsys):
    holder(summit)
    before = digest(summit)
    source = issues_csv(tmp_path / "list.csv", 3)
    assert main.main(["info", str(summit)]) == 0
    assert main.main(["check", str(summit)]) in (0, 1)
    assert main.main(["export", str(summit), str(tmp_path / "out.xlsx")]) == 0
    assert main.main(["ics", str(summit), str(tmp_path / "out.ics")]) == 0
    assert import_into(summit, source, "--dry-run") == 0
    assert "3 created" in capsys.readouterr().out
    assert digest(summit) == before


def test_an_import_holds_the_lock_while_it_writes_and_lets_go(summit, tmp_path, monkeypatch):
    from dataclasses import replace

    from planner.importing.kinds import KINDS

    seen = []
    commit = KINDS["issues"].committer

    def watched(plan, progress):
        seen.append(SummitLock(summit).acquire())
        return commit(plan, progress)

    monkeypatch.setitem(KINDS, "issues", replace(KINDS["issues"], committer=watched))
    assert import_into(summit, issues_csv(tmp_path / "list.csv", 5)) == 0
    (refused,) = seen
    assert refused is not None and refused.refusal is Refusal.HELD
    assert refused.program == "summit-planner import" and refused.pid == os.getpid()
    assert not lock_path(summit).exists()  # released when done
    assert SummitLock(summit).acquire() is None


def test_new_is_refused_on_a_name_someone_holds(tmp_path, holder, capsys):
    path = tmp_path / "fresh.summit"
    holder(path)
    assert main.main(["new", str(path)]) == 1
    assert "fresh.summit is open for writing in Summit Planner" in capsys.readouterr().err
    assert not path.exists()


def test_edits_of_the_holder_never_fail_while_imports_are_attempted(summit, tmp_path, holder):
    edits = 200
    other = holder(summit, EDIT, str(edits))
    source = issues_csv(tmp_path / "list.csv", 2000)
    attempts = refused = 0
    while attempts < 2 or not select.select([other.stdout], [], [], 0)[0]:
        command = [sys.executable, str(ROOT / "main.py"), "import", str(summit), str(source)]
        done = subprocess.run(
            command, capture_output=True, cwd=ROOT, env=child_environment(), timeout=60
        )
        refused += import_into(summit, source) == 1
        refused += done.returncode == 1
        attempts += 2
    assert int(other.stdout.readline()) == 0  # not one failed edit
    assert refused == attempts
    other.stdin.write("\n")
    other.stdin.flush()
    other.wait(timeout=30)
    open_summit_file(summit, readonly=True)
    assert AgendaIssue.select().where(AgendaIssue.code.startswith("LK-")).count() == 0
    assert AgendaIssue.get_by_id(1).title == f"Edited {edits - 1}"


# What a lock file holds, and when it is stale


def test_the_lock_says_who_holds_which_file_and_is_never_seen_incomplete(summit):
    lock = SummitLock(summit, program="summit-planner import")
    assert lock.acquire() is None
    record = json.loads(lock_path(summit).read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["host"] == this_host()
    assert record["program"] == "summit-planner import" and record["user"]
    assert datetime.fromisoformat(record["since"]) <= datetime.now(UTC)
    assert record["file"] == str(summit.resolve())
    info = summit.stat()
    assert record["identity"] is None  # the lock beside the file; its twin names the inode
    (twin,) = runtime_dir().iterdir()
    assert twin.name == f"{info.st_dev}-{info.st_ino}.lock"
    assert json.loads(twin.read_text(encoding="utf-8"))["identity"] == [info.st_dev, info.st_ino]
    assert os.stat(lock_path(summit)).st_nlink == 1  # the private name it was written under...
    assert sorted(p.name for p in summit.parent.iterdir() if ".~lock" in p.name) == [
        ".~lock.astana.summit"  # ...is gone
    ]
    lock.release()
    assert not lock_path(summit).exists() and list(runtime_dir().iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b'{"pid": "x", "host": ""}',
        b"[1, 2]",
        b"0\nx\nhost\n",
        b"{" * 5000,
    ],
    ids=["empty", "binary", "bad values", "not an object", "pid zero", "too long"],
)
def test_an_empty_or_garbage_lock_is_stale_and_taken_over(summit, tmp_path, content, capsys):
    lock_path(summit).write_bytes(content)
    lock = SummitLock(summit)
    assert lock.acquire() is None
    assert json.loads(lock_path(summit).read_text())["token"] == lock.token
    lock.release()
    lock_path(summit).write_bytes(content)
    assert import_into(summit, issues_csv(tmp_path / "list.csv", 2)) == 0, capsys.readouterr()
    assert not lock_path(summit).exists()


def test_a_stale_lock_is_taken_over_by_exactly_one_of_many_at_once(summit, monkeypatch):
    examine = lock_record.examine

    def slow_examine(lock: Path):
        found = examine(lock)
        time.sleep(random.uniform(0, 0.01))  # others act between looking and removing
        return found

    monkeypatch.setattr(lock_record, "examine", slow_examine)
    monkeypatch.setattr(file_lock, "runtime_dir", lambda: None)  # the lock beside it alone
    for _round in range(5):
        lock_path(summit).write_bytes(b"garbage")
        locks = [SummitLock(summit) for _ in range(8)]
        start = threading.Barrier(len(locks))

        def take(lock: SummitLock, start: threading.Barrier = start):
            start.wait()
            return lock.acquire()

        with ThreadPoolExecutor(len(locks)) as pool:
            results = list(pool.map(take, locks))
        winners = [lock for lock, refused in zip(locks, results, strict=True) if refused is None]
        assert len(winners) == 1
        assert all(r is None or r.refusal is Refusal.HELD for r in results)
        winners[0].release()
        assert not lock_path(summit).exists()


def test_a_lock_whose_process_is_gone_is_taken_over(summit):
    plant(summit, pid=dead_pid())
    lock = SummitLock(summit)
    assert lock.acquire() is None
    assert json.loads(lock_path(summit).read_text())["token"] == lock.token
    lock.release()


def test_a_lock_of_a_running_process_is_never_stale_because_of_its_age(summit, holder):
    other = holder(summit)
    old = plant(summit, pid=other.pid, since="2001-01-01T00:00:00+00:00")
    os.utime(old, (978_307_200, 978_307_200))
    refused = SummitLock(summit).acquire()
    assert refused is not None and refused.pid == other.pid
    assert refused.since == datetime(2001, 1, 1, tzinfo=UTC)
    with pytest.raises(FileLockedError, match="since 01 Jan 2001"):
        writing(summit, "summit-planner import").__enter__()


def test_a_lock_from_another_computer_is_never_taken_over(summit):
    plant(summit, host="laptop-of-the-minister", pid=dead_pid())
    refused = SummitLock(summit).acquire()
    assert refused is not None and refused.host == "laptop-of-the-minister"
    assert "on laptop-of-the-minister since" in refused.sentence(summit.name)


def test_our_own_process_id_in_a_lock_we_do_not_hold_is_stale(summit):
    plant(summit, token="left-by-an-earlier-process-with-our-pid")
    assert SummitLock(summit).acquire() is None


def test_a_lock_written_by_the_earlier_qt_version_is_respected(summit, holder):
    other = holder(summit)
    lock_path(summit).write_text(f"{other.pid}\nSummit Planner\n{this_host()}\nuuid\n")
    refused = SummitLock(summit).acquire()
    assert refused is not None and refused.pid == other.pid and refused.since is not None


def test_process_exists_counts_a_process_we_may_not_signal_as_alive(monkeypatch):
    assert process_exists(os.getpid()) and not process_exists(dead_pid())

    def forbidden(_pid, _signal):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(lock_record.os, "kill", forbidden)
    assert process_exists(12345)


def test_a_symbolic_link_in_place_of_the_lock_is_never_followed_but_replaced(summit, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock_path(summit).symlink_to(victim)
    dangling = tmp_path / "other.summit"
    dangling.write_bytes(summit.read_bytes())
    created = tmp_path / "would-be-created"
    lock_path(dangling).symlink_to(created)
    first, second = SummitLock(summit), SummitLock(dangling)
    assert first.acquire() is None and second.acquire() is None
    assert victim.read_text() == "precious" and not created.exists()
    assert stat.S_ISREG(os.lstat(lock_path(summit)).st_mode)
    first.release()
    second.release()


def test_a_folder_named_like_the_lock_is_refused_in_a_sentence(summit, tmp_path, capsys):
    lock_path(summit).mkdir()
    before = digest(summit)
    assert import_into(summit, issues_csv(tmp_path / "list.csv", 2)) == 1
    error = capsys.readouterr().err.strip()
    assert "The folder of astana.summit holds something named .~lock.astana.summit" in error
    assert "\n" not in error and digest(summit) == before
    assert lock_path(summit).is_dir()


def test_a_read_only_summit_is_refused_by_import(summit, tmp_path, capsys):
    summit.chmod(0o400)  # as root the mode bits still say the owner wants no changes
    before = digest(summit)
    assert import_into(summit, issues_csv(tmp_path / "list.csv", 2)) == 1
    error = capsys.readouterr().err.strip()
    assert error == (
        "summit-planner: astana.summit is read-only (its permissions allow no changes); "
        "make it writable, or work on a copy."
    )
    assert digest(summit) == before and not lock_path(summit).exists()
    assert import_into(summit, tmp_path / "list.csv", "--dry-run") == 0


# The file itself, whatever its name


def test_a_symbolic_link_to_a_held_file_is_the_same_file(summit, tmp_path, holder, capsys):
    other = holder(summit)
    link = tmp_path / "elsewhere" / "shortcut.summit"
    link.parent.mkdir()
    link.symlink_to(summit)
    assert lock_path(link) == lock_path(summit)
    assert import_into(link, issues_csv(tmp_path / "list.csv", 2)) == 1
    assert f"(process {other.pid}" in capsys.readouterr().err


@pytest.mark.parametrize("held_by", ["original", "hard link"])
def test_a_hard_link_to_a_held_file_is_the_same_file(summit, tmp_path, holder, capsys, held_by):
    link = tmp_path / "copy-of-astana.summit"
    os.link(summit, link)
    held, used = (summit, link) if held_by == "original" else (link, summit)
    other = holder(held)
    before = digest(summit)
    assert import_into(used, issues_csv(tmp_path / "list.csv", 2)) == 1
    assert f"(process {other.pid}" in capsys.readouterr().err
    assert digest(summit) == before
    assert not lock_path(used).exists()  # the part taken before the refusal was let go


def test_an_identity_lock_for_a_file_that_is_gone_protects_nothing(summit, private_runtime):
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        info = summit.stat()
        private_runtime.mkdir(mode=0o700)
        record = {
            "pid": other.pid,
            "host": this_host(),
            "file": str(summit.parent / "deleted-long-ago.summit"),
            "identity": [info.st_dev, info.st_ino],  # the inode number was used again
        }
        (private_runtime / f"{info.st_dev}-{info.st_ino}.lock").write_text(json.dumps(record))
        lock = SummitLock(summit)
        assert lock.acquire() is None
        lock.release()
    finally:
        other.stdin.close()
        other.wait()


def test_a_runtime_folder_others_can_write_is_not_used(private_runtime):
    private_runtime.mkdir(mode=0o700)
    assert runtime_dir() == private_runtime
    private_runtime.chmod(0o777)
    assert runtime_dir() is None


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes is POSIX's")
def test_a_file_whose_name_is_not_utf8_is_locked_under_that_very_name(
    summit, tmp_path, holder, capsys
):
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9 \xff.summit"))  # Latin-1 bytes
    summit.rename(odd)
    assert import_into(odd, issues_csv(tmp_path / "list.csv", 2)) == 0
    link = tmp_path / "plain.summit"
    os.link(odd, link)
    other = holder(odd)  # its identity lock names the file by its odd name
    before = digest(link)
    assert import_into(link, issues_csv(tmp_path / "more.csv", 2)) == 1
    assert f"(process {other.pid}" in capsys.readouterr().err
    assert digest(link) == before
