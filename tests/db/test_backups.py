"""Backups: consistent copies named by summit and time, thinned, taken on every open."""

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db import connection
from db.backups import (
    KEEP_NEWEST,
    Backup,
    backup_counts,
    backups_of,
    file_key,
    list_backups,
    summit_uid,
    take_backup,
    to_thin,
)
from db.migrations import SCHEMA_VERSION

FIXTURES = Path(__file__).parent.parent / "fixtures"
NOW = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)


def test_a_backup_is_a_complete_private_copy_named_by_summit_and_time(sample_summit, tmp_path):
    folder = tmp_path / "backups"
    backup = take_backup(sample_summit, folder, now=NOW)
    uid = summit_uid(sample_summit)
    assert len(uid) == 32
    key = file_key(sample_summit)
    assert backup.path.name == f"astana~{uid[:8]}~{key}~20260620-120000-000000.summit"
    assert backup.path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    counts = backup_counts(backup.path)
    assert counts["name"] == "2nd Central Asia–China Summit"
    assert (counts["meeting"], counts["agenda_issue"], counts["position"]) == (24, 32, 104)
    assert list_backups(folder) == [backup]
    assert backups_of(folder, sample_summit) == [backup]
    copy = tmp_path / "elsewhere" / "astana.summit"  # same summit and name, another file
    copy.parent.mkdir()
    shutil.copyfile(sample_summit, copy)
    assert summit_uid(copy) == uid and backups_of(folder, copy) == []


def test_other_files_in_the_folder_are_not_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    (folder / "astana.summit").write_text("not a backup name")
    (folder / "a~zzzzzzzz~20260101-000000-000000.summit").write_text("bad identifier")
    assert list_backups(folder) == []
    assert list_backups(tmp_path / "missing") == []


def fake(hours_ago: float) -> Backup:
    moment = NOW - timedelta(hours=hours_ago)
    return Backup(Path(f"{hours_ago}.summit"), "astana", "1234abcd", moment)


def test_thinning_keeps_the_newest_ten_and_one_a_day_for_two_weeks():
    every_hour = [fake(h) for h in range(0, 24 * 30, 3)]  # 8 a day for 30 days
    deleted = set(to_thin(every_hour, NOW))
    kept = [b for b in every_hour if b not in deleted]
    assert kept[:KEEP_NEWEST] == every_hour[:KEEP_NEWEST]
    older = kept[KEEP_NEWEST:]
    days = [b.taken_at.astimezone().date() for b in older]
    assert len(days) == len(set(days))  # at most one a day beyond the newest ten
    assert all(NOW - b.taken_at <= timedelta(days=14) for b in older)
    assert len(kept) <= KEEP_NEWEST + 15
    newest_of_each_day = {}
    for b in every_hour:
        if NOW - b.taken_at <= timedelta(days=14):
            newest_of_each_day.setdefault(b.taken_at.astimezone().date(), b)
    assert set(newest_of_each_day.values()) <= set(kept)


def test_taking_backups_thins_only_that_summits_own(sample_summit, tmp_path):
    folder = tmp_path / "backups"
    other = tmp_path / "other.summit"
    shutil.copyfile(FIXTURES / "summit-format-1.summit", other)
    take_backup(other, folder, now=NOW - timedelta(days=40))
    for minutes in range(15):
        take_backup(sample_summit, folder, now=NOW + timedelta(minutes=minutes))
    assert len(backups_of(folder, sample_summit)) == KEEP_NEWEST
    assert len(backups_of(folder, other)) == 1  # a month old, but not ours to thin


def test_opening_backs_up_before_upgrading_and_read_only_takes_none(tmp_path):
    path = tmp_path / "old.summit"
    shutil.copyfile(FIXTURES / "summit-format-1.summit", path)
    folder = tmp_path / "backups"
    connection.open_summit(path, backup_dir=folder, readonly=False)
    connection.close_summit()
    (backup,) = list_backups(folder)
    with sqlite3.connect(backup.path) as kept:
        assert kept.execute("PRAGMA user_version").fetchone()[0] == 1  # as it was before
    connection.open_summit(path, backup_dir=folder, readonly=True)
    connection.close_summit()
    assert len(list_backups(folder)) == 1
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_backup_taken_during_a_write_holds_the_last_committed_state(sample_summit, tmp_path):
    writer = sqlite3.connect(sample_summit, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE meeting SET title = 'half-done'")
    result = {}
    thread = threading.Thread(
        target=lambda: result.setdefault("backup", take_backup(sample_summit, tmp_path / "b"))
    )
    thread.start()
    thread.join(timeout=30)
    writer.execute("COMMIT")
    writer.close()
    copy = sqlite3.connect(result["backup"].path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    titles = {row[0] for row in copy.execute("SELECT title FROM meeting")}
    copy.close()
    assert "half-done" not in titles and len(titles) > 1
