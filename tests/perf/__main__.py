"""Run the benchmark suite: python -m tests.perf [--only NAME,...] [--repeats N] [--json FILE]."""

import argparse
import json

from tests.perf.suite import FIGURES, REPEATS, table


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
        repeats = args.repeats or REPEATS.get(name, 5)
        rows = FIGURES[name](repeats)
        results += rows
        print(table(rows).split("\n", 1)[1], flush=True)
    print()
    print(table(results))
    with open(args.json, "w", encoding="utf-8") as stream:
        json.dump(results, stream, indent=2)


if __name__ == "__main__":
    main()
