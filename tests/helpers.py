"""Helpers the tests share: other processes holding a summit's lock, and hostile copies."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Another program holding a summit's lock: prints "held" (or "refused" when someone else
# has it) and keeps it until its standard input is closed or sends a line.
HOLD = """
import sys
from pathlib import Path
from planner.file_lock import SummitLock
lock = SummitLock(Path(sys.argv[1]))
print("held" if lock.acquire() is None else "refused", flush=True)
sys.stdin.readline()
"""


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child process that imports this copy of the code."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def issues_csv(path: Path, rows: int) -> Path:
    lines = ["Code,Title,Track"] + [f"LK-{n},Imported issue {n},Economic" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def scribbled(template: Path, path: Path) -> Path:
    """A copy of template damaged after its first pages, its header still readable."""
    data = bytearray(template.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, len(data) - 64, 97):
        data[offset : offset + 16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(data))
    return path


def received(tmp_path: Path, template: Path, *statements: str) -> Path:
    """A copy of template as a buggy tool or an attacker left it: statements run with the
    CHECK constraints ignored."""
    path = tmp_path / "received.summit"
    shutil.copyfile(template, path)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()
    return path


def plant(path: Path, *statements: tuple[str, tuple]) -> None:
    """Change the closed summit file with raw SQL, as another tool would; bytes meant as
    TEXT are stored with CAST, not as a BLOB, the way a tool writing bad UTF-8 leaves them."""
    from planner.summit_file import close_summit_file

    close_summit_file()
    connection = sqlite3.connect(path)
    with connection:
        for sql, parameters in statements:
            connection.execute(sql, parameters)
    connection.close()


class Holders:
    """Other processes holding summit files' locks, all stopped when the test ends."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen] = []

    def start(self, path: Path, script: str = HOLD, *args: str) -> subprocess.Popen:
        """A holder whose first line (held or refused) is left for the test to read."""
        process = subprocess.Popen(
            [sys.executable, "-c", script, str(path), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_environment(),
            cwd=ROOT,
        )
        self.processes.append(process)
        return process

    def __call__(self, path: Path, script: str = HOLD, *args: str) -> subprocess.Popen:
        """A holder that has the lock."""
        process = self.start(path, script, *args)
        assert held(process)
        return process

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                with contextlib.suppress(BrokenPipeError):  # it may end as it is told
                    process.stdin.write("\n")
                    process.stdin.flush()
            process.wait(timeout=30)
            process.stdin.close()
            process.stdout.close()


def held(process: subprocess.Popen) -> bool:
    return process.stdout.readline().strip() == "held"
