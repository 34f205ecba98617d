"""Start Summit Planner: a headless command, or the window on a summit file."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if cli.is_command(argv):
        return cli.run_command(argv)
    parser = cli.gui_parser()
    args = parser.parse_args(argv)
    if args.sample and args.file is not None:
        parser.error("give either FILE or --sample, not both")
    # Qt is imported only now, so headless commands work without a display.
    from ui.app import run_gui

    return run_gui(args.file, sample=args.sample)


if __name__ == "__main__":
    sys.exit(main())
