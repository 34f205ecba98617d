"""The `export` and `ics` commands: their options and what they run."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from planner.server_commands import location_argument
from planner.summit_file import open_summit_file
from planner.translation import tr, trn


def a_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        message = f"“{text}” is not a day; write it as 2025-06-16."
        raise argparse.ArgumentTypeError(message) from error


def add_scope_options(parser: argparse.ArgumentParser) -> None:
    """Whose meetings, which days, and who the file is for."""
    parser.add_argument("--delegation", metavar="CODE", help="only this delegation's meetings")
    parser.add_argument(
        "--person", metavar="NAME|ID", help="only this person's meetings (a programme)"
    )
    parser.add_argument("--day", type=a_day, metavar="YYYY-MM-DD", help="only this day")
    parser.add_argument(
        "--audience",
        choices=("internal", "external"),
        help="internal: our own team (positions, talking points, financing, notes); "
        "external: to send outside the delegation, without them (the default for another "
        "delegation or its people)",
    )


def add_export_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export", help="write the schedule and briefing, or a programme, to Excel"
    )
    export.add_argument("file", type=location_argument, metavar="FILE", help="the summit")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    add_scope_options(export)
    export.add_argument(
        "--programme",
        action="store_true",
        help="write a programme, a page per day (implied by --person and --day)",
    )
    export.add_argument(
        "--home-time", action="store_true", help="in a programme, the home capital's time too"
    )
    export.add_argument(
        "--no-positions", action="store_true", help="leave the delegations' positions out"
    )
    ics = commands.add_parser("ics", help="write the schedule as an iCalendar (.ics) file")
    ics.add_argument("file", type=location_argument, metavar="FILE", help="the summit")
    ics.add_argument("out", type=Path, metavar="OUT.ics")
    add_scope_options(ics)


def command_export(args: argparse.Namespace) -> int:
    from planner.export.workbook import export_programme, export_workbook

    open_summit_file(args.file, readonly=True)
    if args.programme or args.person is not None or args.day is not None:
        count = export_programme(
            args.out,
            person=args.person,
            delegation=args.delegation,
            day=args.day,
            audience=args.audience,
            home_time=args.home_time,
        )
        wrote = trn(
            "Wrote {out} (a programme of %n meeting)",
            "Wrote {out} (a programme of %n meetings)",
            count,
        )
        print(wrote.format(out=args.out))
        return 0
    export_workbook(
        args.out,
        delegation=args.delegation,
        positions=not args.no_positions,
        audience=args.audience,
    )
    print(tr("Wrote {out}").format(out=args.out))
    return 0


def command_ics(args: argparse.Namespace) -> int:
    from planner.export.calendar import export_calendar

    open_summit_file(args.file, readonly=True)
    count = export_calendar(
        args.out,
        delegation=args.delegation,
        person=args.person,
        day=args.day,
        audience=args.audience,
    )
    print(trn("Wrote {out} (%n event)", "Wrote {out} (%n events)", count).format(out=args.out))
    return 0
