"""Each file keeps its own backups, also copies of one summit (which share its identifier);
a backup cut off half-way never leaves a file named like a good backup."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db import backups
from db.backups import KEEP_NEWEST, backups_of, list_backups, parse, summit_uid, take_backup
from planner.backups import back_up, backups_for, newest_good_backup
from planner.paths import backups_dir

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def plans(sample_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """PlanA and PlanB: two copies of one summit, with the same identifier inside."""
    plan_a, plan_b = tmp_path / "PlanA.summit", tmp_path / "PlanB.summit"
    shutil.copyfile(sample_template, plan_a)
    shutil.copyfile(sample_template, plan_b)
    assert summit_uid(plan_a) == summit_uid(plan_b) != ""
    return plan_a, plan_b


def test_backups_of_a_copy_never_thin_or_join_the_originals(plans, tmp_path):
    plan_a, plan_b = plans
    folder = tmp_path / "backups"
    mine = [take_backup(plan_a, folder, now=NOW + timedelta(minutes=m)) for m in range(3)]
    for minutes in range(10, 10 + KEEP_NEWEST + 5):  # ten imports and more into PlanB
        take_backup(plan_b, folder, now=NOW + timedelta(minutes=minutes))
    assert [b.path for b in backups_of(folder, plan_a)] == [b.path for b in reversed(mine)]
    assert all(b.path.exists() for b in mine)
    assert len(backups_of(folder, plan_b)) == KEEP_NEWEST


def test_a_file_with_the_same_name_in_another_folder_has_its_own(sample_template, tmp_path):
    here, there = tmp_path / "a" / "astana.summit", tmp_path / "b" / "astana.summit"
    for path in (here, there):
        path.parent.mkdir()
        shutil.copyfile(sample_template, path)
    folder = tmp_path / "backups"
    ours = take_backup(here, folder, now=NOW)
    theirs = take_backup(there, folder, now=NOW + timedelta(seconds=1))
    assert ours.path != theirs.path
    assert backups_of(folder, here) == [ours] and backups_of(folder, there) == [theirs]


def test_restore_lists_only_that_files_own_backups(plans):
    plan_a, plan_b = plans
    back_up(plan_a)
    for _ in range(3):
        back_up(plan_b)
    assert {e.backup.stem for e in backups_for(plan_a)} == {"PlanA"}
    assert len(backups_for(plan_a)) == 1 and len(backups_for(plan_b)) == 3
    assert len(backups_for(None)) == 4
    assert newest_good_backup(plan_a).backup.stem == "PlanA"


def legacy(folder: Path, source: Path, stem: str, uid: str, at: datetime) -> Path:
    """A backup named the way they were before backups were kept per file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}~{uid[:8] or 'none'}~{at.strftime('%Y%m%d-%H%M%S-%f')}.summit"
    shutil.copyfile(source, path)
    return path


def test_backups_named_the_old_way_are_found_by_identifier_and_file_name(plans, tmp_path):
    plan_a, plan_b = plans
    folder = backups_dir()
    uid = summit_uid(plan_a)
    old_a = legacy(folder, plan_a, "PlanA", uid, NOW - timedelta(days=1))
    legacy(folder, plan_b, "PlanB", uid, NOW - timedelta(days=2))  # the copy's, not ours
    legacy(folder, plan_a, "PlanA", "f" * 32, NOW - timedelta(days=3))  # another summit's
    before_uids = legacy(folder, plan_a, "PlanA", "", NOW - timedelta(days=4))
    assert [e.backup.path for e in backups_for(plan_a)] == [old_a, before_uids]
    assert parse(old_a).file == "" and parse(old_a).stem == "PlanA"
    new = back_up(plan_a)
    assert [e.backup.path for e in backups_for(plan_a)] == [new.path, old_a, before_uids]


def test_a_copy_that_fails_half_way_leaves_nothing_named_like_a_backup(
    sample_summit, tmp_path, monkeypatch
):
    folder = tmp_path / "backups"
    take_backup(sample_summit, folder, now=NOW)
    real_copy = backups.copy_into

    def cut_off(source, destination):
        real_copy(source, destination)
        with open(destination, "r+b") as half:
            half.truncate(os.path.getsize(destination) // 2)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_into", cut_off)
    with pytest.raises(OSError):
        take_backup(sample_summit, folder, now=NOW + timedelta(minutes=1))
    assert len(list_backups(folder)) == 1
    assert sorted(p.name for p in folder.iterdir()) == [list_backups(folder)[0].path.name]


def test_leftovers_of_killed_copies_are_cleared_once_stale(sample_summit, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale, fresh = folder / ".a.summit.x1.partial", folder / ".b.summit.x2.partial"
    stale_journal = folder / ".a.summit.x1.partial-journal"
    for leftover in (stale, fresh, stale_journal):
        leftover.write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    for leftover in (stale, stale_journal):
        os.utime(leftover, (hours_ago, hours_ago))
    take_backup(sample_summit, folder)
    assert not stale.exists() and not stale_journal.exists() and fresh.exists()


BACKUP_FOREVER = """
import sys
from pathlib import Path
from db.backups import take_backup
while True:
    print("copying", flush=True)
    take_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def big_database(path: Path) -> None:
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE filler (data BLOB)")
        database.execute("INSERT INTO filler VALUES (randomblob(40000000))")
    database.close()


def complete(path: Path, source: Path) -> bool:
    """Whether path is a whole copy of source (an empty file would pass SQLite's checks)."""
    if path.stat().st_size != source.stat().st_size:
        return False
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as copy:
        return copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_backup_killed_half_way_leaves_nothing_named_like_a_backup(tmp_path):
    source, folder = tmp_path / "big.summit", tmp_path / "backups"
    big_database(source)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _attempt in range(5):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", BACKUP_FOREVER, str(source), str(folder)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        try:
            assert child.stdout.readline().strip() == b"copying"
            deadline = time.monotonic() + 20
            while not any(folder.iterdir()) and time.monotonic() < deadline:
                pass  # kill the moment the copy's first file appears
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait()
            child.stdout.close()
        assert all(complete(b.path, source) for b in list_backups(folder))
        if not list_backups(folder):
            break  # killed in the middle of the copy: only an unnamed leftover is there
    else:
        pytest.fail("the copy always finished before it could be killed")
    left = [p.name for p in folder.iterdir()]
    assert left and all(".summit." in name and ".partial" in name for name in left)
