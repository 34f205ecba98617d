"""The command line: headless commands on summit files, and the arguments of the GUI.

Nothing here imports Qt, so the commands run on machines without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from db.schema_check import RepairableFileError
from planner import __version__
from planner.argparse_words import translate_argparse
from planner.conflict_report import ConflictReport
from planner.conflicts import summit_conflicts
from planner.errors import USER_ERRORS
from planner.export.commands import add_export_commands, command_export, command_ics
from planner.file_lock import writing
from planner.importing.kinds import KINDS
from planner.info import summit_info
from planner.languages import chosen_language, use_language
from planner.repair import cleaned_copy_path, repair_summit_file
from planner.sample import create_sample_summit
from planner.schedule_command import add_schedule_parser, command_schedule, writes
from planner.server_commands import (
    add_copy_command,
    command_copy,
    is_server,
    location_argument,
    window_location,
)
from planner.summit_file import (
    close_summit_file,
    file_problems,
    new_summit_file,
    open_summit_file,
)
from planner.text import clean_line, terminal_output
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.importing.issue_import import Problem

PROG = "summit-planner"
COMMANDS = ("new", "info", "check", "import", "export", "ics", "repair", "schedule", "copy")


def gui_parser() -> argparse.ArgumentParser:
    use_language(chosen_language())  # --help in the user's language
    translate_argparse()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=tr(
            "Plan a summit's meetings, agenda issues, positions and financing. Without a FILE "
            "the last opened summit is shown (the built-in sample on the first run)."
        ),
        epilog=tr("Commands (run '{command}'): {commands}.").format(
            command=f"{PROG} COMMAND --help", commands=", ".join(COMMANDS)
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=window_location,
        metavar="FILE",
        help=tr("summit file or URI to open"),
    )
    parser.add_argument(
        "--sample", action="store_true", help=tr("open the built-in Astana 2025 sample summit")
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = commands.add_parser("new", help=tr("create a summit file and exit"))
    new.add_argument("file", type=location_argument, metavar="FILE")
    new.add_argument(
        "--sample", action="store_true", help=tr("fill it with the Astana 2025 sample")
    )
    info = commands.add_parser(
        "info", help=tr("print a summit's name, dates, time zone and counts")
    )
    info.add_argument("file", type=location_argument, metavar="FILE")
    info.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    check = commands.add_parser(
        "check",
        help=tr("print the file's integrity and every conflict; exit 1 if any is an error"),
    )
    check.add_argument("file", type=location_argument, metavar="FILE")
    check.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    importing = commands.add_parser("import", help=tr("import agenda issues from Excel or CSV"))
    importing.add_argument("file", type=location_argument, metavar="FILE", help=tr("the summit"))
    importing.add_argument("source", type=Path, metavar="SOURCE", help=tr(".xlsx, .csv or .txt"))
    importing.add_argument("--sheet", help=tr("the sheet to read (default: the one with a table)"))
    importing.add_argument("--kind", choices=tuple(KINDS), default="issues")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=field",
        help=tr("map a column to a field (field empty: ignore the column)"),
    )
    importing.add_argument(
        "--no-new-rooms",
        action="store_true",
        help=tr("meetings: refuse rooms the summit does not have instead of creating them"),
    )
    importing.add_argument("--dry-run", action="store_true", help=tr("check only; change nothing"))
    importing.add_argument("--json", action="store_true", help=tr("print one JSON object"))
    add_export_commands(commands)
    repair = commands.add_parser(
        "repair", help=tr("write a cleaned copy of a file that holds what a summit file may not")
    )
    repair.add_argument("file", type=Path, metavar="FILE", help=tr("the received summit file"))
    repair.add_argument(
        "out", type=Path, nargs="?", metavar="OUT", help=tr("the copy (default: “FILE (cleaned)”)")
    )
    add_schedule_parser(commands)
    add_copy_command(commands)
    return parser


def is_command(argv: Sequence[str]) -> bool:
    return bool(argv) and argv[0] in COMMANDS


def run_command(argv: Sequence[str]) -> int:
    """Run a headless command; return the exit status (0 done, 1 failed, 2 wrong usage).
    What a file holds reaches the terminal as text, never as escape sequences; sentences are
    in SUMMIT_PLANNER_LANGUAGE, the user's chosen language or the system's."""
    use_language(chosen_language())
    translate_argparse()
    with terminal_output():
        return dispatch(argv)


def dispatch(argv: Sequence[str]) -> int:
    args = command_parser().parse_args(argv)
    try:
        with hold_if_writing(args):
            if args.command == "new":
                return command_new(args.file, sample=args.sample)
            if args.command == "check":
                return command_check(args.file, as_json=args.json)
            if args.command == "import":
                return command_import(args)
            if args.command == "export":
                return command_export(args)
            if args.command == "ics":
                return command_ics(args)
            if args.command == "repair":
                return command_repair(args.file, args.out)
            if args.command == "schedule":
                return command_schedule(args)
            if args.command == "copy":
                return command_copy(args)
            return command_info(args.file, as_json=args.json)
    except RepairableFileError as error:
        print(f"{PROG}: {clean_line(refusal(error, args.file))}", file=sys.stderr)
        return 1
    except USER_ERRORS as error:
        print(f"{PROG}: {clean_line(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Whoever read our output (`| head`) stopped reading: not a failure of the command.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug: still one line, never a traceback
        text = tr("unexpected error ({kind}: {error}).")
        print(f"{PROG}: " + text.format(kind=type(error).__name__, error=error), file=sys.stderr)
        return 1
    finally:
        close_summit_file()


def hold_if_writing(args: argparse.Namespace) -> contextlib.AbstractContextManager[object]:
    """The summit file's lock for a command that writes it (`new`, `import` without
    --dry-run), so that it never writes under a window or another command; read-only
    commands need none and work while the file is open elsewhere."""
    if is_server(getattr(args, "file", None)):
        return contextlib.nullcontext()  # a server's transactions keep writers apart
    if args.command == "new" or (args.command == "import" and not args.dry_run) or writes(args):
        return writing(args.file, f"{PROG} {args.command}", replacing=args.command == "new")
    return contextlib.nullcontext()


def command_new(path: Path, *, sample: bool) -> int:
    if sample:
        create_sample_summit(path)
    else:
        new_summit_file(path)
    print(tr("Created {path}").format(path=path))
    return 0


def command_info(path: Path, *, as_json: bool) -> int:
    open_summit_file(path, readonly=True)
    info = summit_info()
    if as_json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return 0
    place = ", ".join(clean_line(part) for part in (info.city, info.venue) if part)
    print(clean_line(info.name))
    if place:
        print(place)
    days = tr("{first} to {last} ({zone})")
    print(days.format(first=info.first_day, last=info.last_day, zone=clean_line(info.timezone)))
    if info.home_delegation:
        home = clean_line(info.home_delegation)
        print(tr("Home delegation: {code}").format(code=home))
    names = count_names()
    for key, count in info.counts.items():
        print(names.get(key, key).format(count=count))
    return 0


def count_names() -> dict[str, str]:
    """The `info` command's count lines, one literal sentence per count (for translators)."""
    return {
        "delegations": tr("Delegations: {count}"),
        "people": tr("People: {count}"),
        "rooms": tr("Rooms: {count}"),
        "meetings": tr("Meetings: {count}"),
        "issues": tr("Issues: {count}"),
        "positions": tr("Positions: {count}"),
        "financing_requests": tr("Financing requests: {count}"),
    }


def refusal(error: RepairableFileError, path: Path) -> str:
    """The sentence for a file a cleaned copy would fix, saying how to make one."""
    clean = cleaned_copy_path(path)
    text = tr("{problem}; it was left as it is, and “{command}” writes a cleaned copy.")
    command = f"{PROG} repair {quoted(path)} {quoted(clean)}"
    return text.format(problem=error.problem, command=command)


def quoted(path: Path) -> str:
    text = str(path)
    return f"'{text}'" if any(c in text for c in " '\"()") else text


def command_check(path: Path, *, as_json: bool) -> int:
    """Integrity and conflicts; 0 when no conflict is an error, 1 otherwise.

    The diagnosis: a file holding what a summit file may not is reported, not refused (a
    damaged, foreign or newer file still is); its conflicts are not looked for."""
    problems = file_problems(path)
    if problems:
        if as_json:
            report: dict[str, object] = {
                "integrity": [p.as_json() for p in problems],
                "conflicts": [],
            }
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            if len(problems) >= 100:
                print(tr("Integrity: {count}+ problems").format(count=len(problems)))
            else:
                print(trn("Integrity: %n problem", "Integrity: %n problems", len(problems)))
            for problem in problems:
                print(f"  {problem.description}")
            command = f"{PROG} repair {quoted(path)} {quoted(cleaned_copy_path(path))}"
            print(
                tr(
                    "Conflicts: not looked for; “{command}” writes a cleaned copy to check instead."
                ).format(command=command)
            )
        return 1
    open_summit_file(path, readonly=True)  # refuses a damaged file: quick_check must say ok
    conflicts = summit_conflicts()
    if as_json:
        report_json = {"integrity": "ok", **conflicts_json(conflicts)}
        print(json.dumps(report_json, ensure_ascii=False, indent=2))
    else:
        print(tr("Integrity: ok"))
        print_conflicts(conflicts)
    return 1 if conflicts.errors else 0


def conflicts_json(report: ConflictReport) -> dict[str, object]:
    """`conflicts` lists the first ones in full; `total`, `errors`, `warnings` and `kinds`
    count them all; `listed_all` is false when the list is cut, and `groups` then counts the
    overlaps by delegation, person or room and day."""
    return {
        "conflicts": [c.as_json() for c in report.listed],
        "total": report.total,
        "errors": report.errors,
        "warnings": report.warnings,
        "kinds": {kind.value: n for kind, n in report.counts.items()},
        "listed_all": not report.cut,
        "groups": [g.as_json() for g in report.groups],
    }


def print_conflicts(report: ConflictReport) -> None:
    errors = counted(trn("%n error", "%n errors", report.errors), report.errors)
    warnings = counted(trn("%n warning", "%n warnings", report.warnings), report.warnings)
    print(tr("Conflicts: {errors}, {warnings}").format(errors=errors, warnings=warnings))
    severities = {"error": tr("ERROR"), "warning": tr("WARNING")}
    for conflict in report.listed:
        ids = ", ".join(str(i) for i in conflict.meetings)
        line = tr("{severity} [{kind}; meetings {ids}] {message}").format(
            severity=severities[conflict.severity.value],
            kind=conflict.kind.value,
            ids=ids,
            message=clean_line(conflict.message),
        )
        print(line)
    if report.cut:
        unlisted = report.total - len(report.listed)
        more = trn(
            "The list is cut: %n more conflict is counted but not listed. "
            "Overlaps by delegation, person or room and day:",
            "The list is cut: %n more conflicts are counted but not listed. "
            "Overlaps by delegation, person or room and day:",
            unlisted,
        )
        print(counted(more, unlisted))
        for group in report.groups:
            kind = f"{severities[group.severity.value]} [{group.kind.value}]"
            print(f"{kind} {clean_line(group.message)}")


def counted(text: str, count: int) -> str:
    """A translated count with the number grouped by the language's conventions (1,234)."""
    from planner.local_formats import number

    return text.replace(str(count), number(count), 1)


def command_repair(path: Path, out: Path | None) -> int:
    written, changes = repair_summit_file(path, out)
    changed = trn("%n change", "%n changes", len(changes))
    print(
        tr(
            "Wrote {written}: a cleaned copy of {name} ({changes}; {name} itself was left "
            "as it is)."
        ).format(written=written, name=path.name, changes=changed)
    )
    for change in changes:
        print(f"  {change}")
    return 0


def command_import(args: argparse.Namespace) -> int:
    """Import issues or meetings: 0 when committed (even with rows skipped), 1 when refused
    or when nothing could be imported."""
    overrides = {}
    for item in args.map:
        header, separator, field = item.partition("=")
        if not separator:
            text = tr("--map takes HEADER=field, not “{item}”.").format(item=item)
            print(f"{PROG}: {text}", file=sys.stderr)
            return 2
        overrides[header] = field.strip()
    open_summit_file(args.file, readonly=args.dry_run)  # a dry run writes nothing, not even there
    kind = KINDS[args.kind]
    plan = kind.plan_file(args.source, args.sheet, overrides, new_rooms=not args.no_new_rooms)
    created, updated = plan.count("create"), plan.count("update")
    skipped, unchanged = plan.count("skip"), plan.count("unchanged")
    report = {
        "kind": plan.kind,
        "created": created,
        "updated": updated,
        "skipped": skipped,
        "unchanged": unchanged,
        "new_tracks": plan.new_tracks,
        "new_rooms": plan.new_rooms,
        "passed_over": [{"row": r.row, "reason": r.reason} for r in plan.around],
        "problems": [p.as_json() for p in plan.problems],
    }
    if created + updated + unchanged == 0:
        text = tr("nothing in {name} could be imported.").format(name=args.source.name)
        print(f"{PROG}: {text}", file=sys.stderr)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        print_problems(plan.problems, sys.stderr)
        return 1
    if not args.dry_run:
        kind.commit(plan)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        if args.dry_run:
            text = tr(
                "{created} created, {updated} updated, {skipped} skipped (would be imported "
                "from sheet “{sheet}”)."
            )
        else:
            text = tr(
                "{created} created, {updated} updated, {skipped} skipped (were imported from "
                "sheet “{sheet}”)."
            )
        said = [text.format(created=created, updated=updated, skipped=skipped, sheet=plan.sheet)]
        if unchanged:
            said.append(trn("%n unchanged.", "%n unchanged.", unchanged))
        if plan.new_tracks:
            said.append(tr("New tracks: {names}.").format(names=", ".join(plan.new_tracks)))
        if plan.new_rooms:
            said.append(tr("New rooms: {names}.").format(names=", ".join(plan.new_rooms)))
        print(" ".join(said))
        print_problems(plan.problems, sys.stdout)
        for passed in plan.around:
            print(f"  row {passed.row}: passed over, {passed.reason}.")
    return 0


def print_problems(problems: Sequence[Problem], stream: TextIO) -> None:
    """Each problem on a line of its own, with the row (and column) where it was found."""
    for problem in problems:
        column = clean_line(problem.column) if problem.column else ""
        with_column = tr("row {row}, column {column}: {message}")
        text = with_column if column else tr("row {row}: {message}")
        line = text.format(row=problem.row, column=column, message=clean_line(problem.message))
        print(f"  {line}", file=stream)
