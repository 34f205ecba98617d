"""The Schedule sheet: a row per meeting, with its room, issues and requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.common import agenda_codes, request_codes
from planner.export.table import DATE, TIME, Column
from planner.meetings import kind_of

if TYPE_CHECKING:
    from planner.export.workbook import Exporter


def write_schedule(export: Exporter) -> None:
    sheet = export.table(
        "Schedule",
        [
            Column("Day", 11, DATE),
            Column("Start", 7, TIME),
            Column("End", 7, TIME),
            Column("Minutes", 8),
            Column("Kind", 12),
            Column("Level", 15),
            Column("Title", 48, wrap=True),
            Column("Delegations", 22),
            Column("Room", 18),
            Column("Status", 11),
            Column("Agenda issues", 24, wrap=True),
            Column("Financing requests", 18),
            Column("Meeting ID", 10),
        ],
    )
    directory = export.overview.directory
    agenda = agenda_codes()
    requests = request_codes()
    total = len(directory.delegations)
    for fact in export.facts:
        start, end = export.local(fact.start), export.local(fact.end)
        room = directory.rooms.get(fact.room_id, ("", "", 0))[0] if fact.room_id else ""
        sheet.add(
            [
                start.date(),
                start.time(),
                end.time(),
                int((fact.end - fact.start).total_seconds() // 60),
                kind_of(len(fact.delegations), total),
                fact.level.replace("_", " "),
                fact.title,
                ", ".join(directory.delegations[d][0] for d in fact.delegations),
                room,
                fact.status,
                ", ".join(agenda.get(fact.id, [])),
                ", ".join(requests.get(fact.id, [])),
                fact.id,
            ]
        )
