"""Writes in a shared folder: nobody can redirect them through a planted link, targets that are
not regular files are refused, and what is written is readable by its owner only."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from db import connection
from db.backups import list_backups, parse
from db.errors import SummitFileError
from db.migrations import SCHEMA_VERSION
from db.safe_files import exclusive_temporary, not_a_regular_file
from planner.cli import run_command
from planner.summit_file import close_summit_file, new_summit_file, save_copy

FIXTURES = Path(__file__).parent.parent / "fixtures"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and modes")


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file of someone else's that a planted link points at."""
    path = tmp_path / "elsewhere" / "precious.txt"
    path.parent.mkdir()
    path.write_text("keep me")
    return path


def plant(folder: Path, name: str, victim: Path) -> None:
    (folder / name).symlink_to(victim)


def left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@posix_only
@pytest.mark.parametrize(("command", "name"), [("export", "out.xlsx"), ("ics", "out.ics")])
def test_a_link_planted_at_the_old_temporary_name_is_not_followed(
    sample_summit, tmp_path, victim, command, name, capsys
):
    close_summit_file()
    shared = tmp_path / "shared"
    shared.mkdir()
    plant(shared, f".{name}.writing", victim)
    assert run_command([command, str(sample_summit), str(shared / name)]) == 0
    assert victim.read_text() == "keep me"
    assert (shared / name).stat().st_size > 0 and not (shared / name).is_symlink()
    assert left_over(shared) == [f".{name}.writing"]  # only the planted link, untouched


@posix_only
@pytest.mark.parametrize("kind", ["folder", "fifo", "link", "device"])
def test_export_targets_that_are_not_regular_files_are_refused(
    sample_summit, tmp_path, victim, kind, capsys
):
    close_summit_file()
    target = tmp_path / "target.ics"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "link":
        target.symlink_to(victim)
    else:
        if os.geteuid() != 0:
            pytest.skip("only root can make a device node")
        os.mknod(target, 0o600 | 0o020000, os.makedev(1, 3))  # like /dev/null
    before = os.lstat(target)
    for command in ("ics", "export"):
        assert run_command([command, str(sample_summit), str(target)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "choose another name" in err
        assert {"folder": "is a folder", "fifo": "named pipe", "link": "symbolic link"}.get(
            kind, "is a device"
        ) in err
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert victim.read_text() == "keep me"
    assert left_over(tmp_path) == []


@posix_only
@pytest.mark.parametrize(("command", "name"), [("export", "out.xlsx"), ("ics", "out.ics")])
def test_exports_are_owner_only_also_when_replacing_a_file(
    sample_summit, tmp_path, command, name, capsys
):
    close_summit_file()
    out = tmp_path / name
    old_mask = os.umask(0o022)
    try:
        assert run_command([command, str(sample_summit), str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o600
        out.chmod(0o644)  # an earlier file someone made readable
        assert run_command([command, str(sample_summit), str(out)]) == 0
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_mask)


@posix_only
def test_creating_a_summit_never_follows_a_planted_link(tmp_path, victim):
    plant(tmp_path, ".new.summit.creating", victim)
    new_summit_file(tmp_path / "new.summit")
    close_summit_file()
    assert victim.read_text() == "keep me"
    assert (tmp_path / "new.summit").stat().st_mode & 0o777 == 0o600
    assert left_over(tmp_path) == [".new.summit.creating"]


@posix_only
def test_copying_a_summit_never_follows_a_planted_link(sample_summit, tmp_path, victim):
    plant(tmp_path, ".copy.summit.copying", victim)
    save_copy(sample_summit, tmp_path / "copy.summit")
    assert victim.read_text() == "keep me"
    connection.check_summit_file(tmp_path / "copy.summit")
    assert left_over(tmp_path) == [".copy.summit.copying"]


@posix_only
def test_upgrading_a_summit_never_follows_a_planted_link(tmp_path, victim, data_dir):
    path = tmp_path / "old.summit"
    shutil.copyfile(FIXTURES / "summit-format-1.summit", path)
    plant(tmp_path, ".old.summit.migrating", victim)
    connection.open_summit(path, backup_dir=data_dir / "backups")
    connection.close_summit()
    assert victim.read_text() == "keep me"
    assert connection.check_summit_file(path) == SCHEMA_VERSION
    assert left_over(tmp_path) == [".old.summit.migrating"]


@posix_only
@pytest.mark.parametrize("kind", ["folder", "fifo", "link"])
def test_summit_targets_that_are_not_regular_files_are_refused(
    sample_summit, tmp_path, victim, kind
):
    target = tmp_path / "target.summit"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(victim)
    with pytest.raises(SummitFileError, match="choose another name"):
        save_copy(sample_summit, target)
    close_summit_file()
    with pytest.raises(SummitFileError, match="choose another name|already exists"):
        new_summit_file(target, overwrite=True)
    assert victim.read_text() == "keep me"
    assert not_a_regular_file(target) is not None


def test_temporary_files_are_fresh_private_and_never_look_like_backups(tmp_path):
    target = tmp_path / "astana~1234abcd~20260101-000000-000000.summit"
    first, second = exclusive_temporary(target, "partial"), exclusive_temporary(target, "partial")
    assert first != second and first.parent == tmp_path
    assert first.stat().st_size == 0
    if sys.platform != "win32":
        assert first.stat().st_mode & 0o777 == 0o600
    assert parse(first) is None and list_backups(tmp_path) == []


@pytest.mark.parametrize("command", ["export", "ics"])
def test_an_export_never_replaces_a_summit_file(sample_template, tmp_path, command, capsys):
    summit = tmp_path / "astana.summit"
    other = tmp_path / "other.summit"
    for path in (summit, other):
        shutil.copyfile(sample_template, path)
    before = summit.read_bytes()
    for target in (summit, other):  # the summit itself, as typed twice, or another one
        assert run_command([command, str(summit), str(target)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is a summit file" in err
        assert target.read_bytes() == before
