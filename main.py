"""Start Summit Planner: a headless command, or the window on a summit file."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    if cli.is_command(argv):
        return cli.run_command(argv)
    args = cli.gui_parser().parse_args(argv)
    # Qt is imported only now, so headless commands work without a display.
    from ui.app import run_gui

    return run_gui(args.file)


if __name__ == "__main__":
    sys.exit(main())
