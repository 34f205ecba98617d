"""The Schedule sheet: a row per meeting, with its room, issues and (for our team) requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.common import agenda_codes, codes_in_lines, request_codes
from planner.export.table import DATE, TIME, Column
from planner.labels import kind_labels, level_labels, status_labels
from planner.meetings import kind_of
from planner.translation import tr, trn

if TYPE_CHECKING:
    from planner.export.workbook import Exporter

AGENDA_WIDTH = 17  # two codes and their comma a line


def write_schedule(export: Exporter) -> None:
    columns = [
        Column(tr("Day"), 11, DATE, align="center"),
        Column(tr("Start"), 7, TIME, align="center"),
        Column(tr("End"), 7, TIME, align="center"),
        Column(tr("Minutes"), 9, align="center"),
        Column(tr("Kind"), 13),
        Column(tr("Level"), 16, wrap=True),
        Column(tr("Title"), 44, wrap=True),
        Column(tr("Delegations"), 20, wrap=True),
        Column(tr("Room"), 18, wrap=True),
        Column(tr("Status"), 11),
        Column(tr("Agenda issues"), AGENDA_WIDTH, wrap=True),
    ]
    if export.internal:
        columns.append(Column(tr("Financing requests"), 12, wrap=True))  # a code a line
    columns.append(Column(tr("Meeting ID"), 10, align="center"))
    sheet = export.table(tr("Schedule"), columns)
    directory = export.overview.directory
    agenda = agenda_codes()
    requests = request_codes() if export.internal else {}
    total = len(directory.delegations)
    kinds, levels, statuses = kind_labels(), level_labels(), status_labels()
    for fact in export.facts:
        start, end = export.local(fact.start), export.local(fact.end)
        room = directory.rooms.get(fact.room_id, ("", "", 0))[0] if fact.room_id else ""
        row: list[object] = [
            start.date(),
            start.time(),
            end.time(),
            int((fact.end - fact.start).total_seconds() // 60),
            kinds[kind_of(len(fact.delegations), total)],
            levels.get(fact.level, fact.level),
            fact.title,
            ", ".join(directory.delegations[d][0] for d in fact.delegations),
            room,
            statuses.get(fact.status, fact.status),
            codes_in_lines(agenda.get(fact.id, []), AGENDA_WIDTH - 1),
        ]
        if export.internal:
            row.append("\n".join(requests.get(fact.id, [])))
        row.append(fact.id)
        sheet.add(row)
    export.count(tr("Meetings"), trn("%n meeting", "%n meetings", sheet.count))
