"""Measure the full-size hostile imports (run on demand, not by the test suite).

    python -m tests.perf.hostile_imports [--only NAME,...] [--keep FOLDER]

Each file is imported with `summit-planner import --dry-run` in a process of its own; the
table shows the wall time, the peak resident memory of that process, its exit code and the
first line it printed. Target: every one within 15 s and 500 MB, or refused in a sentence.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.planner import hostile_files as hostile

CASES = {
    "dimension": ("lying dimension, 150k rows", "xlsx", hostile.lying_dimension),
    "styles": ("styles bomb", "xlsx", hostile.styles_bomb),
    "strings": ("3 million shared strings", "xlsx", hostile.many_shared_strings),
    "columns": ("16,384 columns", "xlsx", hostile.wide_sheet),
    "commas": ("99 MB CSV of commas, one line", "csv", hostile.commas_csv),
    "comma-lines": (
        "99 MB CSV of commas, lines of 10,000",
        "csv",
        lambda path: hostile.commas_csv(path, line=10_000),
    ),
    "rows": ("250,000 rows", "xlsx", hostile.long_sheet),
    "stray-byte": ("UTF-8 with a stray 0xFF", "csv", hostile.stray_byte_csv),
    "odd-utf16": ("UTF-16 with an odd byte count", "csv", hostile.odd_utf16_csv),
}


def run(summit: Path, source: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, first line of output) of one dry-run import."""
    script = (
        "import atexit, sys, main\n"
        "from tests.perf.memory_probe import peak_kb\n"
        "atexit.register(lambda: print('peak KB', peak_kb()))\n"
        "sys.exit(main.main(sys.argv[1:]))"
    )
    command = [sys.executable, "-c", script, "import", str(summit), str(source), "--dry-run"]
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output, _ = child.communicate()
    seconds = time.perf_counter() - began
    lines = [line for line in output.decode("utf-8", "replace").splitlines() if line.strip()]
    peak = next((int(line.split()[-1]) for line in lines if line.startswith("peak KB")), 0)
    said = [line for line in lines if not line.startswith("peak KB")]
    return seconds, peak / 1024, child.returncode, " | ".join(said[:3])[:300]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(CASES)}")
    parser.add_argument("--keep", help="make the files in this folder and keep them")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(CASES)
    folder = Path(args.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("SUMMIT_PLANNER_DATA_DIR", str(folder / "data"))
    from planner.sample import create_sample_summit
    from planner.summit_file import close_summit_file

    summit = folder / "sample.summit"
    if not summit.exists():
        create_sample_summit(summit)
        close_summit_file()
    for name in names:
        label, suffix, make = CASES[name]
        source = folder / f"{name}.{suffix}"
        if not source.exists():
            make(source)
        seconds, megabytes, code, said = run(summit, source)
        size = source.stat().st_size / 1024 / 1024
        print(f"{label} ({size:.1f} MB): {seconds:.1f} s, {megabytes:.0f} MB, exit {code}: {said}")


if __name__ == "__main__":
    main()
