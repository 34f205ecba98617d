"""Run the benchmark suite: python -m tests.perf [--only NAME,...] [--repeats N] [--json FILE].

With several figures, each is measured in a fresh process of its own, so that one figure's
memory and threads never weigh on the next."""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.perf.suite import FIGURES, REPEATS, table


def measure_apart(name: str, repeats: int | None) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "figure.json"
        command = [sys.executable, "-m", "tests.perf", "--only", name, "--json", str(out)]
        if repeats:
            command += ["--repeats", str(repeats)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__)
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(FIGURES)}")
    parser.add_argument("--repeats", type=int, help="repeats per figure (defaults vary)")
    parser.add_argument("--json", default="perf-results.json", help="where to write the table")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(FIGURES)
    unknown = [name for name in names if name not in FIGURES]
    if unknown:
        parser.error(f"unknown figure {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    results = []
    for name in names:
        if len(names) == 1:
            rows = FIGURES[name](args.repeats or REPEATS.get(name, 5))
        else:
            rows = measure_apart(name, args.repeats)
        results += rows
        print(table(rows).split("\n", 1)[1], flush=True)
    if len(names) > 1:
        print()
        print(table(results))
    with open(args.json, "w", encoding="utf-8") as stream:
        json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
