"""The command line's server half: `copy SRC DST`, and reading a FILE argument as a file path
or a server summit's URI."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.copying import copy_location
from db.errors import SummitFileError
from db.location import ServerLocation, is_server_location, location_of
from planner.summit_file import Location, name_of


def location_argument(text: str) -> Location:
    """FILE on the command line: a path, or postgresql://… naming a summit on a server."""
    try:
        return location_of(text)
    except SummitFileError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def window_location(text: str) -> Path | str:
    """The window's FILE: a path, or a server summit's URI kept as typed (the window parses
    it when it opens it)."""
    return text if is_server_location(text) else Path(text)


def add_copy_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copy = commands.add_parser(
        "copy",
        help="copy a whole summit between a file and a server (a server summit copied to a "
        "file is a consistent backup)",
    )
    copy.add_argument("source", type=location_argument, metavar="SRC", help="file or URI")
    copy.add_argument("destination", type=location_argument, metavar="DST", help="file or URI")
    copy.add_argument(
        "--replace", action="store_true", help="overwrite a summit that is already at DST"
    )


def command_copy(args: argparse.Namespace) -> int:
    source: Location = args.source
    destination: Location = args.destination
    rows = copy_location(source, destination, replace=args.replace)
    print(f"Copied {name_of_full(source)} to {name_of_full(destination)} ({rows:,} rows).")
    return 0


def name_of_full(location: Location) -> str:
    return str(location) if isinstance(location, Path) else name_of(location)


def is_server(location: object) -> bool:
    return isinstance(location, ServerLocation)
