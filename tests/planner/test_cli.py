"""The command line: new, info, --help, --version, and clear failures with exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"SUMMIT_PLANNER_DATA_DIR": str(env_dir), "PATH": "", "QT_QPA_PLATFORM": "none"},
        timeout=60,
        check=False,
    )


def test_new_sample_then_info_json(tmp_path):
    path = tmp_path / "astana.summit"
    created = run("new", str(path), "--sample", env_dir=tmp_path)
    assert created.returncode == 0, created.stderr
    shown = run("info", str(path), "--json", env_dir=tmp_path)
    assert shown.returncode == 0, shown.stderr
    info = json.loads(shown.stdout)
    assert info["delegations"] == 6
    assert info["summit"]["name"].startswith("2nd Central Asia")
    assert info["summit"]["city"] == "Astana"
    assert info["summit"]["first_day"] == "2025-06-16"
    assert info["summit"]["last_day"] == "2025-06-17"
    assert info["summit"]["timezone"] == "Asia/Almaty"
    assert info["meetings"] >= 20 and info["financing_requests"] >= 8
    for key in ("people", "rooms", "issues", "positions"):
        assert isinstance(info[key], int) and info[key] > 0


def test_headless_commands_never_load_qt(tmp_path):
    path = tmp_path / "empty.summit"
    code = (
        "import sys, main\n"
        f"assert main.main(['new', {str(path)!r}]) == 0\n"
        f"assert main.main(['info', {str(path)!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"SUMMIT_PLANNER_DATA_DIR": str(tmp_path), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr


def test_info_text(sample_summit, capsys):
    assert main.main(["info", str(sample_summit)]) == 0
    out = capsys.readouterr().out
    assert "Astana" in out and "Asia/Almaty" in out and "Delegations: 6" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty"), (b"PK\x03\x04rest-of-a-workbook", "spreadsheet"), (b"x" * 200, "not a")],
)
def test_info_on_bad_file_fails_in_one_line_and_leaves_it(tmp_path, content, words):
    path = tmp_path / "agenda.summit"
    path.write_bytes(content)
    done = run("info", str(path), env_dir=tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in done.stderr
    assert path.read_bytes() == content


def test_info_on_missing_file_does_not_create_it(tmp_path, capsys):
    path = tmp_path / "missing.summit"
    assert main.main(["info", str(path)]) == 1
    assert "no file" in capsys.readouterr().err
    assert not path.exists()


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "mine.summit"
    path.write_bytes(b"precious")
    assert main.main(["new", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_wrong_usage_exits_2(tmp_path):
    assert run("info", env_dir=tmp_path).returncode == 2
    assert run("new", "x.summit", "--bogus", env_dir=tmp_path).returncode == 2


def test_help_and_version(tmp_path):
    helped = run("--help", env_dir=tmp_path)
    assert helped.returncode == 0
    listed = "new, info, check, import, export, ics, repair, schedule, copy."
    assert listed in " ".join(helped.stdout.split())
    version = run("--version", env_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.strip().startswith("summit-planner 0.")
    assert run("info", "--help", env_dir=tmp_path).returncode == 0


def test_check_json_on_the_sample(tmp_path):
    path = tmp_path / "astana.summit"
    assert run("new", str(path), "--sample", env_dir=tmp_path).returncode == 0
    done = run("check", str(path), "--json", env_dir=tmp_path)
    report = json.loads(done.stdout)
    assert report["integrity"] == "ok"
    errors = [c for c in report["conflicts"] if c["severity"] == "error"]
    assert done.returncode == 1 and errors  # the sample's one deliberate clash
    assert {c["kind"] for c in errors} == {"delegation_overlap", "person_overlap"}
    assert all(c["meetings"] == errors[0]["meetings"] for c in errors)
    assert "Almasadam Satkaliyev" in " ".join(c["message"] for c in errors)
    for conflict in report["conflicts"]:
        assert set(conflict) == {"kind", "severity", "meetings", "message"}
        assert all(isinstance(i, int) for i in conflict["meetings"])


def test_check_exits_0_without_errors(empty_summit, capsys):
    assert main.main(["check", str(empty_summit)]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "0 errors, 0 warnings" in out


def test_check_on_a_damaged_file_fails_with_one_line(tmp_path, sample_template):
    path = tmp_path / "damaged.summit"
    data = bytearray(sample_template.read_bytes())
    for offset in range(4096 * 3, len(data) - 64, 97):
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    done = run("check", str(path), "--json", env_dir=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "damaged" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_check_wrong_usage(tmp_path):
    assert run("check", env_dir=tmp_path).returncode == 2


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes is POSIX's")
def test_new_names_the_summit_after_a_file_name_that_is_not_text(tmp_path, capsys):
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/Astana \xff\x1b[31m.summit"))
    assert main.main(["new", str(odd)]) == 0
    capsys.readouterr()
    assert main.main(["info", str(odd), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summit"]["name"] == "Astana \ufffd[31m"


def test_a_summit_path_whose_links_go_round_in_a_loop_is_refused_in_a_sentence(
    tmp_path, capsys
):
    first, second = tmp_path / "first.summit", tmp_path / "second.summit"
    first.symlink_to(second)
    second.symlink_to(first)
    source = tmp_path / "list.csv"
    source.write_text("Code,Title\nECO-91,Rail\n", encoding="utf-8")
    for command in (
        ["info", str(first)],
        ["import", str(first), str(source)],
        ["new", str(first)],
        ["repair", str(first)],
        ["export", str(first), str(tmp_path / "out.xlsx")],
    ):
        assert main.main(command) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "unexpected" not in err, command
    assert first.is_symlink() and second.is_symlink()
