"""Read-only checks of one SQLite file run side by side, each worker on its own connection."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
MAPPED_BYTES = 1 << 30


def run_checks(uri: str, checks: list[Callable[[sqlite3.Connection], T]], workers: int) -> list[T]:
    """Run checks on read-only connections to the file at uri, one per worker thread (SQLite
    works without holding Python's lock, so the checks of a large file share the cores);
    return their results in the order of checks."""
    local = threading.local()
    opened: list[sqlite3.Connection] = []
    guard = threading.Lock()

    def run(check: Callable[[sqlite3.Connection], T]) -> T:
        reader = getattr(local, "reader", None)
        if reader is None:
            reader = sqlite3.connect(uri, uri=True, check_same_thread=False)
            reader.execute("PRAGMA trusted_schema = OFF")
            # pages mapped rather than read: a scan of every table reads each page once
            reader.execute(f"PRAGMA mmap_size = {MAPPED_BYTES}")
            local.reader = reader
            with guard:
                opened.append(reader)
        return check(reader)

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(run, check) for check in checks]
            return [future.result() for future in futures]
    finally:
        for reader in opened:
            reader.close()
