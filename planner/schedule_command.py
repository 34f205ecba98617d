"""`summit-planner schedule`: place the requested meetings, or repair every error, from the
command line (see planner/scheduling)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from planner.server_commands import location_argument
from planner.summit_file import open_summit_file
from planner.text import clean_line
from planner.timezones import utc_to_local
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.scheduling.plan import Outcome


def add_schedule_parser(commands: Any) -> None:
    schedule = commands.add_parser(
        "schedule",
        help="place the requested meetings (or, with --repair, remove every error) "
        "moving as few meetings as possible",
    )
    schedule.add_argument("file", type=location_argument, metavar="FILE", help="the summit")
    schedule.add_argument("--repair", action="store_true",
                          help="remove every error, moving as few meetings as possible")
    schedule.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS",
                          help="search for at most this long (default 10)")
    schedule.add_argument("--allow-confirmed", action="store_true",
                          help="confirmed meetings may move too (pinned and held never do)")
    schedule.add_argument("--dry-run", action="store_true", help="show the moves, change nothing")
    schedule.add_argument("--json", action="store_true", help="print the result as JSON")


def writes(args: argparse.Namespace) -> bool:
    return args.command == "schedule" and not args.dry_run


def command_schedule(args: argparse.Namespace) -> int:
    """0 when no error is left, 1 otherwise (or when refused)."""
    from planner.scheduling.plan import plan_schedule, schedule_operation  # loads the solver

    open_summit_file(args.file, readonly=args.dry_run)
    outcome = plan_schedule(repair=args.repair, seconds=max(1.0, args.time_limit),
                            allow_confirmed=args.allow_confirmed)
    if not args.dry_run and outcome.moves:
        schedule_operation(outcome.moves, args.repair).apply()
    from db.models import Summit

    zone = Summit.get().timezone
    if args.json:
        print(json.dumps(as_json(outcome, zone), ensure_ascii=False, indent=2))
    else:
        print_outcome(outcome, zone, dry_run=args.dry_run)
    return 1 if outcome.violations else 0


def slot_text(slot: tuple[Any, Any, int | None], zone: str, rooms: dict[int, str]) -> str:
    start, end, room = slot
    local_start, local_end = utc_to_local(start, zone), utc_to_local(end, zone)
    place = rooms.get(room, "") if room is not None else ""
    text = f"{local_start:%Y-%m-%d %H:%M}–{local_end:%H:%M}"
    return f"{text} {place}".strip()


def room_names() -> dict[int, str]:
    from db.models import Room

    return {i: n for i, n in Room.select(Room.id, Room.name).tuples()}


def as_json(outcome: Outcome, zone: str) -> dict[str, Any]:
    rooms = room_names()
    return {
        "placed": outcome.placed,
        "moved": [
            {"meeting": move.title, "id": move.meeting_id,
             "from": slot_text(move.before, zone, rooms), "to": slot_text(move.after, zone, rooms),
             "reason": move.reason}
            for move in outcome.moves
        ],
        "unplaced": [{"meeting": u.title, "id": u.meeting_id, "reason": u.reason}
                     for u in outcome.unplaced],
        "violations": outcome.violations,
        "seconds": round(outcome.seconds, 2),
    }


def print_outcome(outcome: Outcome, zone: str, *, dry_run: bool) -> None:
    rooms = room_names()
    verb = tr("would move") if dry_run else tr("moved")
    print(trn("{n} meeting placed; {verb} {m}.", "{n} meetings placed; {verb} {m}.",
              outcome.placed).format(n=outcome.placed, verb=verb, m=len(outcome.moves)))
    for move in outcome.moves:
        print(f"  {clean_line(move.title)}: {slot_text(move.before, zone, rooms)} → "
              f"{slot_text(move.after, zone, rooms)}. {clean_line(move.reason)}")
    for unplaced in outcome.unplaced:
        print(f"  {tr('Not placed')}: {clean_line(unplaced.reason)}")
    print(trn("{n} error left ({before} before).", "{n} errors left ({before} before).",
              outcome.violations).format(n=outcome.violations, before=outcome.violations_before))
