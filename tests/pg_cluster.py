"""A private PostgreSQL cluster for the tests: a temporary data folder, a Unix socket in a
temporary folder, a free port, trust authentication, stopped at the end.

`python -m tests.pg_cluster start DIR` starts one in DIR and prints the libpq URI the tests read
from SUMMIT_PLANNER_TEST_PG; `python -m tests.pg_cluster stop DIR` stops it (.ci/run does both).
The tests' fixture calls start() itself when that variable is unset and the binaries are there.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

VARIABLE = "SUMMIT_PLANNER_TEST_PG"
SEARCHED = ("/usr/lib/postgresql",)


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest installed version), or None."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for root in SEARCHED:
        versions = sorted(Path(root).glob("*/bin/pg_ctl"), key=lambda p: p.parts[-3])
        if versions:
            return versions[-1].parent
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_as() -> list[str]:
    """initdb and postgres refuse to run as root: as root, run them as the postgres user."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError as error:
        raise RuntimeError("running as root needs the postgres user to start a cluster") from error
    return ["runuser", "-u", "postgres", "--"]


def start(folder: Path) -> str:
    """Create and start a cluster in folder; return the URI of its postgres database."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's initdb and pg_ctl are not installed")
    folder.mkdir(parents=True, exist_ok=True)
    data, sockets = folder / "data", folder / "socket"
    sockets.mkdir(exist_ok=True)
    prefix = run_as()
    if prefix:
        for path in (folder, sockets):
            shutil.chown(path, "postgres")
    port = free_port()
    quiet = {"stdout": subprocess.DEVNULL, "check": True}
    subprocess.run(
        [
            *prefix,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        **quiet,  # type: ignore[arg-type]
    )
    options = (
        f"-k {sockets} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c max_connections=60 -c shared_buffers=32MB"
    )
    subprocess.run(
        [
            *prefix,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "start",
        ],
        **quiet,  # type: ignore[arg-type]
    )
    return f"postgresql://postgres@/postgres?host={quote(str(sockets), safe='')}&port={port}"


def stop(folder: Path) -> None:
    bin_dir = binaries()
    data = folder / "data"
    if bin_dir is None or not (data / "postmaster.pid").exists():
        return
    subprocess.run(
        [*run_as(), str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
        stdout=subprocess.DEVNULL,
        check=False,
    )


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
