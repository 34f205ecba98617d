"""An unusable data folder: read-only work runs without it and never creates it; writing work
says in one sentence which folder is wrong, what is wrong and how to point elsewhere."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from planner.cli import run_command

READ_ONLY = [
    ["info", "{summit}"],
    ["info", "{summit}", "--json"],
    ["check", "{summit}"],
    ["export", "{summit}", "{out}/out.xlsx"],
    ["ics", "{summit}", "{out}/out.ics"],
    ["import", "{summit}", "{source}", "--dry-run"],
]


@pytest.fixture
def summit(sample_template, tmp_path) -> Path:
    path = tmp_path / "astana.summit"
    shutil.copyfile(sample_template, path)
    return path


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "issues.csv"
    path.write_text("Code,Title,Track\nECO-90,A new corridor,Economic\n", encoding="utf-8")
    return path


def unusable(tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder at something that cannot serve as one."""
    if kind == "a file in its place":
        folder = tmp_path / "data-file"
        folder.write_text("not a folder")
    elif kind == "a link to nothing":
        folder = tmp_path / "data-link"
        folder.symlink_to(tmp_path / "gone")
    elif kind == "not creatable":
        (tmp_path / "blocker").write_text("a file where a folder should be")
        folder = tmp_path / "blocker" / "data"
    else:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("permissions do not bind root")
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o500)
    monkeypatch.setenv("SUMMIT_PLANNER_DATA_DIR", str(folder))
    return folder


KINDS = ["a file in its place", "a link to nothing", "not creatable", "not writable"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: " ".join(c[:1] + c[2:]))
def test_read_only_work_needs_no_data_folder(
    summit, source, tmp_path, monkeypatch, capsys, kind, command
):
    unusable(tmp_path, kind, monkeypatch)
    before = summit.read_bytes()
    argv = [a.format(summit=summit, out=tmp_path, source=source) for a in command]
    status = run_command(argv)
    captured = capsys.readouterr()
    assert "error" not in captured.err.lower()
    assert status == 0 or (command[0] == "check" and "Integrity: ok" in captured.out)
    assert summit.read_bytes() == before


def test_read_only_work_does_not_create_the_data_folder(summit, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "fresh-data"
    monkeypatch.setenv("SUMMIT_PLANNER_DATA_DIR", str(folder))
    for command in (["info", str(summit)], ["ics", str(summit), str(tmp_path / "o.ics")]):
        assert run_command(command) == 0
    assert not folder.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_writing_work_names_the_folder_and_the_way_out(
    summit, source, tmp_path, monkeypatch, capsys, kind
):
    folder = unusable(tmp_path, kind, monkeypatch)
    before = summit.read_bytes()
    assert run_command(["import", str(summit), str(source)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected" not in err
    assert str(folder) in err and "SUMMIT_PLANNER_DATA_DIR" in err
    words = {
        "a file in its place": "is a file",
        "a link to nothing": "is a link to a folder that does not exist",
        "not creatable": "cannot be created",
    }
    assert words.get(kind, "cannot be written to") in err
    assert summit.read_bytes() == before
